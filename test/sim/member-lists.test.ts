import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Occupants, PresentChildren } from '../../src/sim/model/member-lists.js';
import { acquireChild } from '../../src/sim/model/child-pool.js';
import type { Child } from '../../src/sim/model/child.js';

/**
 * The lists that replaced JavaScript Sets for the children present and each
 * place's occupants (issue 15). The children present must iterate exactly as
 * a Set does, since loops over them decide ties and the order of sums; the
 * occupants may come in any order but must hold exactly who was added and
 * not removed.
 */
const keys = { traits: 1, assessment: 2, placement: 3, support: 4 };
const children = (n: number): Child[] =>
  Array.from({ length: n }, (_, i) => {
    const c = acquireChild(keys, i);
    c.id = i + 1;
    c.presentSlot = -1;
    c.occupantSlot = -1;
    return c;
  });

describe('the children present', () => {
  it('iterate in the order a Set would, through any adds, removes and re-adds (holes closed up included)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(299)), { maxLength: 3000 }), (ops) => {
        const pool = children(300);
        const list = new PresentChildren();
        const set = new Set<Child>();
        for (const [add, k] of ops) {
          if (add) {
            list.add(pool[k]);
            set.add(pool[k]);
          } else expect(list.delete(pool[k])).toBe(set.delete(pool[k]));
          expect(list.size).toBe(set.size);
        }
        expect([...list].map((c) => c.id)).toEqual([...set].map((c) => c.id));
        for (const c of pool) expect(list.has(c)).toBe(set.has(c));
      }),
      { numRuns: 60 },
    );
  });

  it('visit children added during a loop and skip those removed before their turn, as a Set does', () => {
    const [a, b, c, d] = children(4);
    const list = new PresentChildren();
    const set = new Set<Child>();
    for (const x of [a, b, c]) {
      list.add(x);
      set.add(x);
    }
    const walk = (of: Iterable<Child>, del: (x: Child) => void, add: (x: Child) => void) => {
      const seen: number[] = [];
      for (const x of of) {
        seen.push(x.id);
        if (x === a) {
          del(b);
          add(d);
        }
      }
      return seen;
    };
    expect(walk(list, (x) => list.delete(x), (x) => list.add(x))).toEqual(walk(set, (x) => set.delete(x), (x) => set.add(x)));
  });

  it('do not close holes while a loop runs (a loop that removes most children still visits every one left)', () => {
    const pool = children(400);
    const list = new PresentChildren();
    for (const c of pool) list.add(c);
    const seen: Child[] = [];
    for (const c of list) {
      seen.push(c);
      // At the 301st child, remove the 300 already visited: past the threshold at which holes are closed, which
      // would move the children left to the front under the loop's feet.
      if (c === pool[300]) for (let i = 0; i < 300; i++) list.delete(pool[i]);
    }
    expect(seen).toEqual(pool);
    expect(list.size).toBe(100);
    list.delete(pool[300]); // now closed up, in order
    expect([...list]).toEqual(pool.slice(301));
  });

  it('clear releases every slot', () => {
    const pool = children(3);
    const list = new PresentChildren();
    for (const c of pool) list.add(c);
    list.clear();
    expect(list.size).toBe(0);
    expect(pool.map((c) => c.presentSlot)).toEqual([-1, -1, -1]);
  });
});

describe("a place's occupants", () => {
  it('hold exactly the children added and not removed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(49)), { maxLength: 500 }), (ops) => {
        const pool = children(50);
        const occupants = new Occupants();
        const set = new Set<Child>();
        for (const [add, k] of ops) {
          if (add) {
            occupants.add(pool[k]);
            set.add(pool[k]);
          } else expect(occupants.delete(pool[k])).toBe(set.delete(pool[k]));
        }
        expect(occupants.size).toBe(set.size);
        expect(new Set(occupants)).toEqual(set);
        for (const c of pool) expect(occupants.has(c)).toBe(set.has(c));
      }),
      { numRuns: 100 },
    );
  });

  it('refuse a child already in another place, which would corrupt both', () => {
    const [a] = children(1);
    const house = new Occupants();
    const home = new Occupants();
    house.add(a);
    expect(() => home.add(a)).toThrow('child 1 is placed in two places at once');
    house.delete(a);
    home.add(a);
    expect(home.has(a) && !house.has(a)).toBe(true);
  });
});
