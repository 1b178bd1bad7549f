import { describe, expect, it } from 'vitest';
import type { Child } from '../../src/sim/model/child.js';
import { WaitingList } from '../../src/sim/model/waiting-list.js';

/**
 * The waiting list on its own, with toy children: each has a waiting flag and a token, as in
 * state.ts. "Stopping waiting" clears the flag and bumps the token, as the model does.
 */
interface Toy { id: string; waiting: boolean; token: number }
const toy = (id: string): Toy => ({ id, waiting: true, token: 0 });
const asChild = (t: Toy) => t as unknown as Child;
const idOf = (c: Child | undefined) => (c as unknown as Toy | undefined)?.id;

function list() {
  return new WaitingList({
    waiting: (c) => (c as unknown as Toy).waiting,
    token: (c) => (c as unknown as Toy).token,
  });
}
function join(l: WaitingList, t: Toy): void {
  t.waiting = true;
  t.token++;
  l.push(asChild(t));
}
function leave(l: WaitingList, t: Toy): void {
  t.waiting = false;
  t.token++;
  l.removed();
}
const all = () => true;
const only = (...ids: string[]) => (c: Child) => ids.includes(idOf(c)!);

describe('WaitingList: who gets a place next', () => {
  it('counts a child who left by other means off the length', () => {
    const l = list();
    const a = toy('a'), b = toy('b');
    join(l, a); join(l, b);
    expect(l.length).toBe(2);
    leave(l, a);
    expect(l.length).toBe(1);
  });

  it('counts a taken child off the length', () => {
    const l = list();
    const a = toy('a'), b = toy('b');
    join(l, a); join(l, b);
    expect(idOf(l.take(all))).toBe('a');
    expect(l.length).toBe(1);
  });

  it('returns nothing, without failing, when nobody on the list fits', () => {
    const l = list();
    const a = toy('a');
    join(l, a);
    expect(l.take(() => false)).toBeUndefined();
    expect(idOf(l.take(all))).toBe('a');
  });

  it('gives the place to the first child who fits, not merely the first in the queue', () => {
    const l = list();
    const [a, b, c] = ['a', 'b', 'c'].map(toy);
    join(l, a); join(l, b); join(l, c);
    expect(idOf(l.take(only('b', 'c')))).toBe('b');
  });

  it('skips a child who stopped waiting (stale entry)', () => {
    const l = list();
    const a = toy('a');
    join(l, a);
    leave(l, a);
    expect(l.take(all)).toBeUndefined();
  });

  it('skips a child whose waiting flag is off even if the token did not change', () => {
    const l = list();
    const a = toy('a'), b = toy('b');
    join(l, a); join(l, b);
    a.waiting = false; // flag off, token unchanged
    expect(idOf(l.take(all))).toBe('b');
    expect(l.take(all)).toBeUndefined();
  });

  it('skips an old entry of a child who left and joined again, serving them at their new place in the queue', () => {
    const l = list();
    const [a, b] = ['a', 'b'].map(toy);
    join(l, a); join(l, b);
    leave(l, a);
    join(l, a); // a is now behind b
    expect([idOf(l.take(all)), idOf(l.take(all)), l.take(all)]).toEqual(['b', 'a', undefined]);
  });

  it('never hands out the same entry twice, even while the child still shows as waiting with the same token', () => {
    const l = list();
    const x = toy('x'), a = toy('a');
    join(l, x); join(l, a);
    expect(idOf(l.take(only('a')))).toBe('a');
    // The caller has not yet cleared a's flag or bumped the token.
    expect(l.take(only('a'))).toBeUndefined();
  });

  it('keeps a waiting child who did not fit when a stale entry behind them is skipped', () => {
    const l = list();
    const [a, b] = ['a', 'b'].map(toy);
    join(l, a); join(l, b);
    leave(l, b);
    expect(l.take(only('nobody'))).toBeUndefined();
    expect(idOf(l.take(all))).toBe('a');
  });

  it('keeps a waiting child who did not fit when the child behind them is taken', () => {
    const l = list();
    const [a, b, c] = ['a', 'b', 'c'].map(toy);
    join(l, a); join(l, b); join(l, c);
    expect(idOf(l.take(only('b')))).toBe('b');
    expect(idOf(l.take(all))).toBe('a');
    expect(idOf(l.take(all))).toBe('c');
    expect(l.take(all)).toBeUndefined();
  });

  it('stays first come first served across thousands of entries, with stale and skipped ones mixed in', () => {
    // A simple second computation: an array of the children still waiting, in arrival order.
    const l = list();
    const kids = Array.from({ length: 3000 }, (_, i) => toy(`k${i}`));
    const queue: Toy[] = [];
    const served: string[] = [];
    const expected: string[] = [];
    const even = (c: Child) => Number(idOf(c)!.slice(1)) % 2 === 0;
    for (let i = 0; i < kids.length; i++) {
      join(l, kids[i]); queue.push(kids[i]);
      if (i % 5 === 4) { leave(l, kids[i - 2]); queue.splice(queue.indexOf(kids[i - 2]), 1); }
      if (i % 3 === 2) {
        const fitsEven = i % 2 === 0;
        const pick = queue.find((t) => !fitsEven || Number(t.id.slice(1)) % 2 === 0);
        const got = l.take(fitsEven ? even : all);
        expect(idOf(got)).toBe(pick?.id);
        if (pick) { queue.splice(queue.indexOf(pick), 1); pick.waiting = false; pick.token++; expected.push(pick.id); served.push(idOf(got)!); }
      }
      expect(l.length).toBe(queue.length);
    }
    while (queue.length > 0) {
      const pick = queue.shift()!;
      expect(idOf(l.take(all))).toBe(pick.id);
      pick.waiting = false; pick.token++;
    }
    expect(l.take(all)).toBeUndefined();
    expect(l.length).toBe(0);
    expect(served).toEqual(expected);
  });
});
