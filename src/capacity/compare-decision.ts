import type { DifferenceSummary, OptionDecision } from './result-document.js';
import type { CostFlows } from './cost-flows.js';
import type { BestSubset } from './best-subset.js';
import { stepOf, formatBoundAt } from '../report/format-interval.js';

/**
 * A comparison read as a decision (docs/sizing.md, Compare as a decision):
 * per option the verdict on total cost, the share of replications it is
 * cheaper in, net present value and payback, and the cost per spill-over
 * and per out-of-county child-week avoided, shown only when the avoided
 * count's 95% interval excludes zero; then the options ranked.
 */

/** Pounds for a sentence: £1.2m, £640k, £950. */
export function money(gbp: number): string {
  const sign = gbp < 0 ? '−' : '';
  const a = Math.abs(gbp);
  if (a >= 995e3) {
    // Rounded in whole units of the last digit shown: (0.995).toFixed(2) is "0.99" (0.995 is stored as 0.99499…), so £995,000 read "£0.99m".
    const digits = a >= 1e8 ? 0 : a >= 1e7 ? 1 : 2;
    return `${sign}£${(Math.round(a / 10 ** (6 - digits)) / 10 ** digits).toFixed(digits)}m`;
  }
  if (a >= 1e4) return `${sign}£${Math.round(a / 1e3)}k`;
  return `${sign}£${Math.round(a).toLocaleString('en-GB')}`;
}

const find = (ds: DifferenceSummary[], id: string) => ds.find((d) => d.id === id);

/** Extra cost per unit avoided, or null when the count's change is not detectable or not a reduction. */
function perAvoided(cost: DifferenceSummary, count: DifferenceSummary | undefined): number | null {
  if (!count || !count.clearOfZero || count.meanDifference >= 0) return null;
  return cost.meanDifference / -count.meanDifference;
}

/** The 95% intervals of the per-unit ratios, where a ratio is stated (cost-flows.ts `perAvoided`). */
function ratioIntervals(flows: CostFlows, cost: DifferenceSummary, ds: DifferenceSummary[]): Partial<OptionDecision> {
  const ci = (id: 'spillover.count' | 'ooc.childWeeks') => (perAvoided(cost, find(ds, id)) === null ? undefined : flows.perAvoided?.(id)?.ci95);
  const spill = ci('spillover.count');
  const ooc = ci('ooc.childWeeks');
  return { ...(spill ? { costPerSpilloverAvoidedCi95: spill } : {}), ...(ooc ? { costPerOocWeekAvoidedCi95: ooc } : {}) };
}

/** The verdict on a cost difference: cheaper, costlier, or no detectable difference (its 95% interval includes zero). */
export function verdict(cost: Pick<DifferenceSummary, 'clearOfZero' | 'meanDifference'>): OptionDecision['costVerdict'] {
  if (!cost.clearOfZero) return 'no detectable difference';
  return cost.meanDifference < 0 ? 'cheaper' : 'costlier';
}

/**
 * One option's decision; rank is filled in by {@link rankOptions}.
 * `oneOffGbp`: the one-off (capital or set-up) costs the option's scenario
 * enters beyond the baseline's (otherCosts.oneOff), said in the sentence
 * either way: an option that buys or opens something with none entered is
 * costed without its purchase price.
 */
export function decideOption(differences: DifferenceSummary[], flows: CostFlows, rankedBy: OptionDecision['rankedBy'], oneOffGbp?: number): OptionDecision {
  const cost = find(differences, 'cost.total');
  if (!cost) throw new Error('compare: no cost.total difference to decide on');
  const pv = flows.presentValue();
  const d: OptionDecision = {
    rank: 0, rankedBy, shareCheaper: flows.shareCheaper, costVerdict: verdict(cost),
    npv: { gbp: pv.gbp, ci95: pv.ci95, discountRatePerYear: flows.discounting.realRate, deflatorPerYear: flows.discounting.deflator, discounting: discountingText(flows) },
    // Withheld, in every output alike, when the cost difference cannot be told from zero (a payback then states a saving
    // the data does not show), or when no financial year shows a detectable outlay: a change that costs nothing up
    // front has nothing to pay back, and a payback read off years that cannot be told from zero is noise (review 6:
    // "pays back in 2.3 years" for an outreach priority order).
    ...(verdict(cost) === 'no detectable difference' || !outlayShown(flows.financialYears()) ? {} : { paybackYears: flows.paybackYears() }),
    costPerSpilloverAvoided: perAvoided(cost, find(differences, 'spillover.count')),
    costPerOocWeekAvoided: perAvoided(cost, find(differences, 'ooc.childWeeks')),
    ...ratioIntervals(flows, cost, differences),
    byFinancialYear: flows.financialYears(),
    ...(oneOffGbp === undefined ? {} : { oneOffGbp }),
    sentence: '',
  };
  d.sentence = sentence(d, cost, differences);
  return d;
}

