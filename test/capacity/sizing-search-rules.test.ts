import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../src/sim/results.js';
import { SizingSearch, readable, roundSchedule, runSizingSearch, unitOf, type SizingOptions } from '../../src/capacity/sizing.js';
import { SizingArm } from '../../src/capacity/sizing-arm.js';
import { money } from '../../src/capacity/compare-decision.js';
import { CATALOGUE } from './erlang-costs.js';

/**
 * The sizing search's rules (docs/sizing.md, The procedure) on hand-made
 * replications, so every boundary is worked out by hand. With confidence 0.5
 * α = 0.25; with n0 = 3, h² = 2η(n0 − 1) = 4η and η = ½[(2β)⁻¹ − 1]:
 *   K = 2: β₁ = α/K = 0.125 → h₁² = 6;   β₂ = α/(K − 1) = 0.25 → h₂² = 2;
 *   K = 3: β₂ = α/2 = 0.125 → h₂² = 6.
 * R(r) = max{0, h²S²/(2z) − z·r/2} with z = ε (feasibility) or δ (selection).
 * CATALOGUE values: [cost.total, spillover.count, spillover.localRequests, spillover.share].
 */
function rep(replication: number, cost: number, count: number): ReplicationResult {
  return { replication, events: 1, values: [cost, count, 10, count / 10], weekly: [] };
}

/** Objective: spillover.count; constraint: mean cost.total ≤ 100 (ε = 1); δ = 1. */
function search(k: number, o: Partial<SizingOptions> = {}, today = false): SizingSearch {
  return new SizingSearch(Array.from({ length: k }, () => CATALOGUE), {
    objective: 'spillover.count', target: { figure: 'cost.total', value: 100 }, keyFigures: [], confidence: 0.5,
    initialReplications: 3, maxReplications: 12, tolerance: 1, indifference: 1, ...o,
  }, today ? CATALOGUE : undefined);
}

/** Runs the next round, configuration k's replication r being `value(k, r)` = [cost, count]. */
function round(s: SizingSearch, value: (k: number, r: number) => [number, number]): void {
  const next = s.nextRound()!;
  for (const k of next.configurations) for (let r = next.from; r < next.to; r++) s.add(k, rep(r, ...value(k, r)));
  s.endRound();
}

describe('roundSchedule and the constructor refuse what the procedure cannot use', () => {
  it('n0 = N = 2 is the smallest search: one round of 2', () => {
    expect(roundSchedule(2, 2)).toEqual([2]);
  });

  it('a cap below 2 is refused', () => {
    expect(() => roundSchedule(3, 1)).toThrow(/at least 2 replications per round/);
  });

  it('confidence must lie strictly between 0 and 1', () => {
    for (const confidence of [0, 1, 1.5, -0.1]) expect(() => search(2, { confidence })).toThrow(/confidence must be between 0 and 1/);
    expect(() => search(2, { confidence: 0.5 })).not.toThrow();
  });

  it('tolerance and indifference must be positive when given', () => {
    for (const tolerance of [0, -1]) expect(() => search(2, { tolerance })).toThrow(/tolerance must be positive/);
    for (const indifference of [0, -1]) expect(() => search(2, { indifference })).toThrow(/indifference must be positive/);
  });

  it('a target of 0 needs an explicit tolerance (5% of 0 is no tolerance), and is fine with one', () => {
    expect(() => search(2, { target: { figure: 'cost.total', value: 0 }, tolerance: undefined })).toThrow(/a target of 0 needs an explicit tolerance/);
    expect(() => search(2, { target: { figure: 'cost.total', value: 0 }, tolerance: 1 })).not.toThrow();
    expect(() => search(2, { tolerance: undefined })).not.toThrow();
  });

  it('β₁ = α/K and β₂ = α/(K − 1), α = (1 − confidence)/2', () => {
    const s = search(5, { confidence: 0.5 }); // α = 0.25
    expect(s.betaFeasibility).toBeCloseTo(0.05, 15);
    expect(s.betaSelection).toBeCloseTo(0.0625, 15);
    expect(search(1).betaSelection).toBeCloseTo(0.25, 15); // K − 1 = 0: one configuration, no pairs
  });
});

