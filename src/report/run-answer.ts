import type { FigureSummary, RunDocument } from '../capacity/result-document.js';
import { figureById } from './figure-select.js';
import { formatDate, formatNumber, countOf } from './format.js';
import { formatMeanPm, formatRangeAt, stepOf } from './format-interval.js';
import { html, type SafeHtml } from './html.js';
import { fyTable } from './run-years.js';
import { targetsTable } from './targets.js';
import { costByYearMini } from './mini-chart.js';

/**
 * The run report's first screen: the answer a Cabinet paper could quote, as
 * plain sentences and a small table of headline figures with their 95% CI
 * and P10–P90 spread. Figures are picked by id; a missing one is left out.
 */

/** Headline figures in reading order, with the sentence each one gives. */
const HEADLINES: { id: string; say: (pm: string, f: FigureSummary) => string }[] = [
  // The sentence a Cabinet paper quotes: the mean's precision and the spread of futures side by side, with the money's basis.
  { id: 'cost.total', say: (pm, f) => `The services and placements cost ${pm} over the period (cash, undiscounted; in 8 of 10 simulated futures ${formatRangeAt(f.p10, f.p90, f.unit, stepOf(f.ci95, f.unit))}).` },
  { id: 'spillover.count', say: (pm) => `${pm} times a child needed a local place and none was free (a spill-over).` },
  { id: 'spillover.share', say: (pm) => `That is ${pm} of requests for a local place.` },
  { id: 'spillover.children', say: (pm) => `Spill-overs happened to ${pm} children (each counted once).` },
  { id: 'ooc.childWeeks', say: (pm) => `Children spent ${pm} placed out of county.` },
  { id: 'ooc.children', say: (pm) => `${pm} children were out of county at some time (today's included).` },
  // Gross, and said so: a child a local place had taken would have cost something there too, so this is not what
  // spill-overs add (finance review 3: a Hub bed's option moves it by −£6.9m against a saving of £1.1m).
  { id: 'cost.spillovers', say: (pm) => `The placements spill-overs sent children to cost ${pm} of the total, for as long as they lasted in the period: what those placements cost, not what spill-overs added, since a local place would have cost something too.` },
  // An assumption multiplied out, not a comparison the model makes: said so (review 6).
  { id: 'cost.breakdownUplift', say: (pm) => `The breakdown uplift, an assumed weekly rise on the first placement after a breakdown for as long as that placement lasts (placements.*.breakdownUpliftWeeklyGbp), adds ${pm} to the total.` },
  { id: 'hub.shareTimeFull', say: (pm) => `The Hub had no free bed ${pm} of the time.` },
  { id: 'outreach.meanWaitDays', say: (pm) => `A child starting outreach support waited ${pm} on average.` },
  { id: 'stability.breakdowns', say: (pm) => `${pm} placements broke down.` },
];

/** The headline figures present in the document, in HEADLINES order. */
export function headlineFigures(figures: FigureSummary[]): { figure: FigureSummary; say: (pm: string, f: FigureSummary) => string }[] {
  return HEADLINES.flatMap((h) => {
    const figure = figureById(figures, h.id);
    return figure ? [{ figure, say: h.say }] : [];
  });
}

/** One headline row: the figure, its mean ± 95% CI half-width, and the P10–P90 spread at the same precision. */
function headlineRow(f: FigureSummary): SafeHtml {
  const step = stepOf(f.ci95, f.unit);
  return html`<tr><td>${f.label}</td><td class="num">${formatMeanPm(f.mean, f.ci95, f.unit, true, f.n)}</td><td class="num">${formatRangeAt(f.p10, f.p90, f.unit, step)}</td></tr>`;
}

/** The table of headline figures (`#headline-table`), shared by the run report and its tests. */
export function headlineTable(figures: FigureSummary[]): SafeHtml {
  const rows = headlineFigures(figures).map((h) => headlineRow(h.figure));
  return html`<table id="headline-table" class="compact"><thead><tr><th>Figure</th><th class="num">Mean ± 95% CI</th><th class="num">Spread: P10 to P90</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** "Over the 5 years from 1 Apr 2026 (200 replications): …" in sentences. */
function sentences(doc: RunDocument): SafeHtml {
  const first = doc.weekStarts[0];
  const intro = `Over ${formatNumber(doc.scenario.horizonYears)} years from ${formatDate(first ?? doc.scenario.startDate)}, across ${countOf(doc.provenance.replications, 'replication')}:`;
  const said = headlineFigures(doc.figures).map((h) => h.say(formatMeanPm(h.figure.mean, h.figure.ci95, h.figure.unit, true, h.figure.n), h.figure));
  return html`<p class="answer">${intro} ${said.join(' ')}</p>`;
}

/** The answer section: sentences, headline table, key figures by financial year. */
export function runAnswer(doc: RunDocument): SafeHtml {
  return html`<section id="answer" class="answer-box">
<h2 class="first">The answer</h2>
${sentences(doc)}
${targetsTable(doc, doc.figures)}
<p class="note">± is the 95% confidence interval of the mean (how precisely the run pins the average down). P10 to P90 is the spread of outcomes: in 8 of 10 simulated futures the figure lies in that range. Both take the scenario's prices, growth and demand as given (<a href="#assumptions">prices and assumptions</a>): uncertainty in those is not in them; <code>carecap sensitivity</code> shows it.</p>
<div class="grid2">
<div>${headlineTable(doc.figures)}</div>
<div>${fyTable(doc)}${costByYearMini(doc)}</div>
</div>
</section>`;
}
