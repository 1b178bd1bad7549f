import type { CompareDocument, DifferenceSummary, FigureSummary, OptionResult } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { baseLayout, COLOURS, title, unitAxis } from './chart-common.js';
import { plotlyText } from './escape.js';
import { formatSigned, formatValue, unitLabel } from './format.js';
import { html, type SafeHtml } from './html.js';
import { chartDiv, type PageContent } from './page.js';
import { compareAnswer, differenceCell, optionOrder } from './compare-answer.js';
import { verdictOf } from './direction.js';
import { formatAt, formatSignedAt, stepOf } from './format-interval.js';
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

const VERDICT_COLOUR = { better: COLOURS.third, worse: COLOURS.warn, 'cannot tell': COLOURS.grey, 'no difference': COLOURS.grey, higher: COLOURS.main, lower: COLOURS.main } as const;

/** A mean at the precision of its own interval. */
function meanText(f: FigureSummary): string {
  return formatAt(f.mean, f.unit, stepOf(f.ci95, f.unit));
}

/** A difference at the precision its interval supports: `+£1.2m`, `−3.1 pp`. */
function differenceText(d: DifferenceSummary): string {
  return formatSignedAt(d.meanDifference, d.unit, stepOf(d.ci95, d.unit), Math.max(Math.abs(d.ci95[0]), Math.abs(d.ci95[1])));
}

/**
 * Forest plot of one figure's paired differences, one row per option, with a
 * zero line; colour by verdict (better, worse, cannot tell) and each value
 * written above its square. Shares are plotted in percentage points.
 */
export function forestChart(doc: CompareDocument, figureId: string, order = optionOrder(doc)): ChartSpec | null {
  const rows = order.map((i) => doc.options[i])
    .map((o) => ({ name: o.name, d: o.differences.find((d) => d.id === figureId) }))
    .filter((r): r is { name: string; d: DifferenceSummary } => r.d !== undefined);
  if (rows.length === 0) return null;
  const { unit, label } = rows[0].d;
  const k = unit === 'share' ? 100 : 1;
  const trace = {
    type: 'scatter', mode: 'markers+text', name: 'mean difference (option − baseline)',
    y: rows.map((r) => plotlyText(shorten(r.name, 40))), x: rows.map((r) => r.d.meanDifference * k),
    marker: { size: 11, symbol: 'square', color: rows.map((r) => VERDICT_COLOUR[verdictOf(r.d)]) },
    text: rows.map((r) => `${differenceText(r.d)} · ${verdictOf(r.d)}`), textposition: 'top center', textfont: { size: 12 }, cliponaxis: false,
    error_x: {
      type: 'data', symmetric: false, thickness: 2, width: 6, color: COLOURS.ink,
      array: rows.map((r) => (r.d.ci95[1] - r.d.meanDifference) * k),
      arrayminus: rows.map((r) => (r.d.meanDifference - r.d.ci95[0]) * k),
    },
    hovertext: rows.map((r) => differenceHover(r.name, r.d)), hoverinfo: 'text',
  };
  const axis = unit === 'share'
    ? { title: { text: 'Option minus baseline (percentage points)' }, ticksuffix: ' pp', tickformat: ',.3~r', automargin: true }
    : unitAxis(unit, `Option minus baseline (${unitLabel(unit)})`);
  return {
    div: domId('forest', figureId),
    height: 170 + 52 * rows.length,
    data: [trace],
    layout: baseLayout({
      title: title(label, 'Square: mean paired difference (value written above). Bar: its 95% CI. Green: better; red: worse; grey: cannot tell.'),
      xaxis: { ...axis, zeroline: false },
      yaxis: { automargin: true, autorange: 'reversed', type: 'category' },
      shapes: [{ type: 'line', xref: 'x', yref: 'paper', x0: 0, x1: 0, y0: 0, y1: 1, line: { color: COLOURS.ink, width: 1.5, dash: 'dot' } }],
      showlegend: false,
      margin: { t: 80, r: 24, b: 60, l: 24 },
    }),
  };
}

/** Per-year cost parts and per-house or per-home figures: in differences.csv and the workbook, not on the page. */
const DETAIL = /^(cost\.fy\d{4}\.(?!total$)|house\.\d+\.|home\.\d+\.)/;