describe('rounds', () => {
  it("today's configuration runs alongside under index K", () => {
    const s = search(2, {}, true);
    expect(s.todayIndex).toBe(2);
    expect(s.nextRound()).toEqual({ configurations: [0, 1, 2], from: 0, to: 3 });
    s.add(2, rep(0, 90, 5));
    expect(s.today!.replications).toBe(1);
    expect(s.arms.map((a) => a.replications)).toEqual([0, 0]);
  });

  it('a round delivered short is refused, naming the configuration and the round', () => {
    const s = search(2);
    for (let r = 0; r < 3; r++) s.add(0, rep(r, 90, 5));
    for (let r = 0; r < 2; r++) s.add(1, rep(r, 90, 5));
    expect(() => s.endRound()).toThrow('sizing: configuration 1 has 2 replications after round 1, expected 3');
  });

  it('roundsDone counts rounds; states() before any replication has no figures', () => {
    const s = search(2);
    expect(s.roundsDone).toBe(0);
    expect(s.states().map((x) => x.figures)).toEqual([[], []]);
    round(s, () => [90, 5]);
    expect(s.roundsDone).toBe(1);
  });

  it('runSizingSearch resolves to { stopped: false } when it runs to the end', async () => {
    const s = search(1);
    const result = await runSizingSearch(s, async (configs, from, to, deliver) => {
      for (let r = from; r < to; r++) configs.forEach((k) => deliver(k, rep(r, 90, 5)));
      return { stopped: false };
    });
    expect(result).toEqual({ stopped: false });
  });
});

describe('feasibility (Andradóttir & Kim): feasible once Σg ≤ −R₁, fails once Σg ≥ R₁', () => {
  it('Σg exactly 0 with the region closed (S² = 0, R₁ = 0) counts as feasible', () => {
    const s = search(2);
    round(s, () => [100, 5]); // g = cost − 100 = 0 every replication
    expect(s.arms.map((a) => a.feasible)).toEqual(['yes', 'yes']);
  });

  it('Σg exactly R₁ fails: g = 0.5, 3.5, 3.5 → S² = 3, R₁(3) = 6·3/2 − 3/2 = 7.5 = Σg', () => {
    const s = search(2);
    const cost = [100.5, 103.5, 103.5];
    round(s, (k, r) => [k === 0 ? cost[r] : 90, 5]);
    expect(s.arms[0].feasible).toBe('no');
    expect(s.arms[0].dropped).toMatch(/^fails the target: cost.total above 100/);
    expect(s.live()).toEqual([1]);
  });

  it('a configuration once shown feasible stays feasible whatever later replications show', () => {
    // Round 1: g = −5 constant → feasible. Round 2: g = +10 → Σg = 15 > R₁ = 0, but it is not re-tested.
    // Objective differences 2, 0, −2 then 0: S² = 4, R₂(3) = 2.5, R₂(6) = 1 — the pair stays open, so round 2 runs.
    const s = search(2);
    const count = [7, 5, 3];
    round(s, (k, r) => [95, k === 0 ? count[r] : 5]);
    expect(s.arms[0].feasible).toBe('yes');
    round(s, (k) => [k === 0 ? 110 : 95, 5]);
    expect(s.roundsDone).toBe(2);
    expect(s.arms[0].feasible).toBe('yes');
    expect(s.arms[0].dropped).toBeUndefined();
  });
});

describe('selection (KN): l is dropped once Σ(objective_l − objective_i) > R₂, i shown feasible', () => {
  it('a sum exactly on the boundary is not past it: d = −1.5, 1.5, 1.5 → S² = 3, R₂(3) = 2·3/2 − 3/2 = 1.5 = Σd', () => {
    const s = search(2);
    const count = [3.5, 6.5, 6.5];
    round(s, (k, r) => [90, k === 0 ? count[r] : 5]);
    expect(s.live()).toEqual([0, 1]);
    expect(s.arms.map((a) => a.dropped)).toEqual([undefined, undefined]);
  });

  it('past the boundary it is dropped, the note giving the mean difference: d = 1.5, 4.5, 4.5 (mean 3.5) > R₂ = 1.5', () => {
    const s = search(2);
    const count = [6.5, 9.5, 9.5];
    round(s, (k, r) => [90, k === 0 ? count[r] : 5]);
    expect(s.live()).toEqual([1]);
    expect(s.arms[0].dropped).toBe('higher spillover.count than configuration #2, which meets the target: by 3.5 in mean over 3 paired replications, past the KN boundary');
  });
});

describe('when the search is finished', () => {
  // K = 2, δ = 1, h₂² = 2: differences 1.4, 0, −1.4 → S² = 1.96: R₂(3) = 1.96 − 1.5 = 0.46 > 0, R₂(6) = 1.96 − 3 < 0.
  const count = [3.6, 5, 6.4];
  const value = (k: number, r: number): [number, number] => [90, k === 1 && r < 3 ? count[r] : 5];

  it('a pair whose region is still open after the round keeps it going; once closed, it stops', () => {
    const s = search(2);
    round(s, value);
    expect(s.arms.map((a) => a.feasible)).toEqual(['yes', 'yes']);
    expect(s.finished()).toBe(false);
    expect(s.nextRound()).toEqual({ configurations: [0, 1], from: 3, to: 6 });
    round(s, value);
    expect(s.finished()).toBe(true);
    expect(s.nextRound()).toBeNull();
  });

  it('closesAt: NaN before a round, then the largest of h²S²/z² over the comparisons: ⌈2·1.96/1⌉ = 4', () => {
    const s = search(2);
    expect(s.closesAt()).toBeNaN();
    round(s, value); // feasibility: S²_g = 0, closes at 0
    expect(s.closesAt()).toBe(4);
  });

  it('every pair must be closed, not just every pair of one configuration', () => {
    // K = 3, h₂² = 6, R₂(3) = 3S² − 1.5: pairs (0,1) and (0,2) have S² = 0.25 (closed), (1,2) has S² = 1 (R₂ = 1.5, open).
    const s = search(3);
    const c = [[5, 5, 5], [5.5, 5, 4.5], [4.5, 5, 5.5]];
    round(s, (k, r) => [90, c[k][r]]);
    expect(s.live()).toEqual([0, 1, 2]);
    expect(s.arms.map((a) => a.feasible)).toEqual(['yes', 'yes', 'yes']);
    expect(s.finished()).toBe(false);
  });
});

