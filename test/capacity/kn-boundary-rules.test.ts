import { describe, expect, it } from 'vitest';
import { firstStageVariance, knClosesAt, knHSquared } from '../../src/capacity/kn-boundary.js';

/** Kim & Nelson (2001): η = ½[(2β)^(−2/(n0−1)) − 1], h² = 2η(n0 − 1); the region closes at h²S²/δ². */
describe('knHSquared', () => {
  it('n0 = 2 is allowed: β = 0.05 gives η = ½(0.1⁻² − 1) = 49.5, h² = 99', () => {
    expect(knHSquared(2, 0.05)).toBeCloseTo(99, 9);
  });

  it('refuses fewer than 2 first-stage replications', () => {
    expect(() => knHSquared(1, 0.05)).toThrow(/at least 2 first-stage/);
    expect(() => knHSquared(NaN, 0.05)).toThrow(RangeError);
  });

  it('refuses β outside (0, 0.5)', () => {
    expect(() => knHSquared(10, 0)).toThrow(/must be in \(0, 0\.5\)/);
    expect(() => knHSquared(10, -0.1)).toThrow(RangeError);
    expect(() => knHSquared(10, 0.5)).toThrow(/must be in \(0, 0\.5\)/);
    expect(() => knHSquared(10, 0.7)).toThrow(RangeError);
  });

  it('just inside the range is accepted: β = 0.25, n0 = 3 gives η = ½(0.5⁻¹ − 1) = 0.5, h² = 2', () => {
    expect(knHSquared(3, 0.25)).toBeCloseTo(2, 12);
  });
});

describe('knClosesAt', () => {
  it('is h²·S²/δ², rounded up: h² = 4, S² = 2, δ = 0.5 → 32', () => {
    expect(knClosesAt(4, 2, 0.5)).toBe(32);
    expect(knClosesAt(3, 5, 2)).toBe(4); // 15/4 = 3.75 → 4
  });
});

describe('firstStageVariance', () => {
  it('divides by n − 1: 1, 2, 3, 4 → 5/3', () => {
    expect(firstStageVariance([1, 2, 3, 4], 4)).toBeCloseTo(5 / 3, 12);
  });

  it('reads only the first n values: 2, 4, then 100 ignored → 2', () => {
    expect(firstStageVariance([2, 4, 100], 2)).toBeCloseTo(2, 12);
  });
});
