import { describe, expect, it } from 'vitest';
import { logGamma, studentTCritical, studentTTail } from '../../src/capacity/student-t.js';

// Two-sided critical values from standard t tables (4 decimals).
const TABLE_95: [number, number][] = [
  [1, 12.7062], [2, 4.3027], [3, 3.1824], [4, 2.7764], [5, 2.5706], [10, 2.2281],
  [20, 2.086], [30, 2.0423], [60, 2.0003], [120, 1.9799], [999, 1.9623],
];
const TABLE_99: [number, number][] = [[1, 63.6567], [5, 4.0321], [10, 3.1693], [30, 2.75]];
const Z_975 = 1.959963984540054; // standard normal 0.975 quantile

describe('studentTCritical', () => {
  it.each(TABLE_95)('95%%, df = %i matches the table', (df, t) => {
    expect(Math.abs(studentTCritical(df) - t)).toBeLessThan(5e-5);
  });

  it.each(TABLE_99)('99%%, df = %i matches the table', (df, t) => {
    expect(Math.abs(studentTCritical(df, 0.99) - t)).toBeLessThan(5e-5);
  });

  it('equals the closed forms for df = 1 (Cauchy) and df = 2 to 1e-9', () => {
    for (const c of [0.8, 0.9, 0.95, 0.99, 0.999]) {
      const alpha = 1 - c;
      expect(studentTCritical(1, c)).toBeCloseTo(Math.tan((Math.PI * c) / 2), 9);
      expect(studentTCritical(2, c)).toBeCloseTo(Math.sqrt(2 / (alpha * (2 - alpha)) - 2), 9);
    }
  });

  // Reference values from scipy.stats.t.ppf(1 - (1 - c) / 2, df), SciPy 1.x.
  it.each([
    [3.5, 0.95, 2.9400886379827282],
    [39, 0.95, 2.022690920036761],
    [7, 0.8, 1.4149239276505086],
    [250, 0.999, 3.329867205673151],
    [1e6, 0.95, 1.959966356814107],
    [0.5, 0.95, 164.55767348048818],
  ])('df = %d, confidence %d agrees with SciPy to 1e-9 (relative)', (df, c, t) => {
    expect(Math.abs(studentTCritical(df, c) / t - 1)).toBeLessThan(1e-9);
  });

  it('tends to the normal value for large df and falls monotonically', () => {
    expect(Math.abs(studentTCritical(1e9) - Z_975)).toBeLessThan(1e-8);
    expect(Math.abs(studentTCritical(Infinity) - Z_975)).toBeLessThan(1e-8);
    // Spaced so each true step (> 1e-9) dwarfs the ~1e-11 error; crosses the 1e6 switch.
    const dfs = [1, 2, 5, 30, 1e3, 1e5, 9e5, 1e6, 1.1e6, 1e7, 1e12];
    const ts = dfs.map((df) => studentTCritical(df));
    ts.slice(1).forEach((t, i) => expect(t).toBeLessThan(ts[i]));
  });

  it('agrees with the Cornish-Fisher expansion (A&S 26.7.5) at large df to 1e-10', () => {
    const z = Z_975;
    const g1 = (z ** 3 + z) / 4;
    const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
    for (const df of [1e4, 1e5, 9e5, 1e6, 1.1e6, 1e8]) {
      expect(Math.abs(studentTCritical(df) - (z + g1 / df + g2 / df ** 2))).toBeLessThan(1e-10);
    }
  });

  it('inverts the tail probability', () => {
    for (const df of [1, 3.5, 17, 250]) {
      expect(studentTTail(studentTCritical(df, 0.9), df)).toBeCloseTo(0.1, 12);
    }
  });

  it('rejects bad arguments', () => {
    expect(() => studentTCritical(0)).toThrow(/df/);
    expect(() => studentTCritical(NaN)).toThrow(/df/);
    expect(() => studentTCritical(5, 1)).toThrow(/confidence/);
  });

  it('logGamma matches known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 13);
    expect(logGamma(0.25)).toBeCloseTo(1.2880225246980774, 13);
  });
});
