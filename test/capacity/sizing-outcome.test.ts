import { describe, expect, it } from 'vitest';
import { SizingSearch, runSizingSearch } from '../../src/capacity/sizing.js';
import { sizingOutcome } from '../../src/capacity/sizing-outcome.js';
import { knClosesAt, knHalfWidth, knHSquared } from '../../src/capacity/kn-boundary.js';
import { CATALOGUE, replicate, searchOnce, type Problem } from './erlang-costs.js';

const servers = [3, 4, 5, 6, 7];
const NEAR_TIE: Problem = { erlangs: 2.4, horizon: 50, bedCost: 0.9142, lossCost: 10, servers };

/** Runs a search round by round, stopping (as Ctrl-C would) before round `stopAt`. */
async function stoppedSearch(stopAt: number) {
  const search = new SizingSearch(servers.map(() => CATALOGUE), {
    objective: 'cost.total', target: { figure: 'spillover.share', value: 0.1 }, keyFigures: [], confidence: 0.95, initialReplications: 10, maxReplications: 2000, indifference: 5,
  });
  let round = 0;
  const { stopped } = await runSizingSearch(search, async (configs, from, to, deliver) => {
    if (++round === stopAt) return { stopped: true };
    for (let r = from; r < to; r++) configs.forEach((k) => deliver(k, replicate(NEAR_TIE, 5, r)[k]));
    return { stopped: false };
  });
  return sizingOutcome(search, stopped, servers);
}

describe('what a sizing search may claim', () => {
  it('a stopped search recommends nothing and lists what was undecided', async () => {
    const o = await stoppedSearch(2);
    expect(o.outcome).toBe('stopped');
    expect(o.chosen).toBeNull();
    expect(o.undecided.length).toBeGreaterThan(0);
  });

  it('a search capped before its comparisons are decided recommends nothing', async () => {
    const { outcome } = await searchOnce(NEAR_TIE, 3, { indifference: 0.5, maxReplications: 40, initialReplications: 10 });
    expect(outcome.outcome).toBe('capped-inconclusive');
    expect(outcome.chosen).toBeNull();
    expect(outcome.undecided).toEqual(expect.arrayContaining([2, 3])); // 5 and 6 servers still in contention
  });

  it('no feasible configuration: none-feasible, nothing chosen', async () => {
    const { outcome, search } = await searchOnce({ ...NEAR_TIE, servers: [1, 2, 3] }, 3, { indifference: 5 });
    expect(outcome.outcome).toBe('none-feasible');
    expect(outcome.chosen).toBeNull();
    search.arms.forEach((a) => expect(a.feasible).toBe('no'));
  });

  it('identical configurations are a tie decided by the stated rule, not a finding', async () => {
    const { outcome } = await searchOnce({ ...NEAR_TIE, bedCost: 0, lossCost: 0, servers: [5, 6] }, 3, { indifference: 5 });
    expect(outcome.outcome).toBe('tie');
    expect(outcome.recommendedBy).toBe('rule');
    expect(outcome.chosen).toBe(0); // fewer places
    expect(outcome.tieSet).toEqual([0, 1]);
  });

  it('least risk within a budget: minimise losses with mean cost ≤ budget', async () => {
    // Cost of c servers ≈ c·0.9142·50 + losses·10: 5 servers ≈ £303, 7 ≈ £330; a budget of £310 allows at most 6.
    const { outcome } = await searchOnce(NEAR_TIE, 4, { objective: 'spillover.count', target: { figure: 'cost.total', value: 310 }, indifference: 0.5, tolerance: 3 });
    expect(outcome.chosen).not.toBeNull();
    expect(servers[outcome.chosen!]).toBe(6);
  });
});

describe('the KN continuation region', () => {
  it('matches Kim & Nelson (2001): h² = 2η(n0 − 1), η = ½[(2α/(k−1))^(−2/(n0−1)) − 1]', () => {
    // k = 2, α = 0.05, n0 = 10: η = ½(0.1^(−2/9) − 1).
    const eta = 0.5 * (0.1 ** (-2 / 9) - 1);
    expect(knHSquared(10, 0.05)).toBeCloseTo(2 * eta * 9, 12);
    expect(knHalfWidth(4, 1, 0.5, 0)).toBeCloseTo(4, 12); // h²S²/(2δ)
    expect(knHalfWidth(4, 1, 0.5, 16)).toBe(0); // closes at h²S²/δ² = 16
    expect(knClosesAt(4, 1, 0.5)).toBe(16);
  });
});
