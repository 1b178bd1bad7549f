import { describe, expect, it } from 'vitest';
import { EventCalendar, Rank } from '../../src/sim/event-calendar.js';

function drain<E>(c: EventCalendar<E>): { t: number; event: E }[] {
  const out: { t: number; event: E }[] = [];
  for (let e = c.pop(); e !== undefined; e = c.pop()) out.push({ t: c.lastTime, event: e });
  return out;
}

describe('EventCalendar', () => {
  it('orders by time first', () => {
    const c = new EventCalendar<string>();
    [5, 1, 3, 2, 4].forEach((t) => c.schedule(t, Rank.admit, `e${t}`));
    expect(drain(c).map((e) => e.event)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('puts releases before admissions at the same instant, whatever the insertion order', () => {
    const c = new EventCalendar<string>();
    c.schedule(28, Rank.admit, 'referral');
    c.schedule(28, Rank.control, 'warm-up');
    c.schedule(28, Rank.release, 'bed freed');
    expect(drain(c).map((e) => e.event)).toEqual(['bed freed', 'warm-up', 'referral']);
  });

  it('returns 1,000 events at one instant in insertion order', () => {
    const c = new EventCalendar<number>();
    for (let i = 0; i < 1000; i++) c.schedule(7, Rank.admit, i);
    expect(drain(c).map((e) => e.event)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('keeps insertion order among ties while interleaved with other times', () => {
    const c = new EventCalendar<string>();
    for (let i = 0; i < 200; i++) {
      c.schedule(i % 3, Rank.admit, `${i % 3}:${i}`);
    }
    const out = drain(c).map((e) => e.event);
    const expected = [0, 1, 2].flatMap((t) => Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 3 === t).map((i) => `${t}:${i}`));
    expect(out).toEqual(expected);
  });

  it('sorts many random times like a stable sort', () => {
    const c = new EventCalendar<number>();
    let x = 12345;
    const times: number[] = [];
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const t = x % 100;
      times.push(t);
      c.schedule(t, Rank.admit, i);
    }
    const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i).map((e) => e.i);
    expect(drain(c).map((e) => e.event)).toEqual(expected);
  });

  it('rejects a time that is negative or not a number', () => {
    const c = new EventCalendar<string>();
    expect(() => c.schedule(-1, Rank.admit, 'x')).toThrow(/time -1/);
    expect(() => c.schedule(NaN, Rank.admit, 'x')).toThrow(/NaN/);
  });

  it('retain drops exactly the events refused and pops the rest in the order they would have popped', () => {
    // Ties in time and rank on purpose (times on a coarse grid), so the sequence order is tested too.
    let x = 12345;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const full = new EventCalendar<number>();
    const kept = new EventCalendar<number>();
    for (let i = 0; i < 5000; i++) {
      const t = Math.floor(rand() * 200);
      const rank = Math.floor(rand() * 3);
      full.schedule(t, rank, i);
      kept.schedule(t, rank, i);
    }
    // Pop some first, so retain works on a heap that is not freshly built.
    for (let k = 0; k < 700; k++) expect(kept.pop()).toBe(full.pop());
    const keep = (e: number) => e < 0 || e % 3 !== 0;
    kept.retain(keep);
    expect(kept.size).toBe(drain(full).filter((e) => keep(e.event)).length);
    // An event scheduled after the retain takes its place among the old ones (a tie at t = 100).
    kept.schedule(100, Rank.release, -1);
    // Rebuild the expected order from a fresh calendar holding the same events.
    const again = new EventCalendar<number>();
    const order: { t: number; event: number }[] = [];
    x = 12345;
    for (let i = 0; i < 5000; i++) {
      const t = Math.floor(rand() * 200);
      const rank = Math.floor(rand() * 3);
      again.schedule(t, rank, i);
    }
    for (let k = 0; k < 700; k++) again.pop();
    again.schedule(100, Rank.release, -1);
    for (const e of drain(again)) if (keep(e.event)) order.push(e);
    const got = drain(kept);
    expect(got).toEqual(order);
    expect(got.length).toBeGreaterThan(2000);
    expect(got.map((e) => e.event)).toContain(-1);
  });

  it('retain leaves a valid heap for every small calendar (500 random cases of 1 to 40 events)', () => {
    let x = 99;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 500; trial++) {
      const c = new EventCalendar<number>();
      const n = 1 + Math.floor(rand() * 40);
      const all: { t: number; rank: number; seq: number }[] = [];
      for (let i = 0; i < n; i++) {
        const t = Math.floor(rand() * 10);
        const rank = Math.floor(rand() * 3);
        c.schedule(t, rank, i);
        all.push({ t, rank, seq: i });
      }
      const drop = new Set(all.filter(() => rand() < 0.4).map((e) => e.seq));
      c.retain((e) => !drop.has(e));
      const want = all.filter((e) => !drop.has(e.seq)).sort((a, b) => a.t - b.t || a.rank - b.rank || a.seq - b.seq).map((e) => e.seq);
      expect(drain(c).map((e) => e.event), `trial ${trial}`).toEqual(want);
    }
  });

  it('reports an empty calendar as empty: no next time, nothing to pop, and usable again', () => {
    const c = new EventCalendar<string>();
    expect(c.peekTime()).toBe(Infinity);
    expect(c.pop()).toBeUndefined();
    expect(c.size).toBe(0);
    c.schedule(5, Rank.admit, 'a');
    expect(c.peekTime()).toBe(5);
    expect(c.pop()).toBe('a');
    expect(c.lastTime).toBe(5);
    // Emptied: the last time popped stays, but there is no next event.
    expect(c.peekTime()).toBe(Infinity);
    expect(c.pop()).toBeUndefined();
    expect(c.size).toBe(0);
    c.schedule(2, Rank.admit, 'b');
    expect(c.size).toBe(1);
    expect(drain(c).map((e) => e.event)).toEqual(['b']);
  });
});
