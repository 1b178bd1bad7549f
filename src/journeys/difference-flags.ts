/**
 * Flags about actual minus anticipated: the narrative's "avoided cost of £X"
 * (or "increased"/"additional cost") against the stated totals, and whether
 * recomputing the rows turns an avoided cost into an extra one. Also checks
 * the "further 2 months of support ... £5,280" aside (children 8, 9, 11).
 */
import { parseDuration } from './duration.js';
import type { JourneyFlag } from './flag.js';
import { formatGbp, samePence } from './money.js';
import type { ChildJourneys } from './schema.js';

/** Actual minus anticipated as the narrative states it: avoided is positive. */
export function narrativeDifferenceGbp(child: ChildJourneys): number {
  const { direction, amountGbp } = child.narrativeDifference;
  return direction === 'avoided' ? amountGbp : -amountGbp;
}

/** Flags a narrative difference that the stated totals do not give. */
export function flagNarrative(child: ChildJourneys): JourneyFlag[] {
  const narrative = narrativeDifferenceGbp(child);
  const stated = child.actual.statedTotalGbp - child.anticipated.statedTotalGbp;
  if (samePence(narrative, stated)) return [];
  return [{
    child: child.child, journey: 'difference', row: null, setting: null, kind: 'narrative', unit: 'GBP',
    stated: narrative, recomputed: stated,
    reason: `narrative "${child.narrativeDifference.text}" (${formatGbp(narrative)}) but the stated totals differ by ${formatGbp(stated)} (${formatGbp(child.actual.statedTotalGbp)} - ${formatGbp(child.anticipated.statedTotalGbp)})`,
  }];
}

/** Flags a child whose recomputed difference has the other sign from the narrative's. */
export function flagDirection(child: ChildJourneys, actualGbp: number, anticipatedGbp: number): JourneyFlag[] {
  const narrative = narrativeDifferenceGbp(child);
  const recomputed = actualGbp - anticipatedGbp;
  if (narrative === 0 || recomputed === 0 || Math.sign(narrative) === Math.sign(recomputed)) return [];
  const outcome = recomputed < 0
    ? `the anticipated journey costs ${formatGbp(-recomputed)} more`
    : `the anticipated journey costs ${formatGbp(recomputed)} less`;
  return [{
    child: child.child, journey: 'difference', row: null, setting: null, kind: 'direction', unit: 'GBP',
    stated: narrative, recomputed,
    reason: `narrative "${child.narrativeDifference.text}" but with every row recomputed ${outcome} (actual ${formatGbp(actualGbp)}, anticipated ${formatGbp(anticipatedGbp)})`,
  }];
}

/** Flags a "further N months of support" cost that is not weeks x weekly cost. */
export function flagFurtherSupport(child: ChildJourneys): JourneyFlag[] {
  const further = child.furtherSupport;
  const duration = further ? parseDuration(further.duration) : null;
  if (!further || duration?.kind !== 'weeks') return [];
  const recomputed = duration.weeks * further.weeklyCostGbp;
  if (samePence(recomputed, further.statedGbp)) return [];
  return [{
    child: child.child, journey: 'anticipated', row: null, setting: 'further ART outreach support', kind: 'further-support',
    unit: 'GBP', stated: further.statedGbp, recomputed,
    reason: `stated ${formatGbp(further.statedGbp)} but ${duration.weeks} weeks ("${further.duration}") x ${formatGbp(further.weeklyCostGbp)} = ${formatGbp(recomputed)}`,
  }];
}
