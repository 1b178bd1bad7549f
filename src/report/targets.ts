import type { FigureSummary, ResultDocument } from '../capacity/result-document.js';
import { formatValue } from './format.js';
import { formatMeanPm, formatRangeAt, stepOf } from './format-interval.js';
import { html, type SafeHtml } from './html.js';

/**
 * Red, amber and green against the scenario's `reporting.targets` (a budget
 * line, a ceiling on spill-overs), judged on the spread of outcomes across
 * replications, so the colour says how often the limit is broken:
 * green when P90 ≤ limit (within it in at least 9 of 10 simulated futures),
 * red when P50 > limit (over it in more than half), amber in between.
 * Percentiles are exact up to 1,000 replications (docs/results.md).
 */
export interface ReportTarget {
  figure: string;
  atMost: number;
  name: string;
  source: string;
}

export type Rag = 'green' | 'amber' | 'red';

/** The targets a document carries (`reporting.targets`), read defensively: malformed entries are skipped. */
export function targetsOf(doc: ResultDocument): ReportTarget[] {
  const list = (doc as { reporting?: { targets?: unknown } }).reporting?.targets;
  if (!Array.isArray(list)) return [];
  return list.filter((t): t is ReportTarget => !!t && typeof t.figure === 'string' && typeof t.atMost === 'number' && typeof t.name === 'string');
}

export function ragOf(f: FigureSummary, atMost: number): Rag {
  if (f.p90 <= atMost) return 'green';
  if (f.p50 > atMost) return 'red';
  return 'amber';
}

const RAG_WORDS: Record<Rag, string> = {
  green: 'Green: within the limit in at least 9 of 10 simulated futures',
  amber: 'Amber: over the limit in more than 1 but at most 5 of 10 simulated futures',
  red: 'Red: over the limit in more than half of simulated futures',
};

/** The targets table (`#targets-table`), or nothing when the document has no targets or none of their figures. */
export function targetsTable(doc: ResultDocument, figures: FigureSummary[]): SafeHtml {
  const rows = targetsOf(doc).flatMap((t) => {
    const f = figures.find((x) => x.id === t.figure);
    if (!f) return [];
    const rag = ragOf(f, t.atMost);
    return [html`<tr><td>${t.name}<br><span class="note">${f.label}; source: ${t.source}</span></td><td class="num">${formatValue(t.atMost, f.unit)}</td>
<td class="num">${formatMeanPm(f.mean, f.ci95, f.unit, true, f.n)}</td><td class="num">${formatRangeAt(f.p10, f.p90, f.unit, stepOf(f.ci95, f.unit))}</td><td class="rag ${rag}">${RAG_WORDS[rag]}</td></tr>`];
  });
  if (rows.length === 0) return html``;
  return html`<table id="targets-table" class="compact"><thead><tr><th>Against the scenario's targets</th><th class="num">Limit</th><th class="num">Mean ± 95% CI</th><th class="num">P10 to P90</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`;
}
