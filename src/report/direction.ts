import type { DifferenceSummary } from '../capacity/result-document.js';

/**
 * Which way is better for a figure, so a comparison can say "better" or
 * "worse" rather than "clear of zero" (issue 13: green used to mark both a
 * cost increase and a saving). Figures with no agreed direction (occupancy,
 * utilisation, admissions) are reported as higher or lower, never coloured.
 */
export type Direction = 'lower' | 'higher' | undefined;

const LOWER_IS_BETTER = [
  /^cost\./, /^spillover\./, /^ooc\.(?!returned)/, /wait/i, /breakdown/i, /moves/i, /wentWithout/i, /^hub\.turnedAway/, /shareTimeFull$/, /caseloadMoved/,
];
// A house's or home's turn-aways (house.N.turnedAway) have no better direction: a place that closes turns no one
// away, and places taking the same children show the same count (review 5).
const HIGHER_IS_BETTER = [/stepDowns/, /^ooc\.returned/];

/** The better direction of a figure, by id; undefined when neither is better. */
export function betterWhen(id: string): Direction {
  // One kind's mean wait under a priority order can fall because more of its children gave up (their share that went
  // without shows it), so it is not marked better or worse (review 5, 6).
  if (/^outreach\.byRequest\..*\.meanWaitDays$/.test(id)) return undefined;
  if (HIGHER_IS_BETTER.some((r) => r.test(id))) return 'higher';
  if (LOWER_IS_BETTER.some((r) => r.test(id))) return 'lower';
  return undefined;
}

/** What a paired difference says: better, worse, cannot tell (interval includes zero), or higher/lower. */
export type Verdict = 'better' | 'worse' | 'cannot tell' | 'higher' | 'lower' | 'no difference';

export function verdictOf(d: DifferenceSummary): Verdict {
  // The same value in every replication of both arms (e.g. a count that is always 0): nothing to tell.
  if (d.meanDifference === 0 && d.ci95[0] === 0 && d.ci95[1] === 0) return 'no difference';
  if (!d.clearOfZero) return 'cannot tell';
  const up = d.meanDifference > 0;
  const dir = betterWhen(d.id);
  if (dir === undefined) return up ? 'higher' : 'lower';
  return (dir === 'higher') === up ? 'better' : 'worse';
}

/** CSS class of a verdict: green better, red worse, grey otherwise (the word is always printed too). */
export function verdictClass(v: Verdict): string {
  return v === 'better' ? 'better' : v === 'worse' ? 'worse' : 'cannot';
}
