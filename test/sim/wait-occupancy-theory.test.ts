import { describe, expect, it } from 'vitest';
import { erlangC } from './queueing.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { runBatch } from '../../src/sim/run-batch.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { Summariser } from '../../src/capacity/summarise.js';
import { CoMoments } from '../../src/capacity/co-moments.js';
import { ratioEstimate } from '../../src/capacity/ratio-estimate.js';
import { scenario } from './helpers.js';

/**
 * Wait and occupancy distributions against queueing theory: P(wait > t) of
 * an M/M/c queue (Erlang C), P(N = j) of an M/G/c/c loss system (the
 * truncated Poisson), and a waiting list capped by count (M/M/c/K).
 */
const YEAR = 365.25;

/** Mean, 95% half-width (delta method for ratio figures) of each figure over n replications. */
function summarise(s: Scenario, n: number) {
  const summary = new Summariser(catalogueOf(s));
  runBatch([s], 20260401, 0, n)[0].forEach((r) => summary.add(r));
  return new Map(summary.figures().map((f) => [f.id, { mean: f.mean, se: f.sd / Math.sqrt(f.n) }]));
}

function outreachQueue(slots: number, erlangs: number, meanEpisode: number, maxWaiting?: number): Scenario {
  return scenario({
    horizonYears: 10, warmupYears: 1,
    demand: [{
      name: 'at-risk', arrivalDays: undefined, ratePerYear: (erlangs * YEAR) / meanEpisode, route: 'outreach',
      ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 }, riskDays: { dist: 'fixed', value: 100_000 }, riskBreakdownPerYear: 0,
    }],
    services: { hub: { beds: 0 }, outreach: { slots, episodeDays: { dist: 'exponential', mean: meanEpisode }, startOn: ['atRisk'], ...(maxWaiting === undefined ? {} : { maxWaiting }) } },
  });
}

describe('wait distribution', () => {
  it('P(wait > t) of an M/M/c queue is C(c, A)·exp(−(c − A)·t / mean episode) (3 slots, 2 Erlangs, 30-day episodes)', () => {
    const f = summarise(outreachQueue(3, 2, 30), 120);
    for (const t of [7, 28, 91]) {
      const expected = erlangC(3, 2) * Math.exp((-(3 - 2) * t) / 30);
      const got = f.get(`outreach.shareWaitOver${t}Days`)!;
      expect(Math.abs(got.mean - expected)).toBeLessThan(3 * got.se + 1e-3);
    }
  });
});

describe('occupancy distribution', () => {
  it('P(N = j) of the Hub loss system is the truncated Poisson (3 beds, 2.4 Erlangs)', () => {
    const s = scenario({
      horizonYears: 5, warmupYears: 0.5,
      demand: [{ name: 'referrals', arrivalDays: undefined, ratePerYear: (2.4 * YEAR) / 28, route: 'assessment', ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 } }],
      services: { hub: { beds: 3, stayDays: { dist: 'exponential', mean: 28 } } },
    });
    const f = summarise(s, 120);
    const terms = [0, 1, 2, 3].map((j) => 2.4 ** j / [1, 1, 2, 6][j]);
    const total = terms.reduce((a, b) => a + b, 0);
    terms.forEach((x, j) => {
      const got = f.get(`hub.shareTimeAt${j}`)!;
      expect(Math.abs(got.mean - x / total)).toBeLessThan(3 * got.se + 1e-3);
    });
    const sum = [0, 1, 2, 3].reduce((a, j) => a + f.get(`hub.shareTimeAt${j}`)!.mean, 0);
    expect(sum).toBeCloseTo(1, 9);
  });
});

describe('a waiting list capped by count', () => {
  it('turns children away as an M/M/c/K queue does (3 slots, at most 2 waiting, 2 Erlangs)', () => {
    const s = outreachQueue(3, 2, 30, 2);
    const cat = catalogueOf(s).scalars.map((x) => x.id);
    const [without, requests] = [cat.indexOf('outreach.wentWithout'), cat.indexOf('outreach.requests')];
    const m = new CoMoments(2);
    runBatch([s], 11, 0, 120)[0].forEach((r) => m.add([r.values[without], r.values[requests]]));
    const { ratio, sd } = ratioEstimate(m, 0, 1);
    // p_n ∝ A^n/n! (n ≤ 3), A^3/3!·(A/3)^(n−3) (n = 4, 5); blocking = p_5 (PASTA).
    const w = [1, 2, 2, 4 / 3, (4 / 3) * (2 / 3), (4 / 3) * (4 / 9)];
    const blocking = w[5] / w.reduce((a, b) => a + b, 0);
    expect(Math.abs(ratio - blocking)).toBeLessThan((3 * sd) / Math.sqrt(120));
    expect(ratio).toBeGreaterThan(0.03); // the cap bites: without it nobody goes without
  });
});

describe('one definition of a wait', () => {
  it('counts a child who gave up, censored at the time they gave up', () => {
    // One slot, 30-day episodes, at most 10 days' wait; children ask on days 1, 2 and 3.
    const s = scenario({
      horizonYears: 1,
      demand: [{ name: 'at-risk', arrivalDays: [1, 2, 3], route: 'outreach', ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 }, riskDays: { dist: 'fixed', value: 100_000 }, riskBreakdownPerYear: 0 }],
      services: { hub: { beds: 0 }, outreach: { slots: 1, episodeDays: { dist: 'fixed', value: 30 }, startOn: ['atRisk'], maxWaitDays: 10 } },
    });
    const ids = catalogueOf(s).scalars.map((x) => x.id);
    const v = runBatch([s], 1, 0, 1)[0][0].values;
    const at = (id: string) => v[ids.indexOf(id)];
    // The first starts at once (wait 0); the others give up after 10 days: waits of 10, censored.
    expect(at('outreach.waitsEnded')).toBe(3);
    expect(at('outreach.waitsOver7Days')).toBe(2);
    expect(at('outreach.waitsOver28Days')).toBe(0);
    expect(at('outreach.shareWaitOver7Days')).toBeCloseTo(2 / 3, 12);
    expect(at('outreach.wentWithout')).toBe(2);
  });
});
