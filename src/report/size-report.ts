import type { SizeConfiguration, SizeDocument } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { baseLayout, COLOURS, title, unitAxis, withUnit } from './chart-common.js';
import { plotlyText } from './escape.js';
import { formatValue, countOf } from './format.js';
import { formatAt, stepOf } from './format-interval.js';
import { html } from './html.js';
import { chartDiv, type PageContent } from './page.js';
import { provenanceFooter, scenarioSection, warnings } from './scenario-section.js';
import { comparableSplit, configurationRows, sizeAnswer } from './size-answer.js';
import { configNumber, decisionOf, describeFigure, figureOf, pathName, settingsText, VERDICT_WORDS } from './size-words.js';
import { shorten } from './compare-report.js';

const fig = figureOf;
const describe = describeFigure;

const FEASIBLE_STYLE = {
  yes: { name: VERDICT_WORDS.yes, symbol: 'circle', color: COLOURS.main },
  unclear: { name: VERDICT_WORDS.unclear, symbol: 'circle-open', color: COLOURS.second },
  no: { name: VERDICT_WORDS.no, symbol: 'x', color: COLOURS.grey },
} as const;

function hover(doc: SizeDocument, c: SizeConfiguration): string {
  const lines = [`<b>${configNumber(doc.configurations.indexOf(c))}: ${plotlyText(settingsText(c.settings))}</b>`];
  for (const id of [doc.objective, doc.riskFigure, doc.target.figure]) {
    const f = fig(c, id);
    if (f && !lines.some((l) => l.startsWith(plotlyText(f.label)))) lines.push(`${plotlyText(f.label)}: ${formatValue(f.mean, f.unit)}`);
  }
  lines.push(`${countOf(c.replications, 'replication')}; ${FEASIBLE_STYLE[c.feasible].name}${c.dropped ? '; stopped early' : ''}`);
  return lines.join('<br>');
}

/** Open markers for the tie set and today's configuration, when the document names them. */
function decisionMarks(doc: SizeDocument, points: SizeConfiguration[], x: (c: SizeConfiguration) => number, y: (c: SizeConfiguration) => number): Record<string, unknown>[] {
  const d = decisionOf(doc);
  const pick = (list: number[]) => list.map((i) => doc.configurations[i]).filter((c) => points.includes(c));
  const trace = (list: SizeConfiguration[], name: string, symbol: string, color: string) => ({
    type: 'scatter', mode: 'markers', name, x: list.map(x), y: list.map(y), hovertext: list.map((c) => hover(doc, c)), hoverinfo: 'text',
    marker: { symbol, size: 18, color, line: { width: 2, color } },
  });
  const out: Record<string, unknown>[] = [];
  const tie = pick((d.tieSet ?? []).filter((i) => i !== doc.chosen));
  if (tie.length) out.push(trace(tie, 'within δ of the recommended', 'diamond-open', COLOURS.warn));
  const today = d.today?.index != null ? pick([d.today.index]) : [];
  if (today.length) out.push(trace(today, "today's configuration", 'square-open', COLOURS.ink));
  return out;
}

