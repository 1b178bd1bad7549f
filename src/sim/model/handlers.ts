import type { Child } from './child.js';
import type { PlacementExit } from './events.js';
import type { Place } from './place.js';
import { newCounters, type ModelState } from './state.js';
import { endHubStay, hubWaitExpired, seekHub } from './hub.js';
import { endPlacement, leave, placeFamily, record } from './placements.js';
import { endShortBreak } from './short-breaks.js';
import { endPurposeStay } from './purpose-stays.js';
import { stepDownLimited } from './foster-hooks.js';
import { endSupport, outreachWaitExpired, requestOutreach, stopWaiting } from './outreach.js';

/** A Hub stay, a purpose's stay (short break, emergency, assessment) or an at-risk window ends. */
export function onStayEnd(st: ModelState, child: Child): void {
  if (child.setting === 'hub') return endHubStay(st, child);
  if (child.setting === 'shortBreak') return endShortBreak(st, child);
  if (child.setting === 'local') return endPurposeStay(st, child);
  // The risk passed without a breakdown: the child stays where they are, outside care.
  stopWaiting(st, child);
  leave(st, child, 'risk-passed');
}

/** A placement ends by step-down, return home or special guardianship. */
export function onPlacementExit(st: ModelState, child: Child, exit: PlacementExit): void {
  if (exit === 'stepDown') {
    if (st.foster && child.setting !== 'family') return stepDownLimited(st, child);
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
  if (child.setting === 'shortBreak') endShortBreak(st, child);
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

/** Accrue a place's fixed cost since it was last accrued: places (local and sold) × rate × days, used or not. */
export function accrueFixed(st: ModelState, place: Place): void {
  st.ledger.accrue(place.fixedCategory, place.fixedSince, st.now, (place.capacity + place.soldPlaces) * place.fixedGbpPerPlaceDay);
  place.fixedSince = st.now;
}

/** The warm-up ends: reset every monitor and counter; what is in care now is in the report. */
export function onWarmupEnd(st: ModelState): void {
  st.inReport = true;
  for (const p of st.places) {
    p.monitor.reset(st.now);
    p.admissions = p.turnedAway = p.stays = p.staySumDays = 0;
  }
  for (const pool of st.foster?.pools ?? []) pool.monitor.reset(st.now);
  st.foster?.stepDownsByYear.fill(0);
  for (const m of [st.oocMonitor, st.outreachQueueMonitor, ...Object.values(st.settings)]) m.reset(st.now);
  st.counters = newCounters();
  for (const c of st.children) {
    c.moves = 0;
    c.breakdowns = 0;
    c.inCareInReport = c.setting !== 'left' && c.setting !== 'atRisk' && c.setting !== 'shortBreak';
    if (c.inCareInReport) st.counters.childrenInCare++;
  }
}
