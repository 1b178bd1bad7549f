import type { DifferenceSummary, OptionDecision } from './result-document.js';
import type { CostFlows } from './cost-flows.js';

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

function verdict(cost: DifferenceSummary): OptionDecision['costVerdict'] {
  if (!cost.clearOfZero) return 'no detectable difference';
  return cost.meanDifference < 0 ? 'cheaper' : 'costlier';
}

/** One option's decision; rank is filled in by {@link rankOptions}. */
export function decideOption(differences: DifferenceSummary[], flows: CostFlows, rankedBy: OptionDecision['rankedBy']): OptionDecision {
  const cost = find(differences, 'cost.total');
  if (!cost) throw new Error('compare: no cost.total difference to decide on');
  const pv = flows.presentValue();
  const d: OptionDecision = {
    rank: 0, rankedBy, shareCheaper: flows.shareCheaper, costVerdict: verdict(cost),
    npv: { gbp: pv.gbp, ci95: pv.ci95, discountRatePerYear: flows.discounting.realRate, discounting: discountingText(flows) },
    paybackYears: flows.paybackYears(),
    costPerSpilloverAvoided: perAvoided(cost, find(differences, 'spillover.count')),
    costPerOocWeekAvoided: perAvoided(cost, find(differences, 'ooc.childWeeks')),
    byFinancialYear: flows.financialYears(),
    sentence: '',
  };
  d.sentence = sentence(d, cost, differences);
  return d;
}

function discountingText(flows: CostFlows): string {
  const { realRate, growth } = flows.discounting;
  return `nominal cash by financial year discounted at ${pct((1 + realRate) * (1 + growth) - 1)} a year, i.e. ${pct(realRate)} real after deflating by the scenario's cost growth of ${pct(growth)} a year; first year undiscounted`;
}

const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;

function sentence(d: OptionDecision, cost: DifferenceSummary, ds: DifferenceSummary[]): string {
  const ci = (a: [number, number]) => `95% CI ${money(a[0])} to ${money(a[1])}`;
  const total = d.costVerdict === 'no detectable difference'
    ? `No detectable difference in total cost (${money(cost.meanDifference)}, ${ci(cost.ci95)})`
    : `${d.costVerdict === 'cheaper' ? 'Saves' : 'Costs'} ${money(Math.abs(cost.meanDifference))}${d.costVerdict === 'cheaper' ? '' : ' more'} over the horizon (option − baseline ${money(cost.meanDifference)}, ${ci(cost.ci95)})`;
  const npv = d.npv ? `net present value of the saving ${money(d.npv.gbp)} (${ci(d.npv.ci95)}) at ${pct(d.npv.discountRatePerYear)} real` : '';
  // With no detectable cost difference, a payback or a price per unit avoided would state a saving the data cannot show.
  const costKnown = d.costVerdict !== 'no detectable difference';
  const payback = !costKnown ? 'no payback stated (the cost difference is not detectable)'
    : d.paybackYears === null ? 'does not pay back within the horizon' : d.paybackYears === 0 ? 'no net outlay in any year (cumulative saving never negative)' : `pays back in ${d.paybackYears!.toFixed(1)} years (undiscounted)`;
  const per = (label: string, id: string, v: number | null | undefined) => {
    const x = find(ds, id);
    if (v === null || v === undefined) return `${label}: ${x && x.clearOfZero && x.meanDifference > 0 ? 'more, not fewer' : 'no detectable change'}`;
    const one = label.replace(/s$/, '');
    if (!costKnown) return `fewer ${label} (${Number(Math.abs(x!.meanDifference).toPrecision(3))}), at a cost per ${one} avoided that cannot be told from zero`;
    return v < 0 ? `fewer ${label} and cheaper (saves ${money(-v)} per ${one} avoided)` : `${money(v)} per ${one} avoided`;
  };
  return [
    `${total}; cheaper in ${Math.round(d.shareCheaper * 100)}% of replications`,
    npv, payback,
    per('spill-overs', 'spillover.count', d.costPerSpilloverAvoided),
    per('out-of-county child-weeks', 'ooc.childWeeks', d.costPerOocWeekAvoided),
  ].filter(Boolean).join('; ') + '.';
}

/** Ranks options in place (1 = best) and returns the order, best first, with a sentence. */
export function rankOptions(names: string[], decisions: OptionDecision[], costDifferences: number[]): { rankedBy: OptionDecision['rankedBy']; order: number[]; sentence: string } {
  const rankedBy = decisions[0]?.rankedBy ?? 'meanCostDifference';
  const score = (i: number) => (rankedBy === 'npv' ? -(decisions[i].npv?.gbp ?? 0) : costDifferences[i]);
  const order = names.map((_, i) => i).sort((a, b) => score(a) - score(b) || a - b);
  order.forEach((i, r) => { decisions[i].rank = r + 1; });
  const by = rankedBy === 'npv' ? 'net present value of the saving against the baseline (options carry money of their own)' : 'mean paired difference in total cost';
  return { rankedBy, order, sentence: `Ranked by ${by}, best first: ${order.map((i) => names[i]).join('; ')}. Rank is by the mean; read each option's interval before treating neighbours as different.` };
}