/** True when some option's paired difference on this figure is clear of zero. */
function anyDetectable(doc: CompareDocument, id: string): boolean {
  return doc.options.some((o) => o.differences.some((d) => d.id === id && d.clearOfZero));
}

/**
 * Key figures first (in the document's order), then the other whole-service
 * figures on which some option differs detectably; the rest (no detectable
 * difference anywhere, per-year parts, single houses and homes) are in
 * differences.csv, which keeps the page small whatever the number of options.
 */
function orderedFigures(doc: CompareDocument): FigureSummary[] {
  const key = doc.keyFigures.map((id) => doc.baseline.figures.find((f) => f.id === id)).filter((f): f is FigureSummary => !!f);
  return [...key, ...doc.baseline.figures.filter((f) => !doc.keyFigures.includes(f.id) && !DETAIL.test(f.id) && anyDetectable(doc, f.id))];
}

/** Options per table, so the side-by-side tables fit a 1366 px screen and an A4 page. */
const OPTIONS_PER_TABLE = 3;

/** One figure's row in a side-by-side table: baseline mean, then each option's mean and difference. */
function sideBySideRow(doc: CompareDocument, f: FigureSummary, options: OptionResult[]): SafeHtml {
  const cells = options.map((o) => {
    const mine = o.figures.find((x) => x.id === f.id);
    return html`<td class="num">${mine ? meanText(mine) : '–'}</td>${differenceCell(o.differences.find((x) => x.id === f.id))}`;
  });
  return html`<tr${doc.keyFigures.includes(f.id) ? html` class="chosen"` : ''}><td>${f.label} (${unitLabel(f.unit)})<br><code>${f.id}</code></td>
<td class="num">${meanText(f)}</td>${cells}</tr>`;
}

/** Options side by side, a few per table: baseline mean, then each option's mean and paired difference. */
export function optionsTable(doc: CompareDocument): SafeHtml {
  const order = optionOrder(doc).map((i) => doc.options[i]);
  const chunks: OptionResult[][] = [];
  for (let i = 0; i < order.length; i += OPTIONS_PER_TABLE) chunks.push(order.slice(i, i + OPTIONS_PER_TABLE));
  return html`${chunks.map((options, c) => html`<table id="${c === 0 ? 'options-table' : `options-table-${c + 1}`}" class="compact side"><thead><tr><th>Figure</th><th class="num">${doc.baseline.name} (baseline)</th>
${options.map((o) => html`<th class="num">${o.name}</th><th class="num">− baseline (95% CI)</th>`)}</tr></thead><tbody>${orderedFigures(doc).map((f) => sideBySideRow(doc, f, options))}</tbody></table>`)}`;
}

/** The comparison report: options, forest plots of paired differences, side-by-side table. */
export function compareReport(doc: CompareDocument): PageContent {
  const order = optionOrder(doc);
  const charts = doc.keyFigures.map((id) => forestChart(doc, id, order)).filter((c): c is ChartSpec => c !== null);
  const body = html`<h1>${doc.scenario.name}: comparing options</h1>
<p class="lede">Each option is run with the same seed as the baseline “${doc.baseline.name}”, so both see the same children; differences are paired, replication by replication.</p>
${warnings(doc.provenance)}
${compareAnswer(doc)}
${charts.length > 0 ? html`<section id="differences"><h2>What each option changes</h2>
<p class="lede">Option minus baseline for each key figure, options in the order above. An interval that crosses the dotted zero line means the run cannot tell the option from the baseline on that figure.</p>
${charts.map(chartDiv)}</section>` : ''}
<section id="side-by-side"><h2>Options side by side</h2>
<p class="lede">Mean over replications, and each option's paired difference from the baseline with its 95% CI: green better, red worse, grey when the run cannot tell (or when neither direction is better). Key figures are highlighted; other figures appear when some option changes them detectably. Each figure is judged on its own 95% interval, with no allowance for judging many: of the figures an option does not really change, about 1 in 20 will be coloured by chance, so read the others as pointers to look into, not findings. Every figure, per-year cost parts and single houses and homes included, is in differences.csv and results.xlsx.</p>
${optionsTable(doc)}</section>
${scenarioSection(doc.scenario, doc.provenance)}
${provenanceFooter(doc.provenance)}`;
  return { title: `carecap compare: ${doc.scenario.name}`, body, charts };
}
