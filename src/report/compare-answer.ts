import type { CompareDocument, DifferenceSummary, OptionResult } from '../capacity/result-document.js';
import { verdictClass, verdictOf } from './direction.js';
import { formatNumber, formatPercent, countOf } from './format.js';
import { formatAt, formatBoundAt, formatMeanPm, formatSignedAt, isPoint, stepOf, differenceTexts } from './format-interval.js';
import { html, type SafeHtml } from './html.js';
import { optionWords } from './option-words.js';

/**
 * The comparison's first screen: the ranking and, per option, what it
 * changes in words and what it does to cost, spill-overs and out-of-county
 * care, each coloured better / worse / cannot tell. Reads the decision
 * fields of docs/results.md (rank, NPV, payback, sentences) when the
 * document has them; older documents are ordered by mean cost difference.
 */

/** Decision fields an option may carry (all optional: older documents lack them). */
interface Decision {
  rank?: number;
  rankedBy?: string;
  shareCheaper?: number;
  costVerdict?: string;
  npv?: { gbp: number; ci95: [number, number]; discountRatePerYear: number };
  paybackYears?: number | null;
  oneOffGbp?: number;
  sentence?: string;
  /** Screening for the best keeps it (ranking.best). */
  amongBest?: boolean;
}
type DecidedOption = OptionResult & { description?: string; decision?: Decision };
type RankedDocument = CompareDocument & { ranking?: { rankedBy?: string; order?: number[]; sentence?: string; best?: unknown } };

/** The figures the decision table shows, when present. */
const DECISION_FIGURES = ['cost.total', 'spillover.count', 'ooc.childWeeks'];

/** Option indices best first: the document's ranking, else by mean difference in total cost (cheapest first). */
export function optionOrder(doc: CompareDocument): number[] {
  const order = (doc as RankedDocument).ranking?.order;
  const all = doc.options.map((_, i) => i);
  if (Array.isArray(order) && order.every((i) => Number.isInteger(i) && i >= 0 && i < doc.options.length)) {
    return [...order, ...all.filter((i) => !order.includes(i))];
  }
  const cost = (i: number) => doc.options[i].differences.find((d) => d.id === 'cost.total')?.meanDifference ?? 0;
  return all.sort((a, b) => cost(a) - cost(b));
}

/** A difference as `+£1.2m (+£0.4m to +£2.0m)` with its verdict word, coloured. */
export function differenceCell(d: DifferenceSummary | undefined): SafeHtml {
  if (!d) return html`<td class="num">–</td>`;
  if (verdictOf(d) === 'no difference') return html`<td class="num cannot">0<br><small>identical in every replication</small></td>`;
  const t = differenceTexts(d.meanDifference, d.ci95, d.unit);
  const v = verdictOf(d);
  // A difference with no spread (a price change on fixed places) has no interval to show.
  const range = isPoint(d.ci95) ? 'the same in every replication' : `${t.low} to ${t.high}`;
  return html`<td class="num ${verdictClass(v)}">${t.mean}<br><small>${range}</small><br>${v}</td>`;
}

/** NPV and payback cells, when the option carries them. */
function moneyCells(o: DecidedOption, show: boolean): SafeHtml {
  if (!show) return html``;
  const npv = o.decision?.npv;
  const at = (x: number) => formatAt(x, 'GBP', stepOf(npv!.ci95, 'GBP'), Math.max(Math.abs(npv!.ci95[0]), Math.abs(npv!.ci95[1])));
  // The interval's ends keep their sign (formatBoundAt): "−£1.07m to £0.00m" hid whether the NPV is clear of zero.
  const bound = (x: number) => formatBoundAt(x, 'GBP', stepOf(npv!.ci95, 'GBP'), Math.max(Math.abs(npv!.ci95[0]), Math.abs(npv!.ci95[1])));
  const npvCell = npv ? html`<td class="num">${at(npv.gbp)}<br><small>${bound(npv.ci95[0])} to ${bound(npv.ci95[1])}</small></td>` : html`<td class="num">–</td>`;
  const pb = o.decision?.paybackYears;
  // No payback is claimed for a cost difference the interval cannot tell from zero (compare-decision.ts says the same in words).
  // With a detectable difference, no payback means no year shows a detectable outlay: nothing to pay back.
  const pbText = o.decision?.costVerdict === 'no detectable difference' ? 'not stated (cannot tell)'
    : pb === undefined ? (o.decision?.costVerdict ? 'none: no year shows a detectable outlay' : '–')
    : pb === null ? 'not within the horizon' : pb === 0 ? 'no net outlay in the mean profile' : `${formatNumber(pb, 1)} years`;
  return html`${npvCell}<td class="num">${pbText}</td>`;
}

