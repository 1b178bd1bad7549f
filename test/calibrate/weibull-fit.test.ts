import { describe, expect, it } from 'vitest';
import { fitStays, gammaFn, type Stay } from '../../src/calibrate/weibull-fit.js';
import { weibull } from '../../src/sim/distributions/weibull.js';
import { purposeStream } from '../../src/sim/random.js';

/** Stays drawn from a Weibull, seen from day `seenFrom` of each stay's life to day `endOfData`, as a return sees them. */
function observed(shape: number, scaleDays: number, n: number, seed: number): Stay[] {
  const r = purposeStream(seed, 0, 'weibull-test');
  const stays: Stay[] = [];
  while (stays.length < n) {
    const startDay = -2000 + r() * 4000; // stays begin 2000 days before to 2000 days after the window opens at day 0
    const length = weibull(r, shape, scaleDays);
    if (startDay + length <= 0) continue; // ended before the window: never seen (left truncation)
    const entryDays = Math.max(0, -startDay);
    const cut = 2500 - startDay; // the data end at day 2500: still open then is right-censored
    stays.push({ entryDays, exitDays: Math.min(length, cut), ended: length <= cut });
  }
  return stays;
}

describe('stay fits: Weibull MLE with right censoring and left truncation', () => {
  it('gamma function: Γ(5) = 24, Γ(1.5) = √π/2', () => {
    expect(gammaFn(5)).toBeCloseTo(24, 8);
    expect(gammaFn(1.5)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 10);
  });

  it.each([
    [0.7, 400],
    [1, 700],
    [1.8, 300],
  ])('recovers shape %f and scale %f days within the stated 95% intervals in at least 17 of 20 samples', (shape, scale) => {
    let covered = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const f = fitStays(observed(shape, scale, 400, seed));
      if (f.kind !== 'weibull') throw new Error('expected a Weibull fit');
      if (f.shape.low <= shape && shape <= f.shape.high && f.scaleDays.low <= scale && scale <= f.scaleDays.high) covered++;
    }
    // Two 95% intervals hold together in at least 90% of samples (Bonferroni);
    // 13 or fewer of 20 then has probability under 0.3% (binomial(20, 0.9)).
    expect(covered).toBeGreaterThanOrEqual(14);
  });

  it('ignoring truncation would be wrong: long stays begun before the window are over-represented', () => {
    const stays = observed(1, 700, 2000, 7);
    const naive = fitStays(stays.map((s) => ({ ...s, entryDays: 0 })));
    const right = fitStays(stays);
    if (naive.kind !== 'weibull' || right.kind !== 'weibull') throw new Error('expected Weibull fits');
    expect(right.scaleDays.low).toBeLessThanOrEqual(700);
    expect(right.scaleDays.high).toBeGreaterThanOrEqual(700);
    expect(naive.scaleDays.low).toBeGreaterThan(700);
  });

  it('fewer than 10 ends: exponential, ends ÷ exposure, and says why', () => {
    const f = fitStays([
      { entryDays: 0, exitDays: 100, ended: true },
      { entryDays: 50, exitDays: 415.25, ended: false },
    ]);
    expect(f.kind).toBe('exponential');
    if (f.kind !== 'exponential') return;
    expect(f.meanDays.value).toBeCloseTo(465.25, 6); // exposure 100 + 365.25 days, one end
    expect(f.why).toMatch(/fewer than 10 ends/);
  });
});
