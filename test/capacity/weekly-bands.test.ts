import { describe, expect, it } from 'vitest';
import { WeeklyBands } from '../../src/capacity/weekly-bands.js';

/** Type-7 quantile of a plain list, computed here independently of p-square.ts. */
function type7(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 >= s.length ? s[s.length - 1] : s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
}

describe('weekly bands', () => {
  // Values that differ by week and replication, in no sorted order.
  const value = (r: number, w: number) => ((r * 7919 + w * 104729) % 1009) / 10;
  const P = [0.025, 0.5, 0.975];

  it('gives each week the type-7 percentiles of its first bandLimit replications, asked once, twice, and again after more arrive', () => {
    const weeks = 5;
    const bands = new WeeklyBands(weeks, 40);
    const expected = (m: number) => P.map((p) => Array.from({ length: weeks }, (_, w) => type7(Array.from({ length: m }, (_, r) => value(r, w)), p)));
    for (let r = 0; r < 25; r++) bands.add(Array.from({ length: weeks }, (_, w) => value(r, w)));
    expect(bands.percentiles(P)).toEqual(expected(25));
    expect(bands.percentiles(P)).toEqual(expected(25)); // slices already sorted in place
    for (let r = 25; r < 60; r++) bands.add(Array.from({ length: weeks }, (_, w) => value(r, w)));
    expect(bands.percentiles(P)).toEqual(expected(40)); // only the first 40 are held
    const means = Array.from({ length: weeks }, (_, w) => Array.from({ length: 60 }, (_, r) => value(r, w)).reduce((a, b) => a + b, 0) / 60);
    bands.mean().forEach((m, w) => expect(m).toBeCloseTo(means[w], 12));
  });
});
