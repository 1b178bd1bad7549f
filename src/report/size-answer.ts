import type { SizeConfiguration, SizeDocument } from '../capacity/result-document.js';
import { formatNumber, formatValue, countOf } from './format.js';
import { formatMeanPm, differenceTexts } from './format-interval.js';
import { html, type SafeHtml } from './html.js';
import { configNumber, decisionOf, stoppedWords, zonesText, describeFigure, figureOf, marksOf, pathName, settingsText, VERDICT_WORDS } from './size-words.js';

/**
 * The sizing report's first screen and its configuration tables. Only
 * comparable numbers stand side by side: configurations run to the full
 * replication count are in one table, those the search stopped early in
 * another, each saying how many replications its numbers rest on.
 */

const MARK_WORDS = { chosen: 'recommended', tie: 'within δ of the recommended', today: "today's" } as const;

function marks(doc: SizeDocument, i: number): SafeHtml {
  return html`${marksOf(doc, i).map((m) => html`<span class="tag ${m}">${MARK_WORDS[m]}</span>`)}`;
}

/** A figure of a configuration as mean ± CI, or a dash. */
function pm(c: SizeConfiguration, id: string): string {
  const f = figureOf(c, id);
  return f ? formatMeanPm(f.mean, f.ci95, f.unit, true, f.n) : '–';
}

/** The paired difference from the recommendation on the replications both ran: the comparable number. */
function pairedCell(c: SizeConfiguration): SafeHtml {
  const d = c.versusRecommended;
  if (!d) return html`<td class="num">–</td>`;
  const t = differenceTexts(d.meanDifference, d.ci95, d.unit);
  return html`<td class="num">${t.mean}<br><small>${t.low} to ${t.high}, n ${d.n}</small></td>`;
}

/** The figures a configuration table shows: objective, then target figure. */
function shownIds(doc: SizeDocument): string[] {
  return [...new Set([doc.objective, doc.target.figure])];
}

/** A table of the given configurations (by index). */
export function configurationRows(doc: SizeDocument, indices: number[], id: string): SafeHtml {
  const ids = shownIds(doc);
  const why = indices.some((i) => doc.configurations[i].dropped);
  const paired = doc.chosen !== null && indices.some((i) => doc.configurations[i].versusRecommended);
  const rows = indices.map((i) => {
    const c = doc.configurations[i];
    return html`<tr${i === doc.chosen ? html` class="chosen"` : ''}><td class="num">${configNumber(i)}</td>
${doc.dimensions.map((d) => html`<td class="num">${formatNumber(c.settings[d.path], 2)}</td>`)}
<td>${VERDICT_WORDS[c.feasible]}${marks(doc, i)}${c.onParetoFront ? html`<span class="tag">Pareto front</span>` : ''}</td><td class="num">${c.replications}</td>
${ids.map((fid) => html`<td class="num">${pm(c, fid)}</td>`)}${paired ? pairedCell(c) : ''}${why ? html`<td>${stoppedWords(doc, i)}</td>` : ''}</tr>`;
  });
  return html`<table id="${id}" class="compact"><thead><tr><th class="num">#</th>${doc.dimensions.map((d) => html`<th class="num">${pathName(d.path)}</th>`)}
<th>Target</th><th class="num">Replications</th>${ids.map((fid) => html`<th class="num">${describeFigure(doc, fid)?.label ?? fid} (mean ± 95% CI)</th>`)}${paired ? html`<th class="num">${describeFigure(doc, doc.objective)?.label ?? doc.objective} − recommended ${configNumber(doc.chosen!)} (paired, 95% CI)</th>` : ''}${why ? html`<th>Why it stopped early</th>` : ''}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** Indices split by whether they ran the full (largest) replication count. */
export function comparableSplit(doc: SizeDocument): { full: number[]; early: number[]; fullCount: number } {
  const fullCount = Math.max(0, ...doc.configurations.map((c) => c.replications));
  const all = doc.configurations.map((_, i) => i);
  return { full: all.filter((i) => doc.configurations[i].replications === fullCount), early: all.filter((i) => doc.configurations[i].replications < fullCount), fullCount };
}

/** The answer in words: the document's statement, or the recommendation with its numbers. */
function statement(doc: SizeDocument): string {
  const d = decisionOf(doc);
  if (d.statement) return d.statement;
  const chosen = doc.chosen === null ? undefined : doc.configurations[doc.chosen];
  const obj = describeFigure(doc, doc.objective);
  if (!chosen) return `No configuration was shown to meet the target with ${formatNumber(doc.target.confidence * 100, 1)}% confidence.`;
  const target = describeFigure(doc, doc.target.figure);
  return `Recommended: configuration ${configNumber(doc.chosen!)} (${settingsText(chosen.settings)}), the lowest mean ${(obj?.label ?? doc.objective).toLowerCase()} among the configurations shown to meet the target: ${pm(chosen, doc.objective)}; ${(target?.label ?? doc.target.figure).toLowerCase()} ${pm(chosen, doc.target.figure)} (${countOf(chosen.replications, 'replication')}).`;
}


/** The answer section of the sizing report. */
export function sizeAnswer(doc: SizeDocument): SafeHtml {
  const d = decisionOf(doc);
  const target = describeFigure(doc, doc.target.figure);
  const targetText = `${target?.label ?? doc.target.figure} ≤ ${target ? formatValue(doc.target.value, target.unit) : doc.target.value} with ${formatNumber(doc.target.confidence * 100, 1)}% confidence`;
  const featured = [...new Set([...(doc.chosen === null ? [] : [doc.chosen]), ...(d.tieSet ?? []), ...(d.today?.index != null ? [d.today.index] : [])])];
  const today = d.today && d.today.index === null ? html`<p>Today's configuration (${settingsText(d.today.settings)}) is outside the searched grid.</p>` : '';
  return html`<section id="answer" class="answer-box"><h2 class="first">The answer</h2>
<p class="answer">${statement(doc)}</p>
<p class="note">Target: ${targetText}.${zonesText(doc)}${d.rule && d.recommendedBy === 'rule' ? ` The procedure ended with several configurations it could not separate; the rule that picked one: ${d.rule}.` : ''}${d.budget !== undefined ? ` Budget: ${formatValue(d.budget, 'GBP')}.` : ''} ± is the 95% confidence interval of the mean; numbers resting on fewer replications are less precise, and means over different numbers of replications are not comparable (a configuration stopped early may show a lower mean than the recommendation's): the column against the recommendation compares the two on the same replications. Everything takes the scenario's prices, growth and demand as given (<a href="#assumptions">prices and assumptions</a>).</p>
${today}
${featured.length ? configurationRows(doc, featured, 'answer-table') : ''}
</section>`;
}
