import { describe, expect, it } from 'vitest';
import type { SizingSearch } from '../../src/capacity/sizing.js';
import { SizingArm } from '../../src/capacity/sizing-arm.js';
import { pairedDifference, sizingOutcome } from '../../src/capacity/sizing-outcome.js';
import { CATALOGUE } from './erlang-costs.js';

/**
 * What sizingOutcome tells the council, checked on hand-built states: each
 * configuration's objective per replication is chosen here, so every
 * expected mean, interval and tie decision is worked out by hand from the
 * rules in docs/sizing.md (Outcomes) and printed Student t tables:
 *   two-sided 95%: t(1) = 12.706205, t(3) = 3.182446;
 *   one-sided 95%: t(3) = 2.353363.
 */
const T975_1 = 12.706205;
const T975_3 = 3.182446;
const T95_3 = 2.353363;

const ids = ['cost.total', 'spillover.share'];
const target = { figure: 'spillover.share', value: 0.1 };

/** A configuration whose cost.total per replication is `objective` (other figures fixed). */
function arm(objective: number[], feasible: 'yes' | 'no' | 'unclear' = 'yes', dropped?: string): SizingArm {
  const a = new SizingArm(CATALOGUE, ids, 'cost.total', target);
  objective.forEach((x, replication) => a.add({ replication, events: 10, values: [x, 0, 10, 0], weekly: [] }));
  a.feasible = feasible;
  a.dropped = dropped;
  return a;
}

/** The parts of a search sizingOutcome reads; live = not dropped, as in SizingSearch. */
function state(arms: SizingArm[], o: { finished?: boolean; indifference?: number; today?: SizingArm } = {}): SizingSearch {
  return {
    arms,
    today: o.today ?? null,
    indifference: o.indifference ?? 1,
    options: { objective: 'cost.total' },
    live: () => arms.flatMap((a, k) => (a.dropped ? [] : [k])),
    finished: () => o.finished ?? true,
  } as unknown as SizingSearch;
}

describe('which outcome a finished search reports', () => {
  it('one configuration left and no other within δ: single, a finding, nothing undecided', () => {
    const s = state([arm([50, 50, 50, 50], 'no', 'fails the target'), arm([10, 11, 12, 13])]);
    const o = sizingOutcome(s, false, [3, 4]);
    expect(o.outcome).toBe('single');
    expect(o.chosen).toBe(1);
    expect(o.tieSet).toEqual([1]);
    expect(o.recommendedBy).toBe('finding');
    expect(o.undecided).toEqual([]);
  });

  it('a capped search lists its live configurations as undecided', () => {
    const s = state([arm([1, 2], 'unclear'), arm([3, 4], 'unclear')], { finished: false });
    const o = sizingOutcome(s, false, [1, 2]);
    expect(o.outcome).toBe('capped-inconclusive');
    expect(o.undecided).toEqual([0, 1]);
  });
});

describe('the tie rule among configurations left together', () => {
  it('picks the fewest places first, even when that one has the higher mean', () => {
    // Configuration 1 has 3 places (vs 5) but mean 20 (vs 10): places come first.
    const s = state([arm([10, 10, 10]), arm([20, 20, 20])]);
    const o = sizingOutcome(s, false, [5, 3]);
    expect(o.chosen).toBe(1);
    expect(o.recommendedBy).toBe('rule');
    expect(o.outcome).toBe('tie');
    expect(o.tieSet).toEqual([0, 1]);
  });

  it('with equal places, picks the lower mean objective', () => {
    // Means: 20, 10, 15 with 4 places each: configuration 1.
    const s = state([arm([19, 21, 20]), arm([9, 11, 10]), arm([14, 16, 15])]);
    expect(sizingOutcome(s, false, [4, 4, 4]).chosen).toBe(1);
  });

  it('with equal places and means, picks the first configuration', () => {
    const s = state([arm([7, 9]), arm([8, 8]), arm([9, 7])]);
    expect(sizingOutcome(s, false, [2, 2, 2]).chosen).toBe(0);
  });
});