/** Whether some financial year's option − baseline is clear of zero above: an outlay the data shows. */
function outlayShown(years: { ci95: [number, number] }[]): boolean {
  return years.some((y) => y.ci95[0] > 0);
}

function discountingText(flows: CostFlows): string {
  const { realRate, deflator } = flows.discounting;
  return `nominal cash by financial year discounted at ${pct((1 + realRate) * (1 + deflator) - 1)} a year, i.e. ${pct(realRate)} real after deflating by general inflation (GDP deflator) of ${pct(deflator)} a year; the period's first financial year undiscounted, each later one discounted from the start date to its 1 April`;
}

const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;

/** Pounds with their sign, for the ends of a spread: "−£1.2m", "+£640k", "£0". */
const signed = (gbp: number) => (gbp > 0 ? `+${money(gbp)}` : money(gbp));

/**
 * Pounds of one statement (a mean and its interval) at one scale and one
 * rounding, the interval's: the same rule as the report's tables
 * (format-interval.ts), so a number reads the same in the sentence and in
 * the table beside it ("−£1.36m, 95% CI −£1.88m to −£0.83m", never "… to −£832k").
 */
function statement(ci95: [number, number]): (x: number) => string {
  const step = stepOf(ci95, 'GBP');
  const like = Math.max(Math.abs(ci95[0]), Math.abs(ci95[1]));
  // A bound keeps its sign (formatBoundAt); a mean is never one of the interval's ends, so it rounds alike unless it would read as zero.
  return (x) => formatBoundAt(x, 'GBP', step, like);
}

