import type { CompareDocument } from '../capacity/result-document.js';
import type { CsvValue } from './csv.js';
import type { Table } from './result-tables.js';
import type { Unit } from '../sim/results.js';

/**
 * decisions.csv of `carecap compare`: one row per option with its batch-file
 * description, rank, whether screening for the best keeps it (`among_best`)
 * and decision figures (docs/sizing.md, Compare as a decision). Empty cells: not applicable (no detectable change, no payback
 * within the horizon).
 */
export function decisionsTable(doc: CompareDocument): Table {
  const header = ['rank', 'among_best', 'option', 'description', 'ranked_by', 'cost_verdict', 'share_cheaper', 'npv_saving_gbp', 'npv_ci95_low', 'npv_ci95_high',
    'discount_rate_real', 'payback_years', 'one_off_gbp', 'cost_per_spillover_avoided_gbp', 'cost_per_ooc_week_avoided_gbp', 'decision'];
  const rows = doc.options.map((o): CsvValue[] => {
    const d = o.decision;
    return [d?.rank ?? null, d?.amongBest ?? null, o.name, o.description ?? '', d?.rankedBy ?? '', d?.costVerdict ?? '', d?.shareCheaper ?? null,
      d?.npv?.gbp ?? null, d?.npv?.ci95[0] ?? null, d?.npv?.ci95[1] ?? null, d?.npv?.discountRatePerYear ?? null,
      d?.paybackYears ?? null, d?.oneOffGbp ?? null, d?.costPerSpilloverAvoided ?? null, d?.costPerOocWeekAvoided ?? null, d?.sentence ?? ''];
  });
  // Money and shares formatted as such in the workbook (£, %): the columns' units, whatever the row.
  const unit: Record<string, Unit> = {
    share_cheaper: 'share', npv_saving_gbp: 'GBP', npv_ci95_low: 'GBP', npv_ci95_high: 'GBP', discount_rate_real: 'share',
    one_off_gbp: 'GBP', cost_per_spillover_avoided_gbp: 'GBP', cost_per_ooc_week_avoided_gbp: 'GBP',
  };
  return { name: 'Decisions', header, rows, columnUnits: header.map((h) => unit[h]) };
}
