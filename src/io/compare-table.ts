import type { CompareDocument, DifferenceSummary } from '../capacity/result-document.js';
import { formatSigned, formatValue, unitLabel } from '../report/format.js';

/**
 * The terminal view of a comparison: one block per option, one row per key
 * figure, with the baseline's and option's means and the paired difference
 * with its 95% interval; `*` marks an interval clear of zero.
 */

function pad(cells: string[][], right: boolean[]): string[] {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => [...r[c]].length)));
  return cells.map((r) => r.map((v, c) => (right[c] ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join('  ').trimEnd());
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function row(d: DifferenceSummary): string[] {
  const s = (x: number) => formatSigned(x, d.unit);
  return [
    `${cut(d.label, 56)} (${unitLabel(d.unit)})`,
    formatValue(d.baseline, d.unit),
    formatValue(d.option, d.unit),
    s(d.meanDifference),
    `(${s(d.ci95[0])} to ${s(d.ci95[1])})`,
    d.clearOfZero ? '*' : '',
  ];
}

/** The comparison as aligned text blocks. */
export function formatComparison(doc: CompareDocument, figures: readonly string[] = doc.keyFigures): string {
  const p = doc.provenance;
  const head = [
    `${doc.scenario.name}: ${doc.options.length} option${doc.options.length === 1 ? '' : 's'} against "${doc.baseline.name}", ${p.replications} replications each, seed ${p.seed}, common random numbers${p.partial ? ' (PARTIAL: stopped early)' : ''}`,
    'Difference = option − baseline, paired replication by replication; * = its 95% interval is clear of zero. Shares\' differences are in percentage points (pp).',
  ];
  const blocks = doc.options.map((o) => {
    const changes = Object.entries(o.overrides).map(([k, v]) => `${k} = ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('; ');
    const rows = figures.flatMap((id) => o.differences.filter((d) => d.id === id)).map(row);
    const table = pad([['Figure', 'Baseline', 'Option', 'Difference', '(95% CI)', ''], ...rows], [false, true, true, true, false, false]);
    const rank = o.decision ? `${o.decision.rank}. ` : '';
    return [
      ``, `${rank}${o.name}${changes ? `  [${cut(changes, 140)}]` : ''}`,
      ...(o.description ? [`  ${o.description}`] : []),
      ...table.map((l) => `  ${l}`),
      ...(o.decision ? [`  ${o.decision.sentence}`] : []),
    ].join('\n');
  });
  const npv = doc.options.find((o) => o.decision?.npv)?.decision?.npv;
  const money = npv ? [`Net present value: ${npv.discounting}.`] : [];
  return [...head, ...money, ...blocks, ...(doc.ranking ? ['', doc.ranking.sentence] : [])].join('\n');
}