/** Whether the option's costs include a purchase or set-up price (decision.oneOffGbp), so a reader sees what is not costed. */
function oneOffNote(o: DecidedOption): SafeHtml {
  const g = o.decision?.oneOffGbp;
  if (g === undefined) return html``;
  return html`<br><span class="note">${g > 0 ? `One-off cost included: ${formatAt(g, 'GBP', 10 ** (Math.floor(Math.log10(g)) - 2))}` : g < 0 ? 'Less one-off cost than the baseline' : 'No one-off (capital or set-up) cost entered'}</span>`;
}

/**
 * How single paired replications scatter: the share in which the option is
 * cheaper, and the P10 to P90 of the per-replication difference (absent in
 * documents written before it). Both mix the option's effect with the chance
 * of one child placed differently, so the note under the table says they are no forecast range.
 */
function acrossRuns(o: DecidedOption): SafeHtml {
  const share = typeof o.decision?.shareCheaper === 'number' ? formatPercent(o.decision.shareCheaper, 0) : '–';
  const p = o.differences.find((d) => d.id === 'cost.total')?.p10p90;
  if (!p) return html`<td class="num">${share}</td>`;
  const step = stepOf(p, 'GBP');
  const like = Math.max(Math.abs(p[0]), Math.abs(p[1]));
  return html`<td class="num">${share}<br><small>${formatSignedAt(p[0], 'GBP', step, like)} to ${formatSignedAt(p[1], 'GBP', step, like)}</small></td>`;
}