function sentence(d: OptionDecision, cost: DifferenceSummary, ds: DifferenceSummary[]): string {
  const c = statement(cost.ci95);
  const ci = (a: [number, number], m: (x: number) => string) => `95% CI ${m(a[0])} to ${m(a[1])}`;
  const total = d.costVerdict === 'no detectable difference'
    ? `No detectable difference in total cost (${c(cost.meanDifference)}, ${ci(cost.ci95, c)})`
    : `${d.costVerdict === 'cheaper' ? 'Saves' : 'Costs'} ${c(Math.abs(cost.meanDifference))}${d.costVerdict === 'cheaper' ? '' : ' more'} over the horizon (option − baseline ${c(cost.meanDifference)}, ${ci(cost.ci95, c)})`;
  const n = d.npv ? statement(d.npv.ci95) : c;
  // Said either way, as the cost verdict is: the NPV (the ranking's measure when options carry money) can be clear of zero when the cash total is not, or the reverse.
  const npvClear = d.npv && (d.npv.ci95[0] > 0 || d.npv.ci95[1] < 0);
  const npv = d.npv ? `net present value of the saving ${n(d.npv.gbp)} (${ci(d.npv.ci95, n)}${npvClear ? '' : ': cannot be told from zero'}) at ${pct(d.npv.discountRatePerYear)} real` : '';
  // The spread of the paired replications, said with what it is: the two runs of a pair share their children and
  // draws (their totals correlate at 0.96 to 0.99 in the shipped scenarios, finance review 3), but one child placed
  // differently changes what follows, so the scatter mixes the option's effect with chance: wide even for one more
  // outreach slot (mean −£80k, P10 to P90 −£3.6m to +£3.3m; analyst review, 300 replications) and no forecast range
  // for the option's effect (docs/results.md, differences.csv). Said only when the runs differ: "from £0 to £0" for
  // an option identical to the baseline says nothing.
  const spread = cost.p10p90 && cost.p10p90[0] !== cost.p10p90[1] ? `, which scatter from ${signed(cost.p10p90[0])} to ${signed(cost.p10p90[1])} (middle 80%) because one child placed differently changes what follows in that pair of runs, mixing the option's effect with chance: only the mean and its interval describe the option` : '';
  // How much of the difference is the breakdown uplift, an assumption (placements.*.breakdownUpliftWeeklyGbp) a
  // verdict can rest on (finance review 3), and the difference without it with its own interval and verdict, so a
  // verdict that rests on the uplift is seen to (review 5): said whenever the option moves the uplift at all. Signed,
  // as option − baseline is.
  const up = find(ds, 'cost.breakdownUplift');
  const rest = find(ds, 'cost.totalWithoutBreakdownUplift');
  const moved = (x?: DifferenceSummary): x is DifferenceSummary => !!x && (x.ci95[0] !== 0 || x.ci95[1] !== 0);
  const signedAt = (x: DifferenceSummary) => {
    const f = statement(x.ci95);
    return (v: number) => (v > 0 ? `+${f(v)}` : f(v));
  };
  const without = (x: DifferenceSummary) => {
    const f = signedAt(x);
    return `; without it, ${f(x.meanDifference)} (${ci(x.ci95, f)}): ${verdict(x)}`;
  };
  const uplift = moved(up)
    ? `of which the breakdown uplift (the assumed rise in cost of the placement after a breakdown, placements.*.breakdownUpliftWeeklyGbp: it moves with the number of breakdowns and with whether a placement follows each: a child who goes home from the Hub after one carries none) is ${signedAt(up)(up.meanDifference)} (${ci(up.ci95, signedAt(up))})${rest ? without(rest) : ''}`
    : '';
  // With no detectable cost difference, a payback would state a saving the data cannot show (the per-unit ratio is judged on its own interval below).
  const costKnown = d.costVerdict !== 'no detectable difference';
  const payback = !costKnown ? 'no payback stated (the cost difference is not detectable)'
    : d.paybackYears === undefined ? 'no payback stated (no financial year shows a detectable outlay, so there is nothing to pay back)'
    : d.paybackYears === null ? 'does not pay back within the horizon' : d.paybackYears === 0 ? 'the mean yearly profile shows no net outlay in any year (see each year\'s interval)' : `pays back ${d.paybackYears!.toFixed(1)} years from the start date (undiscounted, on the mean saving of each year: no interval)`;
  const per = (label: string, id: string, v: number | null | undefined, ci95?: [number, number]) => {
    const x = find(ds, id);
    if (v === null || v === undefined) return `${label}: ${x && x.clearOfZero && x.meanDifference > 0 ? 'more, not fewer' : 'no detectable change'}`;
    const one = label.replace(/s$/, '');
    // The ratio is judged on its own interval (cost and count move together on the same children, so it can be
    // clearer than the cost difference alone); without one, on the cost verdict.
    const unclear = ci95 ? ci95[0] <= 0 && ci95[1] >= 0 : !costKnown;
    // One scale and rounding for the ratio and its interval, the interval's ("£22k, 95% CI £4.8k to £39k", never "£4,848 to £39k").
    const fmt = ci95 ? statement([Math.min(ci95[0], -ci95[1]), Math.max(ci95[1], -ci95[0])]) : money;
    const plus = (g: number) => (g > 0 ? `+${fmt(g)}` : fmt(g));
    if (unclear) return `fewer ${label} (${Number(Math.abs(x!.meanDifference).toPrecision(3))}), at a net cost per ${one} avoided that cannot be told from zero${ci95 ? ` (95% CI ${plus(ci95[0])} to ${plus(ci95[1])})` : ''}`;
    // A ratio of two totals (the whole saving or cost ÷ the count avoided), not the price of one: said so, so it is not quoted as a unit cost.
    // Its interval, in the same words: a saving per unit runs from the larger saving to the smaller (or to a cost).
    const range = !ci95 ? '' : v < 0
      ? (ci95[1] <= 0 ? `95% CI ${fmt(-ci95[1])} to ${fmt(-ci95[0])}` : `95% CI from a saving of ${fmt(-ci95[0])} to a cost of ${fmt(ci95[1])}`)
      : (ci95[0] >= 0 ? `95% CI ${fmt(ci95[0])} to ${fmt(ci95[1])}` : `95% CI from a saving of ${fmt(-ci95[0])} to a cost of ${fmt(ci95[1])}`);
    return v < 0 ? `fewer ${label} and cheaper (a net saving of ${fmt(-v)} per ${one} avoided${range ? `, ${range};` : ','} the whole saving ÷ ${label} avoided)` : `${fmt(v)} of net cost per ${one} avoided (${range ? `${range}; ` : ''}the whole extra cost ÷ ${label} avoided)`;
  };
  const oneOff = d.oneOffGbp === undefined ? ''
    : d.oneOffGbp > 0 ? `one-off costs of ${money(d.oneOffGbp)} included (otherCosts.oneOff), with no value counted for what they buy at the end of the period`
      : d.oneOffGbp < 0 ? `${money(-d.oneOffGbp)} less in one-off costs than the baseline`
        : 'no one-off (capital or set-up) cost entered for it';
  return [
    `${total}; cheaper in ${Math.round(d.shareCheaper * 100)}% of paired replications${spread}`,
    uplift, npv, payback, oneOff,
    per('spill-overs', 'spillover.count', d.costPerSpilloverAvoided, d.costPerSpilloverAvoidedCi95),
    per('out-of-county child-weeks', 'ooc.childWeeks', d.costPerOocWeekAvoided, d.costPerOocWeekAvoidedCi95),
  ].filter(Boolean).join('; ') + '.';
}