/** Cost (objective) against the risk figure for every configuration, Pareto front and choice marked. */
export function paretoChart(doc: SizeDocument): ChartSpec | null {
  const obj = describe(doc, doc.objective);
  const risk = describe(doc, doc.riskFigure);
  if (!obj || !risk) return null;
  const points = doc.configurations.filter((c) => fig(c, doc.objective) && fig(c, doc.riskFigure));
  const x = (c: SizeConfiguration) => fig(c, doc.objective)!.mean;
  const y = (c: SizeConfiguration) => fig(c, doc.riskFigure)!.mean;
  const data: Record<string, unknown>[] = (['yes', 'unclear', 'no'] as const).map((k) => {
    const list = points.filter((c) => c.feasible === k);
    const s = FEASIBLE_STYLE[k];
    return { type: 'scatter', mode: 'markers', name: s.name, x: list.map(x), y: list.map(y),
      marker: { symbol: s.symbol, color: s.color, size: 9, line: { width: 1.5, color: s.color } },
      hovertext: list.map((c) => hover(doc, c)), hoverinfo: 'text' };
  });
  const front = points.filter((c) => c.onParetoFront).sort((a, b) => x(a) - x(b));
  if (front.length > 0) {
    data.unshift({ type: 'scatter', mode: 'lines+markers', name: 'Pareto front', x: front.map(x), y: front.map(y),
      line: { color: COLOURS.ink, width: 2.5, shape: 'hv' }, marker: { size: 15, symbol: 'circle-open', color: COLOURS.ink, line: { width: 2 } },
      hoverinfo: 'skip' });
  }
  const chosen = doc.chosen === null ? undefined : doc.configurations[doc.chosen];
  if (chosen && fig(chosen, doc.objective) && fig(chosen, doc.riskFigure)) {
    data.push({ type: 'scatter', mode: 'markers+text', name: `recommended: ${configNumber(doc.chosen!)}`, x: [x(chosen)], y: [y(chosen)],
      marker: { symbol: 'star', size: 20, color: COLOURS.warn, line: { color: COLOURS.ink, width: 1 } },
      text: [`${configNumber(doc.chosen!)}: ${plotlyText(settingsText(chosen.settings))}`], textposition: 'bottom right', textfont: { color: COLOURS.warn, size: 13 },
      hovertext: [hover(doc, chosen)], hoverinfo: 'text' });
  }
  data.push(...decisionMarks(doc, points, x, y));
  const shapes = doc.target.figure === doc.riskFigure
    ? [{ type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y', y0: doc.target.value, y1: doc.target.value, line: { color: COLOURS.warn, dash: 'dot', width: 2 } }]
    : [];
  const annotations = shapes.length > 0
    ? [{ xref: 'paper', x: 1, xanchor: 'right', yref: 'y', y: doc.target.value, yanchor: 'bottom', showarrow: false,
        text: plotlyText(`target: ${risk.label} ≤ ${formatValue(doc.target.value, risk.unit)}`), font: { color: COLOURS.warn } }]
    : [];
  return {
    div: 'pareto',
    height: 520,
    data,
    layout: baseLayout({
      title: title(`${shorten(obj.label, 40)} against ${shorten(risk.label, 40)}`, 'Each point: one configuration, mean over its replications (hover for how many). Ringed and joined: the Pareto front of these means; a configuration stopped early rests on fewer replications, so its place here is rough: the table compares each with the recommendation on the same replications.'),
      xaxis: unitAxis(obj.unit, withUnit(shorten(obj.label, 40), obj.unit)),
      yaxis: { ...unitAxis(risk.unit, withUnit(shorten(risk.label, 32), risk.unit)), rangemode: 'tozero' },
      margin: { t: 90, r: 24, b: 100, l: 24 },
      shapes, annotations,
    }),
  };
}

/** Heat map of the objective over the two varied dimensions; null unless exactly two vary. */
export function heatMapChart(doc: SizeDocument): ChartSpec | null {
  const varied = doc.dimensions.filter((d) => d.values.length > 1);
  const obj = describe(doc, doc.objective);
  if (varied.length !== 2 || !obj) return null;
  const [dx, dy] = varied;
  const at = (vx: number, vy: number) => doc.configurations.find((c) => c.settings[dx.path] === vx && c.settings[dy.path] === vy);
  const cell = (vx: number, vy: number) => {
    const c = at(vx, vy);
    return c ? fig(c, doc.objective) : undefined;
  };
  const z = dy.values.map((vy) => dx.values.map((vx) => cell(vx, vy)?.mean ?? null));
  const fullCount = comparableSplit(doc).fullCount;
  const text = dy.values.map((vy) => dx.values.map((vx) => {
    const c = at(vx, vy);
    const f = cell(vx, vy);
    if (!c || !f) return 'not run';
    const i = doc.configurations.indexOf(c);
    // Rounded to what its interval supports (£306.0m, not £305,964,514): cells over different replications are not precise to the pound.
    return `${configNumber(i)}: ${formatAt(f.mean, f.unit, stepOf(f.ci95, f.unit))}${c.feasible === 'yes' ? '' : c.feasible === 'no' ? ' ✗' : ' ?'}${c.replications < fullCount ? ` (${c.replications} reps)` : ''}`;
  }));
  const chosen = doc.chosen === null ? undefined : doc.configurations[doc.chosen];
  const shapes = chosen ? [{ type: 'rect', xref: 'x', yref: 'y', line: { color: COLOURS.warn, width: 4 },
    x0: dx.values.indexOf(chosen.settings[dx.path]) - 0.5, x1: dx.values.indexOf(chosen.settings[dx.path]) + 0.5,
    y0: dy.values.indexOf(chosen.settings[dy.path]) - 0.5, y1: dy.values.indexOf(chosen.settings[dy.path]) + 0.5 }] : [];
  return {
    div: 'heatmap',
    height: Math.max(360, 140 + 48 * dy.values.length),
    data: [{ type: 'heatmap', x: dx.values.map(String), y: dy.values.map(String), z, text, texttemplate: '%{text}',
      // Light = cheap, dark = costly: sequential blues (ColorBrewer), readable with white or black text.
      colorscale: [[0, '#eff3ff'], [0.5, '#6baed6'], [1, '#08519c']], hoverinfo: 'text', hovertext: text,
      colorbar: { title: { text: plotlyText(withUnit(obj.label, obj.unit)) }, tickprefix: obj.unit === 'GBP' ? '£' : '', tickformat: obj.unit === 'GBP' ? '.4~s' : '' } }],
    layout: baseLayout({
      title: title(`${shorten(obj.label, 50)} for each combination`, '✗: fails the target. ?: cannot tell yet. Outlined: the recommended configuration. Fewer replications: less precise.'),
      margin: { t: 90, r: 24, b: 60, l: 24 },
      xaxis: { type: 'category', title: { text: plotlyText(pathName(dx.path)) } },
      yaxis: { type: 'category', title: { text: plotlyText(pathName(dy.path)) }, automargin: true },
      shapes,
    }),
  };
}

/**
 * Why no configuration is recommended, by the search's outcome. The banner said "No configuration met the target"
 * for a search stopped at its replication cap while one configuration met it and the answer said so (review of the
 * change: a size run at 30 replications).
 */
function noChoice(outcome: SizeDocument['outcome']): string {
  if (outcome === 'capped-inconclusive') return 'No configuration is recommended: the replication cap came before the search could decide (the answer above says between which).';
  if (outcome === 'stopped') return 'No configuration is recommended: the search was stopped before it ended.';
  return 'No configuration met the target with the stated confidence.';
}

/** The sizing report: the answer, the trade-off chart, the heat map, every configuration (comparable ones together). */
export function sizeReport(doc: SizeDocument): PageContent {
  const charts = [paretoChart(doc), heatMapChart(doc)].filter((c): c is ChartSpec => c !== null);
  const objText = describe(doc, doc.objective)?.label ?? doc.objective;
  const { full, early, fullCount } = comparableSplit(doc);
  const body = html`<h1>${doc.scenario.name}: sizing</h1>
<p class="lede">Which capacity gives the lowest ${objText.toLowerCase()} and still meets the target? Searched: ${doc.dimensions.map((d) => `${pathName(d.path)} ∈ {${d.values.join(', ')}}`).join('; ')}, ${doc.configurations.length} configurations.</p>
${warnings(doc.provenance)}
${sizeAnswer(doc)}
${doc.chosen === null ? html`<div class="banner" id="chosen">${noChoice(doc.outcome)}</div>` : ''}
${charts.length > 0 ? html`<section id="trade-off"><h2>Cost against risk</h2>${charts.map(chartDiv)}</section>` : ''}
<section id="configurations"><h2>Every configuration</h2>
<p class="note">Method: ${doc.method}</p>
<p class="lede">Run to the end: ${countOf(full.length, 'configuration')}, ${countOf(fullCount, 'replication')} each; their numbers compare directly.</p>
${configurationRows(doc, full, 'configuration-table')}
${early.length ? html`<h3>Stopped early</h3><p class="lede">The search stopped spending replications on these (${early.length}); their means rest on fewer replications, so they are less precise and not comparable with the table above.</p>${configurationRows(doc, early, 'early-table')}` : ''}
</section>
${scenarioSection(doc.scenario, doc.provenance)}
${provenanceFooter(doc.provenance)}`;
  return { title: `carecap size: ${doc.scenario.name}`, body, charts };
}
