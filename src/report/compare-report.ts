import type { CompareDocument, DifferenceSummary, FigureSummary } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { baseLayout, COLOURS, title, unitAxis } from './chart-common.js';
import { plotlyText } from './escape.js';
import { formatSigned, formatValue, unitLabel } from './format.js';
import { html, type SafeHtml } from './html.js';
import { chartDiv, type PageContent } from './page.js';
import { domId } from './run-charts.js';
import { provenanceFooter, scenarioSection, warnings } from './scenario-section.js';

/** A long name cut to `max` characters with an ellipsis (the full name is in the hover text and tables). */
export function shorten(name: string, max: number): string {
  return name.length <= max ? name : name.slice(0, max - 1).trimEnd() + '…';
}

/** Hover text of one paired difference. */
function differenceHover(option: string, d: DifferenceSummary): string {
  const v = (x: number) => formatValue(x, d.unit);
  const s = (x: number) => formatSigned(x, d.unit);
  return [
    `<b>${plotlyText(option)}</b> minus baseline`,
    `difference ${s(d.meanDifference)} (95% CI ${s(d.ci95[0])} to ${s(d.ci95[1])})`,
    `baseline ${v(d.baseline)}, option ${v(d.option)}`,
    d.clearOfZero ? 'interval excludes zero' : 'interval includes zero',
  ].join('<br>');
}

/** Forest plot of one figure's paired differences, one row per option, with a zero line. */
export function forestChart(doc: CompareDocument, figureId: string): ChartSpec | null {
  const rows = doc.options
    .map((o) => ({ name: o.name, d: o.differences.find((d) => d.id === figureId) }))
    .filter((r): r is { name: string; d: DifferenceSummary } => r.d !== undefined);
  if (rows.length === 0) return null;
  const { unit, label } = rows[0].d;
  const trace = {
    type: 'scatter', mode: 'markers', name: 'mean difference (option − baseline)',
    y: rows.map((r) => plotlyText(shorten(r.name, 40))), x: rows.map((r) => r.d.meanDifference),
    marker: { size: 11, symbol: 'square', color: rows.map((r) => (r.d.clearOfZero ? COLOURS.main : COLOURS.grey)) },
    error_x: {
      type: 'data', symmetric: false, thickness: 2, width: 6, color: COLOURS.ink,
      array: rows.map((r) => r.d.ci95[1] - r.d.meanDifference),
      arrayminus: rows.map((r) => r.d.meanDifference - r.d.ci95[0]),
    },
    hovertext: rows.map((r) => differenceHover(r.name, r.d)), hoverinfo: 'text',
  };
  return {
    div: domId('forest', figureId),
    height: 190 + 40 * rows.length,
    data: [trace],
    layout: baseLayout({
      title: title(label, 'Square: mean paired difference. Bar: its 95% CI. Blue: interval clear of zero.'),
      xaxis: { ...unitAxis(unit, `Option minus baseline (${unit === 'share' ? 'percentage points' : unitLabel(unit)})`), zeroline: false },
      yaxis: { automargin: true, autorange: 'reversed', type: 'category' },
      shapes: [{ type: 'line', xref: 'x', yref: 'paper', x0: 0, x1: 0, y0: 0, y1: 1, line: { color: COLOURS.warn, width: 2, dash: 'dot' } }],
      showlegend: false,
      margin: { t: 72, r: 24, b: 60, l: 24 },
    }),
  };
}

/** Key figures first (in the document's order), then every other baseline figure. */
function orderedFigures(doc: CompareDocument): FigureSummary[] {
  const key = doc.keyFigures.map((id) => doc.baseline.figures.find((f) => f.id === id)).filter((f): f is FigureSummary => !!f);
  return [...key, ...doc.baseline.figures.filter((f) => !doc.keyFigures.includes(f.id))];
}

/** Options side by side: baseline mean, then each option's mean and difference with its interval. */
export function optionsTable(doc: CompareDocument): SafeHtml {
  const cell = (f: FigureSummary, name: string) => {
    const o = doc.options.find((x) => x.name === name);
    const mine = o?.figures.find((x) => x.id === f.id);
    const d = o?.differences.find((x) => x.id === f.id);
    const diff = d ? html`<br><span class="diff ${d.clearOfZero ? 'clear' : 'note'}"><span class="nw">${formatSigned(d.meanDifference, f.unit)}</span> (<span class="nw">${formatSigned(d.ci95[0], f.unit)}</span> to <span class="nw">${formatSigned(d.ci95[1], f.unit)}</span>)</span>` : '';
    return html`<td class="num">${mine ? formatValue(mine.mean, f.unit) : '–'}${diff}</td>`;
  };
  const rows = orderedFigures(doc).map((f) => html`<tr${doc.keyFigures.includes(f.id) ? html` class="chosen"` : ''}><td>${f.label}<br><code>${f.id}</code></td><td>${unitLabel(f.unit)}</td>
<td class="num">${formatValue(f.mean, f.unit)}</td>${doc.options.map((o) => cell(f, o.name))}</tr>`);
  return html`<div class="scroll"><table id="options-table"><thead><tr><th>Figure</th><th>Unit</th><th class="num">${doc.baseline.name} (baseline)</th>
${doc.options.map((o) => html`<th class="num">${o.name}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** What each option changes, in words. */
function optionList(doc: CompareDocument): SafeHtml {
  const items = doc.options.map((o) => {
    const changes = Object.entries(o.overrides).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ');
    return html`<li><b>${o.name}</b>: ${changes || 'no changes from the baseline'}</li>`;
  });
  return html`<ul>${items}</ul>`;
}

/** The comparison report: options, forest plots of paired differences, side-by-side table. */
export function compareReport(doc: CompareDocument): PageContent {
  const charts = doc.keyFigures.map((id) => forestChart(doc, id)).filter((c): c is ChartSpec => c !== null);
  const body = html`<h1>${doc.scenario.name}: comparing options</h1>
<p class="lede">Each option is run with the same seed as the baseline “${doc.baseline.name}”, so both see the same children; differences are paired, replication by replication.</p>
${warnings(doc.provenance)}
<h2>Options</h2>${optionList(doc)}
${charts.length > 0 ? html`<section id="differences"><h2>What each option changes</h2>
<p class="lede">Option minus baseline for each key figure. An interval that crosses the dotted zero line means the run cannot tell the option from the baseline on that figure.</p>
${charts.map(chartDiv)}</section>` : ''}
<section id="side-by-side"><h2>Options side by side</h2>
<p class="lede">Mean over replications; below each option, its paired difference from the baseline with the 95% CI (green when clear of zero). Key figures are highlighted.</p>
${optionsTable(doc)}</section>
${scenarioSection(doc.scenario, doc.provenance)}
${provenanceFooter(doc.provenance)}`;
  return { title: `carecap compare: ${doc.scenario.name}`, body, charts };
}
