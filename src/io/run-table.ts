import type { RunDocument } from '../capacity/result-document.js';
import { formatMeanPm, formatRangeAt, stepOf } from '../report/format-interval.js';
import { unitLabel } from '../report/format.js';
import { textTable } from './text-table.js';

/**
 * The terminal view of a run, 100 columns wide: the key figures as
 * mean ± 95% CI and the P10–P90 spread, rounded to what the interval
 * supports (as in the report). Every figure is in summary.csv.
 */
const KEY = ['hub.utilisation', 'hub.shareTimeFull', 'outreach.utilisation', 'outreach.meanWaitDays', 'spillover.count', 'spillover.share', 'spillover.children', 'ooc.childWeeks', 'ooc.children', 'stability.breakdowns', 'cost.total', 'cost.spillovers', 'cost.breakdownUplift'];

const COLUMNS = [{ header: 'Figure', shrink: true }, { header: 'Unit' }, { header: 'Mean ± 95% CI', right: true }, { header: 'P10 to P90', right: true }];

/** The key figures of a run document as table lines. */
export function runTable(doc: RunDocument, width = 100): string[] {
  const rows = KEY.flatMap((id) => doc.figures.filter((f) => f.id === id)).map((f) => [
    f.label, unitLabel(f.unit), formatMeanPm(f.mean, f.ci95, f.unit, false, f.n), formatRangeAt(f.p10, f.p90, f.unit, stepOf(f.ci95, f.unit)),
  ]);
  return textTable(COLUMNS, rows, width);
}
