import { describe, expect, it } from 'vitest';
import { poissonRate, wilsonShare } from '../../src/calibrate/intervals.js';

describe('95% intervals', () => {
  // Exact Poisson (Garwood) limits for k events, from published tables
  // (e.g. Ulm 1990): 0 → 0-3.689, 1 → 0.0253-5.572, 10 → 4.795-18.390, 50 → 37.11-65.92.
  it.each([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [10, 4.795, 18.39],
    [50, 37.11, 65.92],
  ])('%i events in one year: %f to %f (exact, to 4 figures)', (k, low, high) => {
    const e = poissonRate(k, 1);
    expect(e.value).toBe(k);
    if (low === 0) expect(e.low).toBe(0);
    else expect(Math.abs(e.low / low - 1)).toBeLessThan(0.002);
    expect(Math.abs(e.high / high - 1)).toBeLessThan(0.002);
  });

  it('above 300 events the Wilson-Hilferty limits join the exact ones smoothly', () => {
    const exact = poissonRate(300, 1);
    const approx = poissonRate(301, 1);
    expect(approx.low - exact.low).toBeGreaterThan(0.5);
    expect(approx.low - exact.low).toBeLessThan(1.5);
    expect(approx.high - exact.high).toBeGreaterThan(0.5);
    expect(approx.high - exact.high).toBeLessThan(1.5);
  });

  it('a rate scales with exposure', () => {
    const e = poissonRate(10, 4);
    expect(e.value).toBe(2.5);
    expect(e.high).toBeCloseTo(poissonRate(10, 1).high / 4, 10);
  });

  // Wilson score interval, 15 of 50: 0.1910 to 0.4375 (Newcombe 1998, by the formula).
  it('Wilson share of 15 in 50', () => {
    const e = wilsonShare(15, 50);
    expect(e.low).toBeCloseTo(0.191, 3);
    expect(e.high).toBeCloseTo(0.4375, 3);
  });
});
