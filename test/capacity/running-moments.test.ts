import { describe, expect, it } from 'vitest';
import { RunningMoments } from '../../src/capacity/running-moments.js';
import { mulberry32 } from './random-source.js';

/** Two-pass sample mean and variance, the reference (no cancellation on centred data). */
function twoPass(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
  return { mean, variance: ss / (xs.length - 1) };
}

describe('RunningMoments', () => {
  it('matches two-pass moments on small data', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    const m = new RunningMoments();
    xs.forEach((x) => m.add(x));
    expect(m.count).toBe(8);
    expect(m.mean).toBe(5);
    expect(m.variance).toBeCloseTo(32 / 7, 14);
    expect(m.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect([m.min, m.max]).toEqual([2, 9]);
  });

  it('stays accurate on a large offset (1e9 + small noise) where the naive formula fails', () => {
    const source = mulberry32(7);
    // Noise on a 1/256 grid, so 1e9 + noise is exact in a double and noise = x - 1e9.
    const noise = Array.from({ length: 100_000 }, () => Math.floor(source() * 1024) / 256);
    const xs = noise.map((u) => 1e9 + u);
    const m = new RunningMoments();
    xs.forEach((x) => m.add(x));
    const ref = twoPass(noise); // shift-invariant reference on the centred values
    // The mean itself is only held to double precision at 1e9 (ulp 1.2e-7).
    expect(Math.abs(m.mean - (1e9 + ref.mean))).toBeLessThan(1e9 * 1e-13);
    expect(Math.abs(m.variance / ref.variance - 1)).toBeLessThan(1e-12);
    // The textbook sum-of-squares formula is wrecked by cancellation on this data.
    const sum = xs.reduce((a, b) => a + b, 0);
    const sumSq = xs.reduce((a, b) => a + b * b, 0);
    const naive = (sumSq - (sum * sum) / xs.length) / (xs.length - 1);
    expect(Math.abs(naive / ref.variance - 1)).toBeGreaterThan(0.01);
  });

  it('gives NaN sd with one value and rejects non-finite values', () => {
    const m = new RunningMoments();
    expect(m.mean).toBeNaN();
    m.add(3);
    expect(m.mean).toBe(3);
    expect(m.sd).toBeNaN();
    expect(() => m.add(NaN)).toThrow(/finite/);
    expect(() => m.add(Infinity)).toThrow(/finite/);
  });
});