/** The ranked decision table (`#decision-table`). */
export function decisionTable(doc: CompareDocument): SafeHtml {
  const order = optionOrder(doc);
  const options = doc.options as DecidedOption[];
  const figures = DECISION_FIGURES.map((id) => doc.baseline.figures.find((f) => f.id === id)).filter((f) => f !== undefined);
  const money = options.some((o) => o.decision?.npv || o.decision?.paybackYears !== undefined);
  const cheaper = options.some((o) => typeof o.decision?.shareCheaper === 'number');
  const rows = order.map((i, k) => {
    const o = options[i];
    return html`<tr><td class="num">${o.decision?.rank ?? k + 1}</td><td><b>${o.name}</b>${o.decision?.amongBest ? html` <span class="among-best">cannot be ruled out as the best</span>` : ''}<br><span class="note">${optionWords(o)}</span>${oneOffNote(o)}</td>
${figures.map((f) => differenceCell(o.differences.find((d) => d.id === f!.id)))}${moneyCells(o, money)}${cheaper ? acrossRuns(o) : ''}</tr>`;
  });
  return html`<table id="decision-table" class="compact"><thead><tr><th class="num">Rank (by mean)</th><th>Option and what it changes</th>
${figures.map((f) => html`<th class="num">${f!.label}: option − baseline (95% CI)</th>`)}${money ? html`<th class="num">Net present value (saving +)</th><th class="num">Payback, years from the start date (undiscounted, on mean yearly savings; no interval)</th>` : ''}${cheaper ? html`<th class="num">Paired replications cheaper than baseline; their middle 80% (total cost, option − baseline)*</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The opening sentences: the document's own, or the cheapest option and how many cannot be told apart. */
function sentences(doc: CompareDocument): SafeHtml {
  const ranking = (doc as RankedDocument).ranking?.sentence;
  if (ranking) return html`<p class="answer">${ranking}</p>`;
  const cost = doc.options.map((o) => ({ o, d: o.differences.find((d) => d.id === 'cost.total') })).filter((x) => x.d);
  const unclear = cost.filter((x) => !x.d!.clearOfZero).length;
  const base = doc.baseline.figures.find((f) => f.id === 'cost.total');
  const best = optionOrder(doc).map((i) => cost.find((x) => x.o === doc.options[i])).find((x) => x);
  return html`<p class="answer">${base ? `The baseline “${doc.baseline.name}” costs ${formatMeanPm(base.mean, base.ci95, 'GBP')} over the period. ` : ''}${best ? `Lowest mean total cost: “${best.o.name}”, ${formatSignedAt(best.d!.meanDifference, 'GBP', stepOf(best.d!.ci95, 'GBP'))} against the baseline (${verdictOf(best.d!)}). ` : ''}${unclear ? `For ${unclear} of ${cost.length} options the run cannot tell the total cost from the baseline's (the 95% interval includes zero).` : ''}</p>`;
}

/**
 * The saving profile a medium-term financial plan needs: each option's
 * undiscounted cost difference from the baseline in each financial year,
 * with its paired 95% interval, coloured like the other differences
 * (`#fy-profile`). Absent when no decision carries years.
 */
function financialYearProfile(doc: CompareDocument): SafeHtml {
  const options = optionOrder(doc).map((i) => doc.options[i] as DecidedOption & { decision?: { byFinancialYear?: { fy: string; meanDifferenceGbp: number; ci95: [number, number] }[] } });
  const years = options.find((o) => o.decision?.byFinancialYear?.length)?.decision?.byFinancialYear?.map((y) => y.fy) ?? [];
  if (years.length === 0) return html``;
  const cell = (y: { meanDifferenceGbp: number; ci95: [number, number] } | undefined) => differenceCell(y ? {
    id: 'cost.fy', label: '', unit: 'GBP', baseline: 0, option: 0, n: doc.provenance.replications,
    meanDifference: y.meanDifferenceGbp, sdDifference: 0, ci95: y.ci95, clearOfZero: y.ci95[0] > 0 || y.ci95[1] < 0,
  } : undefined);
  return html`<h3>Cost by financial year: option − baseline</h3>
<p class="note">Undiscounted cash in each year (negative: the option costs less that year), with the paired 95% interval: the profile a medium-term financial plan needs. One-off (capital or set-up) costs fall in the year they are paid, beside running costs; no value is counted for what they buy at the end of the period. The net present value above discounts these.</p>
<table id="fy-profile" class="compact"><thead><tr><th>Option</th>${years.map((y) => html`<th class="num">${y}</th>`)}</tr></thead><tbody>
${options.map((o) => html`<tr><td><b>${o.name}</b></td>${years.map((fy) => cell(o.decision?.byFinancialYear?.find((y) => y.fy === fy)))}</tr>`)}
</tbody></table>`;
}

/** What the last column of the decision table is, when it is there: the scatter of paired runs, not a forecast range. */
function spreadNote(doc: CompareDocument): SafeHtml {
  if (!doc.options.some((o) => typeof (o as DecidedOption).decision?.shareCheaper === 'number')) return html``;
  return html`<p class="note">* Both arms start with the same children and draws, but one child placed differently (a bed free in one and not the other) changes what follows in that pair of runs, so a single pair's difference mixes the option's effect with chance. Single paired replications therefore scatter widely even for a small change, and their share cheaper and middle 80% are no forecast of the option's effect in any one future: only the mean difference and its 95% interval describe the option.</p>`;
}

/** Each option's decision in words (when the document has them), best first and named. */
function decisionSentences(doc: CompareDocument): SafeHtml {
  const options = optionOrder(doc).map((i) => doc.options[i] as DecidedOption).filter((o) => o.decision?.sentence);
  if (options.length === 0) return html``;
  return html`<ul id="decision-sentences">${options.map((o) => html`<li><b>${o.name}</b>: ${o.decision!.sentence}</li>`)}</ul>`;
}

/** The answer section of the comparison report. */
export function compareAnswer(doc: CompareDocument): SafeHtml {
  const ranked = (doc as RankedDocument).ranking;
  return html`<section id="answer" class="answer-box"><h2 class="first">The answer</h2>
${sentences(doc)}
<p class="note">${ranked ? `In order of mean ${ranked.rankedBy === 'npv' ? 'net present value' : 'cost difference'}; the order alone is no finding${ranked.best ? ': options marked “cannot be ruled out as the best” are those screening keeps (the sentence above)' : ''}.` : 'Ordered by mean difference in total cost, cheapest first; the verdicts say which differences the run can tell from zero.'} Each option runs with the same children as the baseline (common random numbers), ${countOf(doc.provenance.replications, 'replication')}. Better and worse are judged by the 95% interval of the paired difference; “cannot tell” means it includes zero. Every figure takes the scenario's prices, growth and demand as given (<a href="#assumptions">prices and assumptions</a>).</p>
${decisionTable(doc)}
${spreadNote(doc)}
${decisionSentences(doc)}
${financialYearProfile(doc)}
</section>`;
}
