import type { FigureSummary } from '../capacity/result-document.js';
import { formatValue, unitLabel } from './format.js';
import { html, type SafeHtml } from './html.js';

/** Figures grouped by their `group` field, groups in first-seen order. */
function grouped(figures: FigureSummary[]): [string, FigureSummary[]][] {
  const groups = new Map<string, FigureSummary[]>();
  for (const f of figures) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  return [...groups.entries()];
}

function row(f: FigureSummary): SafeHtml {
  const v = (x: number) => formatValue(x, f.unit);
  return html`<tr><td>${f.label}<br><code>${f.id}</code></td><td>${unitLabel(f.unit)}</td>
<td class="num">${v(f.mean)}</td><td class="num">${v(f.ci95[0])} to ${v(f.ci95[1])}</td>
<td class="num">${v(f.p10)}</td><td class="num">${v(f.p50)}</td><td class="num">${v(f.p90)}</td></tr>`;
}

/**
 * Every figure in the document, whatever its id: the table is driven by the
 * document's own list, so figures the report has no chart for still appear.
 */
export function figureTable(figures: FigureSummary[]): SafeHtml {
  const body = grouped(figures).map(
    ([group, list]) => html`<tr class="group"><td colspan="7">${group}</td></tr>${list.map(row)}`,
  );
  return html`<table id="figure-table">
<thead><tr><th>Figure</th><th>Unit</th><th class="num">Mean</th><th class="num">95% CI of the mean</th>
<th class="num">P10</th><th class="num">P50</th><th class="num">P90</th></tr></thead>
<tbody>${body}</tbody></table>`;
}
