/**
 * The journey-costing check of MODEL.md ("The seeds' own checks"): recompute
 * every row, column and difference of Appendix A and flag each place the
 * seed's own arithmetic does not add up.
 */
import { costJourney, type CostedJourney } from './cost.js';
import { flagDirection, flagFurtherSupport, flagNarrative, narrativeDifferenceGbp } from './difference-flags.js';
import type { JourneyFlag } from './flag.js';
import { flagColumnTotal, flagPeriod } from './journey-flags.js';
import { flagRow } from './row-flags.js';
import type { ChildJourneys, Journey, JourneyFile } from './schema.js';

/** Stated against recomputed figures for one child, in pounds. */
export interface ChildCheck {
  child: number;
  actual: { statedGbp: number; recomputedGbp: number };
  anticipated: { statedGbp: number; recomputedGbp: number };
  /** Actual minus anticipated: positive is an avoided cost. */
  difference: { narrativeGbp: number; statedGbp: number; recomputedGbp: number };
}

/** The whole check: one line per child and every flag, in child order. */
export interface JourneyCheck {
  source: string;
  children: ChildCheck[];
  flags: JourneyFlag[];
}

function checkColumn(
  child: number, journey: 'actual' | 'anticipated', column: Journey, periodWeeks: number,
): { costed: CostedJourney; flags: JourneyFlag[] } {
  const ctx = { child, journey };
  const costed = costJourney(column);
  const flags = [
    ...column.rows.flatMap((row, i) => flagRow(ctx, row, costed.rows[i])),
    ...flagColumnTotal(ctx, costed),
    ...flagPeriod(ctx, costed, periodWeeks),
  ];
  return { costed, flags };
}

/** Checks one child's two journeys and narrative. */
export function checkChild(child: ChildJourneys, periodWeeks: number): { check: ChildCheck; flags: JourneyFlag[] } {
  const actual = checkColumn(child.child, 'actual', child.actual, periodWeeks);
  const anticipated = checkColumn(child.child, 'anticipated', child.anticipated, periodWeeks);
  const a = actual.costed;
  const b = anticipated.costed;
  const flags = [
    ...actual.flags,
    ...anticipated.flags,
    ...flagFurtherSupport(child),
    ...flagNarrative(child),
    ...flagDirection(child, a.recomputedTotalGbp, b.recomputedTotalGbp),
  ];
  const check: ChildCheck = {
    child: child.child,
    actual: { statedGbp: a.statedTotalGbp, recomputedGbp: a.recomputedTotalGbp },
    anticipated: { statedGbp: b.statedTotalGbp, recomputedGbp: b.recomputedTotalGbp },
    difference: {
      narrativeGbp: narrativeDifferenceGbp(child),
      statedGbp: a.statedTotalGbp - b.statedTotalGbp,
      recomputedGbp: a.recomputedTotalGbp - b.recomputedTotalGbp,
    },
  };
  return { check, flags };
}

/** Checks every child of a validated journeys file. */
export function checkJourneys(file: JourneyFile): JourneyCheck {
  const results = file.children.map((child) => checkChild(child, file.periodWeeks));
  return {
    source: file.source,
    children: results.map((r) => r.check),
    flags: results.flatMap((r) => r.flags),
  };
}
