import { Rank } from '../event-calendar.js';
import type { Child } from './child.js';
import type { Place } from './place.js';
import type { ModelState } from './state.js';
import { drawOutcome, endPlacement, goTo, record } from './placements.js';

/**
 * A house or home whose purpose has its own stay (an emergency bed, a
 * court-ordered parent-and-child assessment: seed 004 §15-16): on placement
 * the stay is drawn from the place's `stayDays`; the placement's own exits
 * (breakdown, step-down, return home, special guardianship) still compete
 * with it. `elapsedDays` is how long a child of today's caseload has
 * already stayed: the stay is then drawn given that it is longer.
 */
export function startPurposeStay(st: ModelState, child: Child, place: Place, elapsedDays = 0): void {
  if (!place.stay) return;
  const days = remainingStay(place, child, elapsedDays);
  st.calendar.schedule(st.now + days, Rank.release, { kind: 'stayEnd', child, epoch: child.epoch });
}

/** The purpose's stay is over: the child goes to a destination drawn from the place's exits, as a long-term placement. */
export function endPurposeStay(st: ModelState, child: Child): void {
  const place = child.place!;
  const outcome = drawOutcome(place.exits ?? { home: 1, family: 0, inHouseHome: 0, house: 0, externalResidential: 0 }, child.rng.assessment());
  record(st, 'stay-ended', child, place.name);
  child.purpose = null;
  endPlacement(st, child);
  goTo(st, child, outcome);
}

function remainingStay(place: Place, child: Child, elapsed: number): number {
  for (let i = 0; i < 1000; i++) {
    const stay = place.stay!(child.rng.assessment);
    if (stay > elapsed) return stay - elapsed;
  }
  return 1; // The stated time already stayed exceeds almost every stay the scenario allows: assume it ends tomorrow.
}

/**
 * A referral's purpose is for the placement it asks for: once that is made
 * (in a place of the purpose, or elsewhere when none was free), a child not
 * in a place of that purpose is an ordinary (long-term) child again.
 */
export function settlePurpose(child: Child): void {
  if (child.place === null || child.place.purpose !== child.purpose) child.purpose = null;
}
