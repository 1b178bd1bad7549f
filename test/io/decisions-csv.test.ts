import { describe, expect, it } from 'vitest';
import { decisionsTable } from '../../src/io/decision-table.js';
import type { CompareDocument } from '../../src/capacity/result-document.js';

/** decisions.csv reads as the terminal and the report do, and carries what its NPV needs (analyst review). */
const option = (name: string, rank: number | undefined) => ({
  name, overrides: {}, figures: [], differences: [],
  decision: rank === undefined ? undefined : { rank, npv: { gbp: 1, ci95: [0, 2], discountRatePerYear: 0.035, deflatorPerYear: 0.02, discounting: '' } },
});

describe('decisions.csv', () => {
  it('lists options in rank order, unranked ones last in batch order', () => {
    const doc = { options: [option('third', 3), option('unranked', undefined), option('first', 1), option('second', 2)] } as unknown as CompareDocument;
    const t = decisionsTable(doc);
    expect(t.rows.map((r) => r[t.header.indexOf('option')])).toEqual(['first', 'second', 'third', 'unranked']);
    expect(t.rows.map((r) => r[t.header.indexOf('rank')])).toEqual([1, 2, 3, null]);
  });

  it('gives the deflator beside the real discount rate, so the NPV can be redone from the file', () => {
    const t = decisionsTable({ options: [option('a', 1)] } as unknown as CompareDocument);
    expect(t.header.indexOf('deflator')).toBe(t.header.indexOf('discount_rate_real') + 1);
    expect(t.rows[0][t.header.indexOf('deflator')]).toBe(0.02);
    expect(t.rows[0][t.header.indexOf('discount_rate_real')]).toBe(0.035);
  });

  it('says how much of the cost difference is the breakdown uplift, in pounds, with its interval; empty when not compared', () => {
    const withUplift = { ...option('a', 1), differences: [
      { id: 'cost.breakdownUplift', meanDifference: -310_000, ci95: [-420_000, -200_000] },
      { id: 'cost.totalWithoutBreakdownUplift', meanDifference: -80_000, ci95: [-440_000, 280_000], clearOfZero: false },
    ] };
    const t = decisionsTable({ options: [withUplift, option('b', 2)] } as unknown as CompareDocument);
    const cols = ['breakdown_uplift_difference_gbp', 'breakdown_uplift_ci95_low', 'breakdown_uplift_ci95_high',
      'cost_without_uplift_difference_gbp', 'cost_without_uplift_ci95_low', 'cost_without_uplift_ci95_high'].map((h) => t.header.indexOf(h));
    expect(cols.map((i) => t.rows[0][i])).toEqual([-310_000, -420_000, -200_000, -80_000, -440_000, 280_000]);
    expect(cols.map((i) => t.rows[1][i])).toEqual([null, null, null, null, null, null]);
    expect(cols.map((i) => t.columnUnits![i])).toEqual(['GBP', 'GBP', 'GBP', 'GBP', 'GBP', 'GBP']);
    expect(t.rows.map((r) => r[t.header.indexOf('cost_without_uplift_verdict')])).toEqual(['no detectable difference', '']);
  });
});