describe('the tie set: configurations shown feasible and within δ of the recommendation', () => {
  // Live: configuration 2, objective 10, 11, 12, 13.
  // Configuration 0 (feasible, dropped): differences from 2 are 1, 2, 3, 4:
  //   mean 2.5, s = √(5/3) = 1.290994, one-sided 95% upper bound 2.5 + 2.353363·1.290994/2 = 4.019090.
  // Configuration 1 (feasible, dropped): differences 10, 11, 12, 13: bound ≈ 14.0, outside.
  // Configuration 3 (failed the target): identical to 2 but not feasible: never in the tie set.
  const upper0 = 2.5 + (T95_3 * Math.sqrt(5 / 3)) / 2;
  const arms = () => [
    arm([11, 13, 15, 17], 'yes', 'costlier'),
    arm([20, 22, 24, 26], 'yes', 'costlier'),
    arm([10, 11, 12, 13]),
    arm([10, 11, 12, 13], 'no', 'fails the target'),
  ];

  it('adds a configuration whose one-sided upper bound is below δ, listed in index order', () => {
    const o = sizingOutcome(state(arms(), { indifference: upper0 + 0.01 }), false, [1, 1, 1, 1]);
    expect(o.outcome).toBe('tie');
    expect(o.chosen).toBe(2);
    expect(o.recommendedBy).toBe('finding');
    expect(o.tieSet).toEqual([0, 2]);
  });

  it('leaves it out when δ is just below that bound', () => {
    const o = sizingOutcome(state(arms(), { indifference: upper0 - 0.01 }), false, [1, 1, 1, 1]);
    expect(o.outcome).toBe('single');
    expect(o.tieSet).toEqual([2]);
  });

  it('a bound exactly equal to δ is not below it', () => {
    // Configuration 0 costs exactly 5 more every replication: bound 5 (s = 0); δ = 5.
    const s = state([arm([15, 16, 17, 18], 'yes', 'costlier'), arm([10, 11, 12, 13])], { indifference: 5 });
    const o = sizingOutcome(s, false, [1, 1]);
    expect(o.outcome).toBe('single');
    expect(o.tieSet).toEqual([1]);
  });

  it('a configuration dropped after a first round of 2 replications can join it (n0 = 2)', () => {
    // Common replications: 2; differences 1, 1: bound 1 < δ = 3.
    const s = state([arm([11, 12], 'yes', 'costlier'), arm([10, 11, 12, 13])], { indifference: 3 });
    const o = sizingOutcome(s, false, [1, 1]);
    expect(o.tieSet).toEqual([0, 1]);
    expect(o.versusRecommended?.[0]?.n).toBe(2);
    expect(o.versusRecommended?.[0]?.meanDifference).toBeCloseTo(1, 12);
  });
});

describe('versusRecommended: each other configuration against the recommendation', () => {
  it('every other configuration has its paired difference; the recommendation has none', () => {
    const s = state([arm([11, 13, 15, 17], 'yes', 'costlier'), arm([10, 11, 12, 13]), arm([30, 30, 30, 30], 'no', 'fails')], { indifference: 1 });
    const o = sizingOutcome(s, false, [1, 1, 1]);
    expect(o.chosen).toBe(1);
    const v = o.versusRecommended!;
    expect(v).toHaveLength(3);
    expect(v[1]).toBeUndefined();
    // 0 − 1: differences 1, 2, 3, 4: mean 2.5, s = 1.290994, half-width 3.182446·s/2 = 2.054228.
    const half = (T975_3 * Math.sqrt(5 / 3)) / 2;
    expect(v[0]).toBeDefined();
    expect(v[0]!.n).toBe(4);
    expect(v[0]!.meanDifference).toBeCloseTo(2.5, 12);
    expect(v[0]!.sdDifference).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(v[0]!.ci95[0]).toBeCloseTo(2.5 - half, 5);
    expect(v[0]!.ci95[1]).toBeCloseTo(2.5 + half, 5);
    expect(v[0]!.option).toBeCloseTo(14, 12);
    expect(v[0]!.baseline).toBeCloseTo(11.5, 12);
    expect(v[0]!.clearOfZero).toBe(true);
    expect(v[0]!.label).toBe('Cost');
    expect(v[0]!.unit).toBe('GBP');
    // 2 − 1: differences 20, 19, 18, 17: mean 18.5.
    expect(v[2]!.meanDifference).toBeCloseTo(18.5, 12);
  });

  it('todayDifference is the recommendation minus today, paired', () => {
    const today = arm([12, 12, 12, 12]);
    const s = state([arm([10, 11, 12, 13])], { today });
    const d = sizingOutcome(s, false, [1]).todayDifference!;
    expect(d.meanDifference).toBeCloseTo(-0.5, 12);
    expect(d.baseline).toBeCloseTo(12, 12);
    expect(d.option).toBeCloseTo(11.5, 12);
  });
});

