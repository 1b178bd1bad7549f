import type { FigureSummary, SizeConfiguration, SizeDocument } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { baseLayout, COLOURS, title, unitAxis, withUnit } from './chart-common.js';
import { plotlyText } from './escape.js';
import { formatNumber, formatValue } from './format.js';
import { html, type SafeHtml } from './html.js';
import { chartDiv, type PageContent } from './page.js';
import { provenanceFooter, scenarioSection, warnings } from './scenario-section.js';

/** `services.hub.beds` → `hub.beds`: the path as a reader knows it. */
function pathName(path: string): string {
  return path.replace(/^services\./, '');
}

/** `hub.beds 4, outreach.slots 12`. */
export function settingsText(settings: Record<string, number>): string {
  return Object.entries(settings).map(([k, v]) => `${pathName(k)} ${v}`).join(', ');
}

function fig(c: SizeConfiguration, id: string): FigureSummary | undefined {
  return c.figures.find((f) => f.id === id);
}

/** The first summary of a figure in any configuration: its label and unit. */
function describe(doc: SizeDocument, id: string): FigureSummary | undefined {
  for (const c of doc.configurations) {
    const f = fig(c, id);
    if (f) return f;
  }
  return undefined;
}

const FEASIBLE_STYLE = {
  yes: { name: 'meets the target', symbol: 'circle', color: COLOURS.main },
  unclear: { name: 'not yet clear', symbol: 'circle-open', color: COLOURS.second },
  no: { name: 'fails the target', symbol: 'x', color: COLOURS.grey },
} as const;

function hover(doc: SizeDocument, c: SizeConfiguration): string {
  const lines = [`<b>${plotlyText(settingsText(c.settings))}</b>`];
  for (const id of [doc.objective, doc.riskFigure, doc.target.figure]) {
    const f = fig(c, id);
    if (f && !lines.some((l) => l.startsWith(plotlyText(f.label)))) lines.push(`${plotlyText(f.label)}: ${formatValue(f.mean, f.unit)}`);
  }
  lines.push(`${c.replications} replications; ${FEASIBLE_STYLE[c.feasible].name}${c.dropped ? '; ' + plotlyText(c.dropped) : ''}`);
  return lines.join('<br>');
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
    data.push({ type: 'scatter', mode: 'markers+text', name: 'chosen: cheapest meeting the target', x: [x(chosen)], y: [y(chosen)],
      marker: { symbol: 'star', size: 20, color: COLOURS.warn, line: { color: COLOURS.ink, width: 1 } },
      text: [plotlyText(settingsText(chosen.settings))], textposition: 'bottom right', textfont: { color: COLOURS.warn, size: 13 },
      hovertext: [hover(doc, chosen)], hoverinfo: 'text' });
  }
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
      title: title(`${obj.label} against ${risk.label}`, 'Each point: one configuration, mean over its replications. Ringed and joined: the Pareto front (no other configuration is both cheaper and lower-risk).'),
      xaxis: unitAxis(obj.unit, withUnit(obj.label, obj.unit)),
      yaxis: { ...unitAxis(risk.unit, withUnit(risk.label, risk.unit)), rangemode: 'tozero' },
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
  const text = dy.values.map((vy) => dx.values.map((vx) => {
    const c = at(vx, vy);
    const f = cell(vx, vy);
    if (!c || !f) return 'not run';
    return `${formatValue(f.mean, f.unit)}${c.feasible === 'yes' ? '' : c.feasible === 'no' ? ' ✗' : ' ?'}`;
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
      colorbar: { title: { text: plotlyText(withUnit(obj.label, obj.unit)) }, tickprefix: obj.unit === 'GBP' ? '£' : '', tickformat: obj.unit === 'GBP' ? '.3~s' : '' } }],
    layout: baseLayout({
      title: title(`${obj.label} for each combination`, '✗: fails the target. ?: not yet clear. Outlined: the chosen configuration.'),
      xaxis: { type: 'category', title: { text: plotlyText(pathName(dx.path)) } },
      yaxis: { type: 'category', title: { text: plotlyText(pathName(dy.path)) }, automargin: true },
      shapes,
    }),
  };
}

/** Every configuration: settings, feasibility, objective and risk, best first. */
export function configurationTable(doc: SizeDocument): SafeHtml {
  const ids = [...new Set([doc.objective, doc.riskFigure, doc.target.figure])];
  const described = ids.map((id) => describe(doc, id)).filter((f): f is FigureSummary => !!f);
  const rows = doc.configurations.map((c, i) => html`<tr${i === doc.chosen ? html` class="chosen"` : ''}>
${doc.dimensions.map((d) => html`<td class="num">${formatNumber(c.settings[d.path], 2)}</td>`)}
<td>${FEASIBLE_STYLE[c.feasible].name}${i === doc.chosen ? ' (chosen)' : ''}</td><td>${c.onParetoFront ? 'yes' : ''}</td>
<td class="num">${c.replications}</td>
${described.map((d) => { const f = fig(c, d.id); return html`<td class="num">${f ? formatValue(f.mean, f.unit) : '–'}</td>`; })}
<td>${c.dropped ?? ''}</td></tr>`);
  return html`<table id="configuration-table"><thead><tr>${doc.dimensions.map((d) => html`<th class="num">${pathName(d.path)}</th>`)}
<th>Target</th><th>Pareto front</th><th class="num">Replications</th>${described.map((d) => html`<th class="num">${d.label} (mean)</th>`)}<th>Stopped early</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The sizing report: the question, the choice, the trade-off chart, the heat map, all configurations. */
export function sizeReport(doc: SizeDocument): PageContent {
  const charts = [paretoChart(doc), heatMapChart(doc)].filter((c): c is ChartSpec => c !== null);
  const target = describe(doc, doc.target.figure);
  const chosen = doc.chosen === null ? undefined : doc.configurations[doc.chosen];
  const targetText = `${target?.label ?? doc.target.figure} ≤ ${target ? formatValue(doc.target.value, target.unit) : doc.target.value} with ${formatNumber(doc.target.confidence * 100, 1)}% confidence`;
  const objText = describe(doc, doc.objective)?.label ?? doc.objective;
  const body = html`<h1>${doc.scenario.name}: sizing</h1>
<p class="lede">Search (${doc.method}) over ${doc.dimensions.map((d) => `${pathName(d.path)} ∈ {${d.values.join(', ')}}`).join('; ')} for the lowest ${objText} meeting: ${targetText}.</p>
${warnings(doc.provenance)}
${chosen ? html`<div class="facts" id="chosen"><p><b>Chosen:</b> ${settingsText(chosen.settings)}: the cheapest configuration that meets the target.</p></div>`
    : html`<div class="banner" id="chosen">No configuration met the target with the stated confidence.</div>`}
${charts.length > 0 ? html`<section id="trade-off"><h2>Cost against risk</h2>${charts.map(chartDiv)}</section>` : ''}
<section id="configurations"><h2>Every configuration</h2>${configurationTable(doc)}</section>
${scenarioSection(doc.scenario, doc.provenance)}
${provenanceFooter(doc.provenance)}`;
  return { title: `carecap size: ${doc.scenario.name}`, body, charts };
}
