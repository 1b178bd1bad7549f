import type { Child } from './child.js';
import { eligible, type Place } from './place.js';
import { COUNT, type ModelState } from './state.js';
import { tally } from './tally.js';

/*
 * Spill-overs and out-of-county placements are counted as events (a child
 * turned away twice is two spill-overs), and a council also asks how many
 * children that was: these count each child once in the reporting period.
 */

/** A request for a local place found none free: one more spill-over, and one more child if it is their first in the period. */
export function countSpillover(st: ModelState, child: Child): void {
  tally(st, COUNT.spillovers);
  child.spillPending = true;
  if (st.inReport && !child.spilledInReport) {
    child.spilledInReport = true;
    st.counters[COUNT.spilloverChildren]++;
  }
}

/**
 * A request no place had room for: one turn-away for each open place that was for this child (purpose, ages,
 * needs) but full, or could not pair them with whoever was there (MODEL.md "What a run reports": turned-away
 * arrivals per service). A request several places could have taken counts at each, so these add up to more than
 * the spill-overs: each says how often that place, with one more bed, might have taken the child.
 */
export function countTurnedAway(st: ModelState, places: readonly Place[], child: Child): void {
  if (!st.inReport) return;
  for (const p of places) {
    if ((p.kind !== 'house' && p.kind !== 'home') || p.capacity === 0 || !eligible(p, child, st.now)) continue;
    p.turnedAway++;
    st.trace?.(st.now, 'turned-away', child.id, p.name);
  }
}

/** The child is placed out of county (or is there when the period starts): one more child, if the first time in the period. */
export function countOocChild(st: ModelState, child: Child): void {
  if (st.inReport && !child.oocInReport) {
    child.oocInReport = true;
    st.counters[COUNT.oocChildren]++;
  }
}

/**
 * A placement's variable cost from its start to `to`, in the ledger, and in
 * the spill-over ledger too when a spill-over sent the child there (the
 * external placement of a child no local place had room for, the crisis
 * wait or family placement the Hub's full-house mix sent them to), for as
 * long as that placement lasts: `cost.spillovers`; and the part of it that
 * is a breakdown's uplift in the uplift ledger: `cost.breakdownUplift`.
 */
export function accruePlacement(st: ModelState, child: Child, to: number): void {
  st.ledger.accrue(child.costCategory!, child.placementStartT, to, child.gbpPerDay);
  if (child.spillPlacement) st.spillLedger.accrue(child.costCategory!, child.placementStartT, to, child.gbpPerDay);
  if (child.upliftGbpPerDay > 0) st.upliftLedger.accrue(child.costCategory!, child.placementStartT, to, child.upliftGbpPerDay);
}
