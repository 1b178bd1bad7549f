import { describe, expect, it } from 'vitest';
import { runReplication, catalogueOf } from '../../src/sim/run-replication.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';
import { erlangB, erlangC } from './queueing.js';

/** Mean and standard error over n replications of each figure named. */
function estimates(s: Scenario, ids: string[], n: number, seed = 20260401) {
  const cat = catalogueOf(s).scalars.map((m) => m.id);
  const idx = ids.map((id) => cat.indexOf(id));
  const sums = ids.map(() => [0, 0]);
  for (let r = 0; r < n; r++) {
    const v = runReplication(s, seed, r).values;
    idx.forEach((i, k) => {
      sums[k][0] += v[i];
      sums[k][1] += v[i] * v[i];
    });
  }
  return Object.fromEntries(ids.map((id, k) => {
    const mean = sums[k][0] / n;
    return [id, { mean, se: Math.sqrt((sums[k][1] / n - mean * mean) / (n - 1)) }];
  }));
}

const YEAR = 365.25;
function lossSystem(beds: number, erlangs: number, stayDays: Record<string, unknown>, meanStay = 28) {
  return scenario({
    horizonYears: 10,
    warmupYears: 0.5,
    demand: [{ name: 'referrals', arrivalDays: undefined, ratePerYear: (erlangs * YEAR) / meanStay, route: 'assessment', ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 } }],
    services: { hub: { beds, stayDays } },
  });
}

describe('the Hub as an M/G/c/c loss system matches Erlang B', () => {
  // Blocking probability = share of referrals that find every bed taken (PASTA).
  it.each([
    [3, 1.0],
    [3, 4.8],
    [5, 3.0],
    [2, 8.0],
  ])('%i beds at %f Erlangs, exponential stays', (beds, a) => {
    const { 'spillover.share': b } = estimates(lossSystem(beds, a, { dist: 'exponential', mean: 28 }), ['spillover.share'], 150);
    expect(Math.abs(b.mean - erlangB(beds, a))).toBeLessThan(3 * b.se);
  });

  it.each([
    ['deterministic', { dist: 'fixed', value: 28 }],
    ['exponential', { dist: 'exponential', mean: 28 }],
    ['lognormal', { dist: 'lognormal', mean: 28, sd: 40 }],
    ['gamma', { dist: 'gamma', shape: 0.5, scale: 56 }],
  ])('blocking does not depend on the stay distribution (%s stays, 3 beds, 4.8 Erlangs)', (_, stay) => {
    const { 'spillover.share': b } = estimates(lossSystem(3, 4.8, stay as Record<string, unknown>), ['spillover.share'], 150);
    expect(Math.abs(b.mean - erlangB(3, 4.8))).toBeLessThan(3 * b.se);
  });

  it('has mean occupancy equal to the carried load A(1 − B)', () => {
    const { 'hub.meanOccupancy': l } = estimates(lossSystem(3, 4.8, { dist: 'lognormal', mean: 28, sd: 20 }), ['hub.meanOccupancy'], 150);
    expect(Math.abs(l.mean - 4.8 * (1 - erlangB(3, 4.8)))).toBeLessThan(3 * l.se);
  });
});

function outreachQueue(slots: number, erlangs: number, meanEpisode: number) {
  return scenario({
    horizonYears: 10,
    warmupYears: 1,
    demand: [{
      name: 'at-risk', arrivalDays: undefined, ratePerYear: (erlangs * YEAR) / meanEpisode, route: 'outreach',
      ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 },
      riskDays: { dist: 'fixed', value: 100_000 }, riskBreakdownPerYear: 0,
    }],
    services: {
      hub: { beds: 0 },
      outreach: { slots, episodeDays: { dist: 'exponential', mean: meanEpisode }, startOn: ['atRisk'] },
    },
  });
}

describe('the outreach team as an M/M/c queue matches Erlang C', () => {
  it.each([
    [12, 9, 60],
    [3, 2, 30],
  ])('%i slots at %f Erlangs: probability of waiting and mean wait', (c, a, mean) => {
    const est = estimates(outreachQueue(c, a, mean), ['outreach.shareWaited', 'outreach.meanWaitDays', 'outreach.meanWaitingList', 'outreach.meanOccupancy'], 150);
    const pWait = erlangC(c, a);
    const wq = (pWait * mean) / (c - a); // Wq = C / (cμ − λ)
    expect(Math.abs(est['outreach.shareWaited'].mean - pWait)).toBeLessThan(3 * est['outreach.shareWaited'].se);
    expect(Math.abs(est['outreach.meanWaitDays'].mean - wq)).toBeLessThan(3 * est['outreach.meanWaitDays'].se);
    // Busy slots = offered load (no one is lost); Lq = λ·Wq (Little's law on the waiting list).
    expect(Math.abs(est['outreach.meanOccupancy'].mean - a)).toBeLessThan(3 * est['outreach.meanOccupancy'].se);
    expect(Math.abs(est['outreach.meanWaitingList'].mean - (a / mean) * wq)).toBeLessThan(3 * est['outreach.meanWaitingList'].se);
  });
});

describe("Little's law on the simulated means", () => {
  it('holds per replication for the Hub: L = λ·W within edge effects', () => {
    const s = lossSystem(4, 3.5, { dist: 'weibull', shape: 1.5, scale: 30 }, 30 * 0.9027);
    const ids = catalogueOf(s).scalars.map((m) => m.id);
    const days = 10 * YEAR;
    const diffs: number[] = [];
    for (let r = 0; r < 100; r++) {
      const v = runReplication(s, 7, r).values;
      const L = v[ids.indexOf('hub.meanOccupancy')];
      const lambda = v[ids.indexOf('hub.admissions')] / days;
      const W = v[ids.indexOf('hub.meanStayDays')];
      diffs.push(L - lambda * W);
    }
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    const se = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / (diffs.length - 1) / diffs.length);
    // Stays straddling the warm-up end and the horizon make L and λW differ by O(stay/period) ≈ 0.2%.
    expect(Math.abs(mean)).toBeLessThan(3 * se + 0.01);
  });
});
