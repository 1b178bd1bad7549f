import { describe, expect, it } from 'vitest';
import type { MetricCatalogue, ReplicationResult } from '../../src/sim/results.js';
import { CostFlows } from '../../src/capacity/cost-flows.js';
import { decideOption, rankOptions } from '../../src/capacity/compare-decision.js';
import type { DifferenceSummary } from '../../src/capacity/result-document.js';

const CATALOGUE: MetricCatalogue = {
  scalars: [
    { id: 'cost.total', label: 'Total', unit: 'GBP', group: 'cost' },
    { id: 'cost.fy2026.total', label: 'Cost in FY 2026/27', unit: 'GBP', group: 'cost-fy' },
    { id: 'cost.fy2027.total', label: 'Cost in FY 2027/28', unit: 'GBP', group: 'cost-fy' },
    { id: 'cost.fy2028.total', label: 'Cost in FY 2028/29', unit: 'GBP', group: 'cost-fy' },
  ],
  series: [], weekStarts: [],
};

const result = (replication: number, years: number[]): ReplicationResult => ({ replication, events: 0, values: [years.reduce((a, b) => a + b, 0), ...years], weekly: [] });

/** Baseline 100 a year; the option spends 150 up front then saves 60 a year (noise ±1 alternating). */
function flows(realRate: number, deflator: number): CostFlows {
  const f = new CostFlows(CATALOGUE, CATALOGUE, { realRate, deflator });
  for (let r = 0; r < 10; r++) {
    const e = r % 2 ? 1 : -1;
    f.add(result(r, [100, 100, 100]), result(r, [250 + e, 40, 40]));
  }
  return f;
}

describe('cost flows of an option against the baseline', () => {
  it('discounts nominal cash at (1 + r)(1 + π) − 1 with the first year undiscounted', () => {
    const npv = flows(0.035, 0.04).presentValue();
    const d = 1.035 * 1.04;
    expect(npv.gbp).toBeCloseTo(-150 + 60 / d + 60 / d ** 2, 9);
    expect(npv.ci95[0]).toBeLessThan(npv.gbp);
    expect(flows(0, 0).presentValue().gbp).toBeCloseTo(-30, 9);
  });

  it('pays back when the cumulative undiscounted saving turns non-negative, interpolated within the year', () => {
    // Cumulative saving: −150, −90, −30: never pays back in three years.
    expect(flows(0.035, 0).paybackYears()).toBeNull();
    const f = new CostFlows(CATALOGUE, CATALOGUE, { realRate: 0.035, deflator: 0 });
    f.add(result(0, [100, 100, 100]), result(0, [160, 40, 40]));
    f.add(result(1, [100, 100, 100]), result(1, [160, 40, 40]));
    // −60, then +60 in year 1: turns at 1 + 60/60 = 2.0 years counted from the start.
    expect(f.paybackYears()).toBeCloseTo(2, 9);
    expect(f.shareCheaper).toBe(1);
    expect(flows(0, 0).financialYears().map((y) => y.meanDifferenceGbp)).toEqual([150, -60, -60]);
  });
});

const diff = (id: string, meanDifference: number, ci95: [number, number]): DifferenceSummary => ({
  id, label: id, unit: id === 'cost.total' ? 'GBP' : 'count', baseline: 0, option: meanDifference, n: 10, meanDifference, sdDifference: 1, ci95, clearOfZero: ci95[0] > 0 || ci95[1] < 0,
});

describe('a comparison read as a decision', () => {
  it('gives cost per spill-over avoided only when the avoided count is clear of zero', () => {
    const clear = decideOption([diff('cost.total', 500, [400, 600]), diff('spillover.count', -5, [-6, -4]), diff('ooc.childWeeks', -2, [-5, 1])], flows(0.035, 0), 'npv');
    expect(clear.costPerSpilloverAvoided).toBeCloseTo(100, 9);
    expect(clear.costPerOocWeekAvoided).toBeNull();
    expect(clear.costVerdict).toBe('costlier');
    expect(clear.sentence).toMatch(/out-of-county child-weeks: no detectable change/);
    const more = decideOption([diff('cost.total', -5, [-20, 10]), diff('spillover.count', 3, [1, 5])], flows(0.035, 0), 'npv');
    expect(more.costPerSpilloverAvoided).toBeNull();
    expect(more.costVerdict).toBe('no detectable difference');
    expect(more.sentence).toMatch(/spill-overs: more, not fewer/);
  });

  it('claims no saving per spill-over and no payback when the cost difference cannot be told from zero', () => {
    const unclear = decideOption([diff('cost.total', -170, [-570, 240]), diff('spillover.count', -3.6, [-4.9, -2.4])], flows(0.035, 0), 'npv');
    expect(unclear.costVerdict).toBe('no detectable difference');
    expect(unclear.costPerSpilloverAvoided).toBeCloseTo(-170 / 3.6, 9); // the number stays in the document, with its caveat in words
    expect(unclear.sentence).toMatch(/fewer spill-overs \(3\.6\), at a net cost per spill-over avoided that cannot be told from zero/);
    expect(unclear.sentence).toMatch(/no payback stated/);
    // Withheld in the document too (decisions.csv, the workbook), not only in the words.
    expect(unclear.paybackYears).toBeUndefined();
    expect(unclear.sentence).not.toMatch(/saves .* per spill-over|pays back/);
  });

  it('ranks by net present value when options carry money, else by mean cost difference', () => {
    const a = decideOption([diff('cost.total', 10, [5, 15])], flows(0.035, 0), 'npv');
    const b = decideOption([diff('cost.total', 20, [15, 25])], flows(0, 0), 'npv');
    // NPVs: a ≈ −150 + 60/1.035 + 60/1.035² ≈ −34.9, b = −30: b ranks first despite its larger cost difference.
    expect(rankOptions(['a', 'b'], [a, b], [10, 20]).order).toEqual([1, 0]);
    expect([a.rank, b.rank]).toEqual([2, 1]);
    const c = decideOption([diff('cost.total', 10, [5, 15])], flows(0.035, 0), 'meanCostDifference');
    const d = decideOption([diff('cost.total', 20, [15, 25])], flows(0, 0), 'meanCostDifference');
    expect(rankOptions(['c', 'd'], [c, d], [10, 20]).order).toEqual([0, 1]);
  });
});
