import type { Child } from './child.js';
import type { PlacementExit } from './events.js';
import type { Place } from './place.js';
import { newCounters, type ModelState } from './state.js';
import { endHubStay, hubWaitExpired, seekHub } from './hub.js';
import { endPlacement, goTo, leave, placeFamily, record } from './placements.js';
import { endSupport, outreachWaitExpired, requestOutreach, stopWaiting } from './outreach.js';
import { freed } from './freed.js';

/** A Hub stay or an at-risk window ends. */
export function onStayEnd(st: ModelState, child: Child): void {
  if (child.setting === 'hub') return endHubStay(st, child);
  // The risk passed without a breakdown: the child stays where they are, outside care.
  stopWaiting(st, child);
  leave(st, child, 'risk-passed');
}

/** A placement ends by step-down, return home or special guardianship. */
export function onPlacementExit(st: ModelState, child: Child, exit: PlacementExit): void {
  if (exit === 'stepDown') {
    if (st.inReport) st.counters.stepDowns++;
    record(st, 'step-down', child, 'family');
    endPlacement(st, child);
    return placeFamily(st, child);
  }
  if (exit === 'returnHome') {
    if (st.inReport) st.counters.returnedHome++;
    leave(st, child, 'returned-home');
    if (st.s.services.outreach.startOn.includes('returnHome')) requestOutreach(st, child);
    return;
  }
  if (st.inReport) st.counters.sgo++;
  leave(st, child, 'special-guardianship');
}

/** A placement breaks down: a move; the child re-enters through the Hub if a bed is free, else goes external. */
export function onBreakdown(st: ModelState, child: Child): void {
  if (st.inReport) {
    st.counters.breakdowns++;
    child.breakdowns++;
  }
  record(st, 'breakdown', child, child.place?.name ?? child.setting);
  if (child.setting === 'atRisk') stopWaiting(st, child);
  else endPlacement(st, child);
  seekHub(st, child, true);
  if (child.setting !== 'hub' && st.s.services.outreach.startOn.includes('breakdown')) requestOutreach(st, child);
}

/** The 18th birthday: the young person leaves care that day and frees their place (MODEL.md "Children"). */
export function onTurn18(st: ModelState, child: Child): void {
  endSupport(st, child);
  stopWaiting(st, child);
  if (child.setting === 'left') return;
  const inCare = child.setting !== 'atRisk';
  leave(st, child, inCare ? 'turned-18' : 'risk-ended-at-18');
  if (inCare && st.inReport) st.counters.turned18++;
}

/** A support episode ends. */
export function onSupportEnd(st: ModelState, child: Child): void {
  endSupport(st, child);
}

/** A wait (for outreach or for a Hub bed) has reached its limit. */
export function onWaitExpires(st: ModelState, child: Child, token: number): void {
  if (!outreachWaitExpired(st, child, token)) hubWaitExpired(st, child, token);
}

/** A place opens or closes (a scale-up or scale-down plan); children in a closing place move. */
export function onCapacity(st: ModelState, place: Place, capacity: number): void {
  accrueFixed(st, place);
  place.capacity = capacity;
  place.monitor.setCapacity(st.now, capacity);
  record(st, capacity > 0 ? 'opened' : 'closed', { id: 0 } as Child, place.name);
  if (place.used > capacity) {
    for (const child of [...st.children].filter((c) => c.place === place)) {
      endPlacement(st, child);
      goTo(st, child, place.kind === 'house' ? 'house' : 'inHouseHome', false);
    }
  }
  if (place.used < capacity) freed(st, place);
}

/** Accrue a place's fixed cost since it was last accrued: capacity × rate × days, used or not. */
export function accrueFixed(st: ModelState, place: Place): void {
  const category = place.kind === 'outreach' ? 'outreach' : 'localFixed';
  st.ledger.accrue(category, place.fixedSince, st.now, place.capacity * place.fixedGbpPerPlaceDay);
  place.fixedSince = st.now;
}

/** The warm-up ends: reset every monitor and counter; what is in care now is in the report. */
export function onWarmupEnd(st: ModelState): void {
  st.inReport = true;
  for (const p of st.places) {
    p.monitor.reset(st.now);
    p.admissions = p.turnedAway = p.stays = p.staySumDays = 0;
  }
  for (const m of [st.oocMonitor, st.outreachQueueMonitor, ...Object.values(st.settings)]) m.reset(st.now);
  st.counters = newCounters();
  for (const c of st.children) {
    c.moves = 0;
    c.breakdowns = 0;
    c.inCareInReport = c.setting !== 'left' && c.setting !== 'atRisk';
    if (c.inCareInReport) st.counters.childrenInCare++;
  }
}
