import { unitName } from './chart-common.js';
import type { FigureSummary, RunDocument } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { figureBarChart } from './chart-common.js';
import { byUnit, isOutreachWait, isShareFull, isSpillover, isStability } from './figure-select.js';
import { figureTable } from './figure-table.js';
import { formatNumber, countOf } from './format.js';
import { html, type SafeHtml } from './html.js';
import type { PageContent } from './page.js';
import { chartDiv } from './page.js';
import { costByYearChart, costDistributionChart, domId, occupancyChart } from './run-charts.js';
import { provenanceFooter, scenarioSection, warnings } from './scenario-section.js';
import { runAnswer } from './run-answer.js';
import { childrenOverTimeChart } from './run-time-chart.js';

/** A report section: heading, a sentence on how to read it, its charts; empty when it has none. */
export function chartSection(id: string, heading: string, intro: string, charts: ChartSpec[], into: ChartSpec[]): SafeHtml {
  if (charts.length === 0) return html``;
  into.push(...charts);
  return html`<section id="${id}"><h2>${heading}</h2><p class="lede">${intro}</p>${charts.map(chartDiv)}</section>`;
}

/** Bar charts of the figures a predicate picks, one chart per unit. */
function figureCharts(figures: FigureSummary[], pick: (f: FigureSummary) => boolean, div: string, heading: string): ChartSpec[] {
  const groups = byUnit(figures.filter(pick));
  // With several units, each chart says which quantity it shows (two charts never share one title).
  return groups.map((g, i) => figureBarChart(groups.length > 1 ? `${div}-${i + 1}` : div, groups.length > 1 ? `${heading}: ${unitName(g[0].unit).toLowerCase()}` : heading, g));
}

/** The run report: scenario, occupancy, time full, spill-over, cost, outreach, moves, all figures. */
export function runReport(doc: RunDocument): PageContent {
  const charts: ChartSpec[] = [];
  const f = doc.figures;
  const cost = [costByYearChart(doc), costDistributionChart(f)].filter((c): c is ChartSpec => c !== null);
  const overTime = [childrenOverTimeChart(doc)].filter((c): c is ChartSpec => c !== null);
  const body = html`<h1>${doc.scenario.name}</h1>
<p class="lede">Capacity run: ${countOf(doc.provenance.replications, 'replication')} of the scenario, seed ${doc.provenance.seed}.</p>
${warnings(doc.provenance, doc.failures)}
${runAnswer(doc)}
${chartSection('over-time', 'Children over time', 'Where children are placed, month by month or quarter by quarter.', overTime, charts)}
${scenarioSection(doc.scenario, doc.provenance)}
${chartSection('occupancy', 'How full each service is, week by week', 'Children present each week across all replications. Where the median meets the dashed line, the service is usually full and children spill over.', doc.series.map((s) => occupancyChart(s, doc.weekStarts)), charts)}
${chartSection('time-full', 'Share of time full', 'How much of the reporting period each service had no free place.', figureCharts(f, isShareFull, 'time-full-chart', 'Share of time each service is full'), charts)}
${chartSection('spillover', 'Spill-overs and out-of-county care', 'Children placed externally because no local place was free, and the weeks they spent out of county.', figureCharts(f, isSpillover, 'spillover-chart', 'Spill-overs and external placements'), charts)}
${chartSection('cost', 'Cost', 'What the services and placements cost, by year and over the whole period.', cost, charts)}
${chartSection('outreach', 'Outreach waits', 'Children waiting for an outreach slot when all were taken.', figureCharts(f, isOutreachWait, 'outreach-chart', 'Waiting for outreach'), charts)}
${chartSection('stability', 'Placement moves', 'Moves and breakdowns: each one is a child changing placement.', figureCharts(f, isStability, 'stability-chart', 'Placement stability'), charts)}
${precisionNote(doc)}
<section id="figures"><h2>Every figure</h2>
<p class="lede">Mean over replications with the 95% confidence interval of that mean; P10, P50 and P90 show the spread of outcomes between replications.</p>
${figureTable(f)}</section>
${provenanceFooter(doc.provenance)}`;
  return { title: `carecap run: ${doc.scenario.name}`, body, charts };
}

/** What the precision target asked for and whether the run met it. */
function precisionNote(doc: RunDocument): SafeHtml {
  const p = doc.precision;
  if (!p) return html``;
  const achieved = Object.entries(p.achieved).map(([id, v]) => `${id} ${formatNumber(v, 4)}`).join('; ');
  return html`<p class="note" id="precision">The replication count was driven by a precision target of ${formatNumber(p.target, 4)} (${p.met ? 'met' : 'not met'}). Achieved: ${achieved}.</p>`;
}

export { domId };