/** What screening kept, in the ranking: option indices, whether the baseline is among them, and the guarantee. */
export interface RankingScreen {
  options: number[];
  baseline: boolean;
  confidence: number;
  replications: number;
}

/** A list in words: "a", "a and b", "a, b and c". */
function inWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Ranks options in place (rank 1: the best mean) and returns the order, best
 * mean first, with a sentence. The order alone is no finding: with
 * `screen` (best-subset.ts over the baseline and every option, on the
 * ranking's measure) the sentence says which of them the data cannot rule
 * out as the best, and each decision says whether it is among them.
 */
export function rankOptions(
  names: string[], decisions: OptionDecision[], costDifferences: number[],
  screen?: { subset: BestSubset; baselineName: string },
): { rankedBy: OptionDecision['rankedBy']; order: number[]; sentence: string; best?: RankingScreen } {
  const rankedBy = decisions[0]?.rankedBy ?? 'meanCostDifference';
  const score = (i: number) => (rankedBy === 'npv' ? -(decisions[i].npv?.gbp ?? 0) : costDifferences[i]);
  const order = names.map((_, i) => i).sort((a, b) => score(a) - score(b) || a - b);
  order.forEach((i, r) => { decisions[i].rank = r + 1; });
  const by = rankedBy === 'npv'
    ? 'mean net present value of the saving against the baseline (options carry money of their own), highest first'
    : 'mean paired difference in total cost, lowest first';
  const listed = `Options by ${by}: ${order.map((i) => names[i]).join('; ')}.`;
  if (!screen || names.length === 0) {
    return { rankedBy, order, sentence: `${listed} The order is of means only; read each option's interval before treating neighbours as different.` };
  }
  const { subset, baselineName } = screen;
  // Alternative 0 is the baseline, alternative i + 1 option i (compare.ts `savings`).
  const keptOptions = order.filter((i) => subset.kept.includes(i + 1));
  const baselineKept = subset.kept.includes(0);
  decisions.forEach((d, i) => { d.amongBest = subset.kept.includes(i + 1); });
  const best: RankingScreen = { options: keptOptions, baseline: baselineKept, confidence: subset.confidence, replications: subset.replications };
  const measure = rankedBy === 'npv' ? 'net present value' : 'total cost';
  const pct = `${Math.round(subset.confidence * 100)}%`;
  const how = 'screening of the paired replications (Nelson et al. 2001)';
  const kept = [...keptOptions.map((i) => names[i]), ...(baselineKept ? [`the baseline “${baselineName}”`] : [])];
  let finding: string;
  if (kept.length === 1) {
    finding = baselineKept
      ? `On ${measure}, no option beats the baseline “${baselineName}”, with ${pct} confidence: ${how} rules out every option as the best.`
      : `On ${measure}, ${kept[0]} is the best of these options and the baseline, with ${pct} confidence: ${how} rules out every other.`;
  } else if (kept.length === names.length + 1) {
    finding = `On ${measure}, the data cannot separate any of these options or the baseline: ${how} at ${pct} rules none out as the best. More replications may separate them.`;
  } else {
    finding = `On ${measure}, the data cannot separate ${inWords(kept)}: ${how} keeps them as the set that contains the best with ${pct} confidence, and rules out the others, each beaten on the same children by one that is kept.`;
  }
  // The finding first: the order of means is only what follows it.
  return { rankedBy, order, sentence: `${finding} ${listed}`, best };
}
