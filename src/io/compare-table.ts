import type { CompareDocument, DifferenceSummary, FigureSummary } from '../capacity/result-document.js';
import { optionOrder } from '../report/compare-answer.js';
import { verdictOf } from '../report/direction.js';
import { formatAt, stepOf, differenceTexts } from '../report/format-interval.js';
import { unitLabel, countOf, formatDate, formatNumber } from '../report/format.js';
import { optionWords } from '../report/option-words.js';
import { textTable, wrap } from './text-table.js';

/**
 * The terminal view of a comparison, 100 columns wide: one block per option
 * (best first), one row per key figure with the baseline's and option's
 * means and the paired difference with its 95% interval, and the verdict
 * (better, worse, cannot tell) in words, as in the report.
 */

/**
 * One figure's row. The baseline's mean is rounded to its own interval (the
 * same in every option's block, so a reader sees one number for it), each
 * option's mean to its own, and the difference to the difference's.
 */
function row(d: DifferenceSummary, baseline: FigureSummary | undefined, option: FigureSummary | undefined): string[] {
  const step = stepOf(d.ci95, d.unit);
  const t = differenceTexts(d.meanDifference, d.ci95, d.unit);
  const v = (x: number, own: FigureSummary | undefined) => formatAt(x, d.unit, own ? stepOf(own.ci95, d.unit) : step);
  return [`${d.label} (${unitLabel(d.unit)})`, v(d.baseline, baseline), v(d.option, option), `${t.mean} (${t.low} to ${t.high})`, verdictOf(d)];
}

const COLUMNS = [
  { header: 'Figure', shrink: true }, { header: 'Baseline', right: true }, { header: 'Option', right: true },
  { header: 'Option − baseline (95% CI)', right: true }, { header: 'Verdict' },
];

/** The comparison as aligned text blocks. */
export function formatComparison(doc: CompareDocument, figures: readonly string[] = doc.keyFigures, width = 100): string {
  const p = doc.provenance;
  const head = [
    ...wrap(`${doc.scenario.name}: ${countOf(doc.options.length, 'option')} against "${doc.baseline.name}" over ${formatNumber(doc.scenario.horizonYears)} year${doc.scenario.horizonYears === 1 ? '' : 's'} from ${formatDate(doc.scenario.startDate)}, ${countOf(p.replications, 'replication')} each, seed ${p.seed}, common random numbers${p.partial ? ' (PARTIAL: stopped early)' : ''}.`, width),
    ...wrap('Differences are option − baseline, paired replication by replication, with 95% intervals; "cannot tell" means the interval includes zero. Share differences are in percentage points (pp). Options in order of their mean on the ranking measure, best first; the order alone is no finding (see the last paragraph).', width),
  ];
  const blocks = optionOrder(doc).map((i, k) => {
    const o = doc.options[i];
    const rows = figures.flatMap((id) => o.differences.filter((d) => d.id === id))
      .map((d) => row(d, doc.baseline.figures.find((f) => f.id === d.id), o.figures.find((f) => f.id === d.id)));
    return ['', ...wrap(`${o.decision?.rank ?? k + 1}. ${o.name}: ${optionWords(o)}`, width), ...textTable(COLUMNS, rows, width),
      ...(o.decision ? wrap(o.decision.sentence, width, '  ') : [])].join('\n');
  });
  const npv = doc.options.find((o) => o.decision?.npv)?.decision?.npv;
  const money = npv?.discounting ? wrap(`Net present value: ${npv.discounting}.`, width) : [];
  return [...head, ...money, ...blocks, ...(doc.ranking ? ['', ...wrap(doc.ranking.sentence, width)] : [])].join('\n');
}
