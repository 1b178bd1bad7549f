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
});
