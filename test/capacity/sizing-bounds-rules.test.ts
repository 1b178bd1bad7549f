import { describe, expect, it } from 'vitest';
import { meanBounds, oneSidedT, pairedBounds } from '../../src/capacity/sizing-bounds.js';

/**
 * One-sided Student t bounds (docs/sizing.md): m ± t_{1−α, n−1}·s/√n, with
 * t from printed tables (one-sided 95%): t(1) = 6.313752, t(2) = 2.919986,
 * t(3) = 2.353363; one-sided 97.5%: t(3) = 3.182446.
 */
const T95 = { 1: 6.313752, 2: 2.919986, 3: 2.353363 };

describe('oneSidedT', () => {
  it('gives the tabled value for each (df, α) asked, not the first one cached', () => {
    expect(oneSidedT(1, 0.05)).toBeCloseTo(T95[1], 4);
    expect(oneSidedT(3, 0.05)).toBeCloseTo(T95[3], 4);
    expect(oneSidedT(3, 0.025)).toBeCloseTo(3.182446, 4);
    expect(oneSidedT(1, 0.05)).toBeCloseTo(T95[1], 4);
  });
});

describe('meanBounds', () => {
  it('refuses fewer than two values', () => {
    expect(() => meanBounds([5], 0.05)).toThrow(/two or more values/);
    expect(() => meanBounds([], 0.05)).toThrow(/two or more values/);
  });

  it('two values 1, 3: mean 2, s = √2, bounds 2 ∓ 6.313752·√2/√2', () => {
    const b = meanBounds([1, 3], 0.05);
    expect(b.n).toBe(2);
    expect(b.mean).toBeCloseTo(2, 12);
    expect(b.lower).toBeCloseTo(2 - T95[1], 4);
    expect(b.upper).toBeCloseTo(2 + T95[1], 4);
  });

  it('values 1, 2, 3, 4: mean 2.5, s = √(5/3), half-width 2.353363·s/2', () => {
    const half = (T95[3] * Math.sqrt(5 / 3)) / 2; // 1.519090
    const b = meanBounds([1, 2, 3, 4], 0.05);
    expect(b.mean).toBeCloseTo(2.5, 12);
    expect(b.lower).toBeCloseTo(2.5 - half, 5);
    expect(b.upper).toBeCloseTo(2.5 + half, 5);
  });

  it('three values on a large offset: the spread is about the mean, not about zero', () => {
    // 100, 102, 104: mean 102, s = 2, half = 2.919986·2/√3.
    const half = (T95[2] * 2) / Math.sqrt(3);
    const b = meanBounds([100, 102, 104], 0.05);
    expect(b.upper - b.mean).toBeCloseTo(half, 5);
    expect(b.mean - b.lower).toBeCloseTo(half, 5);
  });
});

describe('pairedBounds', () => {
  it('uses the common first values when the samples differ in length', () => {
    // Differences over the first 2: 11 − 10 = 1, 14 − 11 = 3: as meanBounds([1, 3]).
    const b = pairedBounds([11, 14, 99], [10, 11], 0.05);
    expect(b.n).toBe(2);
    expect(b.mean).toBeCloseTo(2, 12);
    expect(b.upper).toBeCloseTo(2 + T95[1], 4);
  });
});