describe('constants fixed after the first round', () => {
  it("δ defaults to indifferenceShare × |today's first-round mean objective|", () => {
    const s = search(2, { indifference: undefined, indifferenceShare: 0.1 }, true);
    const todayCount = [40, 50, 60];
    const next = s.nextRound()!;
    for (const k of next.configurations) for (let r = 0; r < 3; r++) s.add(k, rep(r, 90, k === s.todayIndex ? todayCount[r] : 7));
    s.endRound();
    expect(s.indifference).toBeCloseTo(5, 12);
  });

  it('without today, 0.5% of the first configuration’s mean objective', () => {
    const s = search(2, { indifference: undefined });
    round(s, (k) => [90, k === 0 ? 200 : 300]);
    expect(s.indifference).toBeCloseTo(1, 12);
  });

  it('an explicit δ is used as given', () => {
    const s = search(2, { indifference: 2 });
    round(s, () => [90, 200]);
    expect(s.indifference).toBe(2);
  });

  it('a zero mean objective gives the smallest positive δ (every difference counts)', () => {
    const s = search(2, { indifference: undefined });
    round(s, () => [90, 0]);
    expect(s.indifference).toBe(Number.MIN_VALUE);
  });

  it('ε defaults to 0.5% of a money target, 5% of any other', () => {
    const money = search(2, { tolerance: undefined, target: { figure: 'cost.total', value: 200 } });
    round(money, () => [90, 5]);
    expect(money.tolerance).toBeCloseTo(1, 12);
    const count = search(2, { tolerance: undefined, objective: 'cost.total', target: { figure: 'spillover.count', value: 20 } });
    round(count, () => [90, 5]);
    expect(count.tolerance).toBeCloseTo(1, 12);
  });

  it('pairVariance is the first-round variance of each pair’s differences, kept per pair', () => {
    const s = search(3);
    const c = [[0, 0, 0], [1, 2, 3], [0, 2, 4]];
    for (let k = 0; k < 3; k++) for (let r = 0; r < 3; r++) s.add(k, rep(r, 90, c[k][r]));
    expect(s.pairVariance(0, 1)).toBeCloseTo(1, 12); // −1, −2, −3
    expect(s.pairVariance(0, 2)).toBeCloseTo(4, 12); // 0, −2, −4
    expect(s.pairVariance(1, 2)).toBeCloseTo(1, 12); // 1, 0, −1
    expect(s.pairVariance(2, 0)).toBeCloseTo(4, 12);
  });
});

describe('readable, unitOf and the arm', () => {
  it('thousands separated from 1,000; four significant figures below', () => {
    expect(readable(1000)).toBe('1,000');
    expect(readable(1234.6)).toBe('1,235');
    expect(readable(-2500)).toBe('-2,500');
    expect(readable(999.94)).toBe('999.9');
    expect(readable(0.000123456)).toBe('0.0001235');
  });

  it('money in £ through money() (£640k), anything else as a plain number', () => {
    expect(readable(1_200_000, 'GBP')).toBe(money(1_200_000));
    expect(readable(640_000, 'GBP')).toBe('£640k');
    expect(readable(1234, 'count')).toBe('1,234');
  });

  it('unitOf reads the unit of the figure asked for; undefined for an unknown one or no configuration', () => {
    const s = search(2); // catalogue order: spillover.count, cost.total
    expect(unitOf(s, 'cost.total')).toBe('GBP');
    expect(unitOf(s, 'spillover.count')).toBe('count');
    expect(unitOf(s, 'no.such')).toBeUndefined();
    expect(unitOf(search(0), 'cost.total')).toBeUndefined();
  });

  it('a search over no configurations has no closing point before a round', () => {
    expect(search(0).closesAt()).toBeNaN();
  });

  it('ratioTarget is true for a ratio figure target, false for a plain one', () => {
    expect(new SizingArm(CATALOGUE, ['cost.total'], 'cost.total', { figure: 'spillover.share', value: 0.1 }).ratioTarget).toBe(true);
    expect(new SizingArm(CATALOGUE, ['cost.total'], 'cost.total', { figure: 'spillover.count', value: 3 }).ratioTarget).toBe(false);
  });
});
