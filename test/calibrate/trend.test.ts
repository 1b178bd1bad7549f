import { describe, expect, it } from 'vitest';
import { fitTrend } from '../../src/calibrate/trend.js';

describe('yearly trend: Poisson regression', () => {
  it('counts exactly on a 10% a year curve give 10% growth and the curve at the date', () => {
    const years = [0, 1, 2, 3].map((i) => ({ year: 2020.5 + i, count: 100 * Math.pow(1.1, i), exposureYears: 1 }));
    const f = fitTrend(years, 2024.5);
    expect(f.growth!.value).toBeCloseTo(0.1, 10);
    expect(f.rateAt.value).toBeCloseTo(100 * Math.pow(1.1, 4), 8);
    expect(f.rateAt.low).toBeLessThan(f.rateAt.value);
    expect(f.growth!.low).toBeLessThan(0.1);
  });

  it('flat counts: no growth, the mean rate', () => {
    const f = fitTrend([2020.5, 2021.5, 2022.5].map((y) => ({ year: y, count: 40, exposureYears: 1 })), 2023);
    expect(f.growth!.value).toBeCloseTo(0, 10);
    expect(f.rateAt.value).toBeCloseTo(40, 8);
  });

  it('one year: a plain Poisson rate and no growth', () => {
    const f = fitTrend([{ year: 2025.5, count: 12, exposureYears: 1 }], 2026);
    expect(f.growth).toBeNull();
    expect(f.rateAt.value).toBe(12);
  });
});
