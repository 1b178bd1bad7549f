import { Rank } from '../event-calendar.js';
import type { Child } from './child.js';
import { hasRoomFor } from './place.js';
import type { ModelState } from './state.js';
import { drawOutcome, endPlacement, goTo, placeExternal, record, startPlacement } from './placements.js';
import { endSupport, requestOutreach } from './outreach.js';

/**
 * The Hub's assessment beds (seed 001 §17–20): a referral takes a free bed
 * for an assessment stay; with every bed taken it either goes straight to an
 * external placement (a loss system, maxWaitDays = 0) or waits in a crisis
 * placement up to maxWaitDays for a bed before going external.
 */
export function seekHub(st: ModelState, child: Child, viaBreakdown: boolean): void {
  const hub = st.hub;
  if (st.inReport) {
    st.counters.referrals++;
    st.counters.localRequests++;
  }
  record(st, 'referral', child, 'Hub');
  if (hasRoomFor(hub, child, st.now)) return admitHub(st, child);
  const maxWait = st.s.services.hub.maxWaitDays;
  if (maxWait > 0 && hub.capacity > 0) return waitForHub(st, child, maxWait);
  turnAway(st, child, viaBreakdown);
}

function turnAway(st: ModelState, child: Child, viaBreakdown: boolean): void {
  if (st.inReport) {
    st.hub.turnedAway++;
    st.counters.spillovers++;
  }
  record(st, 'spillover', child, 'Hub');
  placeExternal(st, child, viaBreakdown);
}

function waitForHub(st: ModelState, child: Child, maxWait: number): void {
  const weekly = st.samplers.crisisCost(child.rng.placement);
  startPlacement(st, child, 'waitingHub', null, weekly / 7, 'crisis');
  child.hubWaiting = true;
  child.hubWaitSince = st.now;
  child.hubWaitToken++;
  st.hubQueue.push(child);
  st.calendar.schedule(st.now + maxWait, Rank.admit, { kind: 'waitExpires', child, token: child.hubWaitToken });
}

/** A Hub wait ran out: the child goes to an external placement (a spill-over). */
export function hubWaitExpired(st: ModelState, child: Child, token: number): boolean {
  if (!child.hubWaiting || child.hubWaitToken !== token) return false;
  child.hubWaiting = false;
  child.hubWaitToken++;
  st.hubQueue.removed();
  endPlacement(st, child);
  turnAway(st, child, false);
  return true;
}

/** Admit a child taken off the Hub waiting list. */
export function admitFromHubQueue(st: ModelState, child: Child): void {
  child.hubWaiting = false;
  child.hubWaitToken++;
  endPlacement(st, child);
  admitHub(st, child);
}

/** Admit to a Hub bed for an assessment stay; the ART supports Hub beds without using an outreach slot. */
export function admitHub(st: ModelState, child: Child): void {
  endSupport(st, child);
  const hub = st.hub;
  startPlacement(st, child, 'hub', hub, hub.variableGbpPerChildDay, 'localVariable');
  const days = st.samplers.hubStayByNeed[child.need](child.rng.assessment);
  st.calendar.schedule(st.now + days, Rank.release, { kind: 'stayEnd', child, epoch: child.epoch });
}

/** The assessment ends: free the bed, go to the drawn destination, and start outreach if the scenario says so. */
export function endHubStay(st: ModelState, child: Child): void {
  const outcome = drawOutcome(st.s.services.hub.outcomes, child.rng.assessment());
  endPlacement(st, child);
  goTo(st, child, outcome, false);
  if (st.s.services.outreach.startOn.includes('leaveHub')) requestOutreach(st, child);
}
