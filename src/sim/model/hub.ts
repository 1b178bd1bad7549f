import { Rank } from '../event-calendar.js';
import type { Child } from './child.js';
import { hasRoomFor } from './place.js';
import { COUNT, type ModelState } from './state.js';
import { drawOutcome, endPlacement, goTo, placeExternal, placeFamily, record, seekLocal, startPlacement } from './placements.js';
import { endSupport, requestOutreach } from './outreach.js';
import type { HubFullMix } from '../placement-schema.js';
import { tally } from './tally.js';
import { countSpillover } from './spill-overs.js';

/**
 * The Hub's assessment beds (seed 001 §17–20): a referral takes a free bed
 * for an assessment stay. With every bed taken, where the child goes is the
 * scenario's `placements.whenHubFull` mix (absent: every referral waits in a
 * crisis placement if `maxWaitDays` > 0, else goes external).
 */
export function seekHub(st: ModelState, child: Child): void {
  const hub = st.hub;
  tally(st, COUNT.referrals);
  tally(st, COUNT.localRequests);
  record(st, 'referral', child, 'Hub');
  if (hasRoomFor(hub, child, st.now)) {
    if (st.inReport) st.waits.hub.record(0);
    return admitHub(st, child);
  }
  const to = hubFullDestination(st, child);
  const roomToWait = st.hubQueue.length < (st.s.services.hub.maxWaiting ?? Infinity);
  if (to === 'crisisWait' && hub.capacity > 0 && roomToWait) return waitForHub(st, child, st.s.services.hub.maxWaitDays);
  turnAway(st, child);
  if (to === 'localPlace') return seekLocal(st, child, 'inHouseHome');
  if (to === 'family') return placeFamily(st, child);
  placeExternal(st, child);
}

/** A referral leaves without a bed (none free, or a crisis wait ran out): a spill-over. */
function turnAway(st: ModelState, child: Child): void {
  if (st.inReport) st.hub.turnedAway++;
  countSpillover(st, child);
  record(st, 'spillover', child, 'Hub');
}

type HubFullDestination = keyof HubFullMix;
const DESTINATIONS: HubFullDestination[] = ['localPlace', 'family', 'crisisWait', 'externalResidential'];

/** Draw where a turned-away referral goes; no draw when the mix leaves no choice. */
function hubFullDestination(st: ModelState, child: Child): HubFullDestination {
  const mix = st.s.placements.whenHubFull;
  const hub = st.s.services.hub;
  if (!mix) return hub.maxWaitDays > 0 && st.hub.capacity > 0 ? 'crisisWait' : 'externalResidential';
  const nonZero = DESTINATIONS.filter((d) => mix[d] > 0);
  if (nonZero.length === 1) return nonZero[0];
  const u = child.rng.assessment();
  let acc = 0;
  for (const d of DESTINATIONS) if (u < (acc += mix[d])) return d;
  return 'externalResidential';
}

function waitForHub(st: ModelState, child: Child, maxWait: number): void {
  const weekly = st.samplers.crisisCost(child.rng.placement);
  startPlacement(st, child, 'waitingHub', null, weekly / 7, 'crisis');
  child.hubWaiting = true;
  child.hubWaitSince = st.now;
  child.hubWaitToken++;
  st.hubQueue.push(child);
  st.calendar.schedule(st.now + maxWait, Rank.admit, { kind: 'waitExpires', child, token: child.hubWaitToken, wait: 'hub' });
}

/** A Hub wait ran out: the child goes to an external placement. */
export function hubWaitExpired(st: ModelState, child: Child, token: number): boolean {
  if (!child.hubWaiting || child.hubWaitToken !== token) return false;
  if (st.inReport) st.waits.hub.record(st.now - child.hubWaitSince, true);
  child.hubWaiting = false;
  child.hubWaitToken++;
  st.hubQueue.removed();
  // The wait ran out: a spill-over, and the crisis placement waited in is part of what it cost (cost.spillovers),
  // so it is marked before it is charged (oracle review 2: it was left out).
  child.spillPlacement = true;
  endPlacement(st, child);
  turnAway(st, child);
  placeExternal(st, child);
  return true;
}

/** Admit a child taken off the Hub waiting list. */
export function admitFromHubQueue(st: ModelState, child: Child): void {
  if (st.inReport) st.waits.hub.record(st.now - child.hubWaitSince);
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
  child.assessed = true;
  goTo(st, child, outcome);
  child.assessed = false;
  if (st.s.services.outreach.startOn.includes('leaveHub')) requestOutreach(st, child, 'leaveHub');
}
