import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { runLogged, scenario } from './helpers.js';

/**
 * Demand growth compounds from the start date (docs/model.md "Children and
 * demand"): the rate is flat through the warm-up and r·(1+g)^(τ/365.25) after
 * it, and arrivals are sampled exactly by inverting the cumulative intensity,
 * also for the gap that crosses the start date. A gap drawn in the warm-up
 * used to keep the flat rate until its arrival, wherever that fell, so the
 * first arrival after the start came late.
 *
 * Expected counts are the integrals of the rate: r per year in the warm-up;
 * ∫₀¹ r·2^x dx = r / ln 2 in the first year after the start at g = 1.
 */
describe('a growing demand stream across the end of the warm-up', () => {
  // 2 a year, doubling each year from the start date; one warm-up year, one reported year.
  const s = scenario({
    warmupYears: 1,
    demand: [{ name: 'referrals', ratePerYear: 2, growthPerYear: 1, route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }],
    services: { hub: { beds: 50, stayDays: { dist: 'fixed', value: 1 } } },
  });
  const originT = buildTimeline(s).originT;

  it('arrives at the integral of its rate before and after the start date (8,000 replications, 4 standard errors)', () => {
    const n = 8000;
    let before = 0;
    let after = 0;
    let after2 = 0;
    for (let r = 0; r < n; r++) {
      const arrivals = runLogged(s, 7, r).log.filter((l) => l.what === 'arrived');
      const k = arrivals.filter((l) => l.t >= originT).length;
      before += arrivals.length - k;
      after += k;
      after2 += k * k;
    }
    const meanAfter = after / n;
    const seAfter = Math.sqrt((after2 / n - meanAfter ** 2) / (n - 1));
    // Poisson counts: the warm-up's mean is 2 (sd √2 / √n); the reported year's 2 / ln 2 = 2.885.
    expect(Math.abs(before / n - 2)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(meanAfter - 2 / Math.LN2)).toBeLessThan(4 * seAfter);
  });
});
