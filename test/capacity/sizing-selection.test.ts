import { describe, expect, it } from 'vitest';
import { erlangB, meanCost, searchOnce, type Problem } from './erlang-costs.js';

/**
 * Selection correctness of `size` on an Erlang B problem with costs
 * (erlang-costs.ts), over macro-replications with fixed seeds: the number of
 * wrong selections must be at most the 99th percentile of
 * Binomial(n, 1 − confidence). A selection is correct when it meets the
 * target (B ≤ 0.1) and its mean cost is within δ of the best feasible one.
 * 200 macro-replications each (MACRO=n in the environment to change it);
 * the cheap in-thread runner keeps that to seconds.
 */
const MACRO = Number(process.env.MACRO ?? 200);
const CONFIDENCE = 0.95;
const DELTA = 5;

/** Smallest k with P(Binomial(n, p) ≤ k) ≥ q. */
function binomialQuantile(n: number, p: number, q: number): number {
  let pmf = (1 - p) ** n;
  let cdf = pmf;
  for (let k = 0; k < n; k++) {
    if (cdf >= q) return k;
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
    cdf += pmf;
  }
  return n;
}

function correct(p: Problem, c: number): boolean {
  const feasible = p.servers.filter((s) => erlangB(s, p.erlangs) <= 0.1);
  const best = Math.min(...feasible.map((s) => meanCost(p, s)));
  return feasible.includes(c) && meanCost(p, c) - best < DELTA;
}

async function wrongSelections(p: Problem): Promise<{ wrong: number; ties: number; dropped: number }> {
  let wrong = 0;
  let ties = 0;
  let dropped = 0;
  for (let m = 0; m < MACRO; m++) {
    const { search, outcome } = await searchOnce(p, 1000 + m, { indifference: DELTA, confidence: CONFIDENCE });
    expect(outcome.outcome === 'single' || outcome.outcome === 'tie').toBe(true);
    const c = p.servers[outcome.chosen!];
    if (search.arms[outcome.chosen!].dropped) dropped += 1;
    if (!correct(p, c)) wrong += 1;
    if (outcome.tieSet.length > 1) {
      ties += 1;
      // Every configuration listed as tied meets the target and was shown to (the tie set claims both).
      outcome.tieSet.forEach((k) => expect(search.arms[k].feasible).toBe('yes'));
    }
  }
  return { wrong, ties, dropped };
}

describe('size selects correctly on an Erlang B problem with costs', () => {
  const servers = [1, 2, 3, 4, 5, 6, 7, 8];
  const limit = binomialQuantile(MACRO, 1 - CONFIDENCE, 0.99);

  it('with a clear winner (5 servers: the fewest meeting B ≤ 0.1, every other feasible one costs ≥ 10δ more)', async () => {
    const p: Problem = { erlangs: 2.4, horizon: 50, bedCost: 2, lossCost: 10, servers };
    expect(meanCost(p, 6) - meanCost(p, 5)).toBeGreaterThan(10 * DELTA);
    const { wrong, dropped } = await wrongSelections(p);
    expect(dropped).toBe(0);
    expect(wrong).toBeLessThanOrEqual(limit);
  });

  it('near a tie (5 and 6 servers within δ; either is correct and the output lists them when it cannot separate them)', async () => {
    const p: Problem = { erlangs: 2.4, horizon: 50, bedCost: 0.9142, lossCost: 10, servers };
    expect(Math.abs(meanCost(p, 6) - meanCost(p, 5))).toBeLessThan(DELTA / 5);
    expect(meanCost(p, 7) - meanCost(p, 5)).toBeGreaterThan(3 * DELTA);
    const { wrong, ties, dropped } = await wrongSelections(p);
    expect(dropped).toBe(0);
    expect(wrong).toBeLessThanOrEqual(limit);
    expect(ties).toBeGreaterThan(MACRO / 2); // most searches say they could not separate 5 from 6
    console.info(`near a tie: ${wrong} wrong of ${MACRO} (limit ${limit}), ${ties} ended with a tie set`);
  });
});