describe('pairedDifference: labels, units and whether the interval clears zero', () => {
  function pair(option: number[], baseline: number[], id = 'cost.total') {
    return pairedDifference(id, arm(option), arm(baseline));
  }

  it('takes the label and unit of the figure asked for, not the first one', () => {
    const a = new SizingArm(CATALOGUE, ['spillover.count', 'spillover.share'], 'spillover.count', target);
    const b = new SizingArm(CATALOGUE, ['spillover.count', 'spillover.share'], 'spillover.count', target);
    [3, 4].forEach((x, replication) => a.add({ replication, events: 10, values: [100, x, 10, 0], weekly: [] }));
    [1, 1].forEach((x, replication) => b.add({ replication, events: 10, values: [100, x, 10, 0], weekly: [] }));
    const d = pairedDifference('spillover.count', a, b);
    expect(d.label).toBe('Lost');
    expect(d.unit).toBe('count');
    expect(d.meanDifference).toBeCloseTo(2.5, 12);
  });

  it('a figure missing from the catalogue falls back to its id and "count"', () => {
    const d = pair([1, 2], [0, 0], 'no.such.figure');
    expect(d.label).toBe('no.such.figure');
    expect(d.unit).toBe('count');
  });

  it('two replications, both clearly positive: clear of zero (t(1) = 12.706)', () => {
    // Differences 10, 11: mean 10.5, s = √0.5, half = 12.706205·√0.5/√2 = 6.353103.
    const d = pair([20, 21], [10, 10]);
    expect(d.n).toBe(2);
    expect(d.sdDifference).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(d.ci95[0]).toBeCloseTo(10.5 - T975_1 / 2, 4);
    expect(d.ci95[1]).toBeCloseTo(10.5 + T975_1 / 2, 4);
    expect(d.clearOfZero).toBe(true);
  });

  it('clearly negative: clear of zero', () => {
    const d = pair([10, 10], [20, 21]);
    expect(d.ci95[1]).toBeCloseTo(-10.5 + T975_1 / 2, 4);
    expect(d.clearOfZero).toBe(true);
  });

  it('an interval spanning zero is not clear', () => {
    const d = pair([1, 3, 0, 4], [2, 2, 2, 2]); // differences −1, 1, −2, 2
    expect(d.meanDifference).toBeCloseTo(0, 12);
    expect(d.ci95[0]).toBeLessThan(0);
    expect(d.ci95[1]).toBeGreaterThan(0);
    expect(d.clearOfZero).toBe(false);
  });

  it('identical configurations: interval [0, 0], not clear of zero', () => {
    const d = pair([5, 6, 7], [5, 6, 7]);
    expect(d.ci95).toEqual([0, 0]);
    expect(d.clearOfZero).toBe(false);
  });

  it('a single common replication gives no interval and is never clear of zero', () => {
    const d = pair([30], [10]);
    expect(d.n).toBe(1);
    expect(d.meanDifference).toBe(20);
    expect(d.sdDifference).toBe(0);
    expect(d.ci95).toEqual([20, 20]);
    expect(d.clearOfZero).toBe(false);
  });
});
