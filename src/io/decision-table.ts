import type { CompareDocument } from '../capacity/result-document.js';
import type { CsvValue } from './csv.js';
import type { Table } from './result-tables.js';
import type { Unit } from '../sim/results.js';
import { verdict } from '../capacity/compare-decision.js';

/**
 * decisions.csv of `carecap compare`: one row per option with its batch-file
 * description, rank, whether screening for the best keeps it (`among_best`)
 * and decision figures, the total cost difference first (docs/sizing.md, Compare as a decision), then the part of it
 * that is the breakdown uplift (cost.breakdownUplift) and the difference without it, in rank order.
 * `discount_rate_real` and `deflator` are what the NPV used, so it can be redone from the file. Empty cells: not
 * applicable (no detectable change, no payback within the horizon).
 */
export function decisionsTable(doc: CompareDocument): Table {
  const header = ['rank', 'among_best', 'option', 'description', 'ranked_by', 'cost_verdict',
    'cost_difference_gbp', 'cost_ci95_low', 'cost_ci95_high', 'cost_p10_gbp', 'cost_p90_gbp', 'share_cheaper',
    'breakdown_uplift_difference_gbp', 'breakdown_uplift_ci95_low', 'breakdown_uplift_ci95_high',
    'cost_without_uplift_difference_gbp', 'cost_without_uplift_ci95_low', 'cost_without_uplift_ci95_high', 'cost_without_uplift_verdict', 'npv_saving_gbp', 'npv_ci95_low', 'npv_ci95_high',
    'discount_rate_real', 'deflator', 'payback_years', 'one_off_gbp',
    'net_cost_per_spillover_avoided_gbp', 'net_cost_per_spillover_avoided_ci95_low', 'net_cost_per_spillover_avoided_ci95_high',
    'net_cost_per_ooc_week_avoided_gbp', 'net_cost_per_ooc_week_avoided_ci95_low', 'net_cost_per_ooc_week_avoided_ci95_high', 'decision'];
  // In rank order, as the terminal and the report list them (options with no rank after, in batch order).
  const rank = (i: number) => doc.options[i].decision?.rank ?? Infinity;
  const order = doc.options.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  const rows = order.map((i) => doc.options[i]).map((o): CsvValue[] => {
    const d = o.decision;
    // The total cost difference the verdict rests on: its mean and 95% CI, and the P10 to P90 of the paired runs (their
    // scatter, chance included); then how much of it is the breakdown uplift, an assumption a verdict can rest on.
    const c = o.differences.find((x) => x.id === 'cost.total');
    const u = o.differences.find((x) => x.id === 'cost.breakdownUplift');
    const w = o.differences.find((x) => x.id === 'cost.totalWithoutBreakdownUplift');
    return [d?.rank ?? null, d?.amongBest ?? null, o.name, o.description ?? '', d?.rankedBy ?? '', d?.costVerdict ?? '',
      c?.meanDifference ?? null, c?.ci95[0] ?? null, c?.ci95[1] ?? null, c?.p10p90?.[0] ?? null, c?.p10p90?.[1] ?? null, d?.shareCheaper ?? null,
      u?.meanDifference ?? null, u?.ci95[0] ?? null, u?.ci95[1] ?? null, w?.meanDifference ?? null, w?.ci95[0] ?? null, w?.ci95[1] ?? null, w ? verdict(w) : '',
      d?.npv?.gbp ?? null, d?.npv?.ci95[0] ?? null, d?.npv?.ci95[1] ?? null, d?.npv?.discountRatePerYear ?? null, d?.npv?.deflatorPerYear ?? null,
      d?.paybackYears ?? null, d?.oneOffGbp ?? null, d?.costPerSpilloverAvoided ?? null, d?.costPerSpilloverAvoidedCi95?.[0] ?? null, d?.costPerSpilloverAvoidedCi95?.[1] ?? null,
      d?.costPerOocWeekAvoided ?? null, d?.costPerOocWeekAvoidedCi95?.[0] ?? null, d?.costPerOocWeekAvoidedCi95?.[1] ?? null, d?.sentence ?? ''];
  });
  // Money and shares formatted as such in the workbook (£, %): the columns' units, whatever the row.
  const unit: Record<string, Unit> = {
    cost_difference_gbp: 'GBP', cost_ci95_low: 'GBP', cost_ci95_high: 'GBP', cost_p10_gbp: 'GBP', cost_p90_gbp: 'GBP',
    share_cheaper: 'share', breakdown_uplift_difference_gbp: 'GBP', breakdown_uplift_ci95_low: 'GBP', breakdown_uplift_ci95_high: 'GBP',
    cost_without_uplift_difference_gbp: 'GBP', cost_without_uplift_ci95_low: 'GBP', cost_without_uplift_ci95_high: 'GBP', npv_saving_gbp: 'GBP', npv_ci95_low: 'GBP', npv_ci95_high: 'GBP', discount_rate_real: 'share', deflator: 'share',
    one_off_gbp: 'GBP', net_cost_per_spillover_avoided_gbp: 'GBP', net_cost_per_ooc_week_avoided_gbp: 'GBP',
    net_cost_per_spillover_avoided_ci95_low: 'GBP', net_cost_per_spillover_avoided_ci95_high: 'GBP',
    net_cost_per_ooc_week_avoided_ci95_low: 'GBP', net_cost_per_ooc_week_avoided_ci95_high: 'GBP',
  };
  return { name: 'Decisions', header, rows, columnUnits: header.map((h) => unit[h]) };
}
