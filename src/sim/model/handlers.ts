import type { Child } from './child.js';
import type { PlacementExit } from './events.js';
import type { Place } from './place.js';
import { COUNT, newCounters, type ModelState } from './state.js';
import { endHubStay, hubWaitExpired, seekHub } from './hub.js';
import { endPlacement, leave, placeFamily, record, returnHome } from './placements.js';
import { tally } from './tally.js';
import { countOocChild } from './spill-overs.js';
import { endShortBreak } from './short-breaks.js';
import { endPurposeStay } from './purpose-stays.js';
import { stepDownLimited } from './foster-hooks.js';
import { endSupport, outreachWaitExpired, requestOutreach, stopWaiting } from './outreach.js';
import { startFromCaseload } from './caseload-start.js';

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
  const startOn = st.s.services.outreach.startOn;
  if (exit === 'stepDown') {
    // With limited carers the step-down may wait (step-down-wait.ts asks for outreach when it happens).
    if (st.foster && child.setting !== 'family') return stepDownLimited(st, child);
    tally(st, COUNT.stepDowns);
    record(st, 'step-down', child, 'family');
    endPlacement(st, child);
    placeFamily(st, child);
    if (startOn.includes('stepDown')) requestOutreach(st, child, 'stepDown');
    return;
  }
  if (exit === 'returnHome') {
    tally(st, COUNT.returnedHome);
    returnHome(st, child);
    if (startOn.includes('returnHome')) requestOutreach(st, child, 'returnHome');
    return;
  }
  if (st.inReport) st.counters[COUNT.sgo]++;
  leave(st, child, 'special-guardianship');
}

/**
 * A placement breaks down (a move), or an at-risk child's situation does (an
 * entry to care): the child is referred to the Hub. Only a breakdown of a
 * placement in care carries the uplift to the next placement (seed 003).
 */
export function onBreakdown(st: ModelState, child: Child): void {
  record(st, 'breakdown', child, child.place?.name ?? child.setting);
  if (child.setting === 'atRisk') {
    tally(st, COUNT.atRiskBreakdowns);
    stopWaiting(st, child);
  } else {
    tally(st, COUNT.breakdowns);
    if (st.inReport) child.breakdowns++;
    child.upliftDue = true;
    endPlacement(st, child);
  }
  seekHub(st, child);
  if (child.setting !== 'hub' && st.s.services.outreach.startOn.includes('breakdown')) requestOutreach(st, child, 'breakdown');
}

/** The 18th birthday: the young person leaves care that day and frees their place (MODEL.md "Children"). */
export function onTurn18(st: ModelState, child: Child): void {
  if (child.setting === 'shortBreak') endShortBreak(st, child);
  endSupport(st, child);
  stopWaiting(st, child);
  if (child.setting === 'left') return;
  const inCare = child.setting !== 'atRisk';
  leave(st, child, inCare ? 'turned-18' : 'risk-ended-at-18');
  if (inCare && st.inReport) st.counters[COUNT.turned18]++;
}

/** A support episode ends. */
export function onSupportEnd(st: ModelState, child: Child): void {
  endSupport(st, child);
}

/**
 * A wait (for outreach or for a Hub bed) has reached its limit. The event names its wait: the
 * outreach and Hub waits count their tokens separately, so a Hub wait's expiry, made stale by
 * an admission, could otherwise match a later outreach wait with the same token number and end
 * it early (as it did before 30 November 2026).
 */
export function onWaitExpires(st: ModelState, child: Child, wait: 'outreach' | 'hub', token: number): void {
  if (wait === 'outreach') outreachWaitExpired(st, child, token);
  else hubWaitExpired(st, child, token);
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
  for (const m of [st.oocMonitor, st.outreachQueueMonitor, ...Object.values(st.settings), ...st.placeChildren]) m.reset(st.now);
  st.counters = newCounters();
  for (const c of st.children) {
    c.moves = 0;
    c.breakdowns = 0;
    c.inCareInReport = c.setting !== 'left' && c.setting !== 'atRisk' && c.setting !== 'shortBreak';
    if (c.inCareInReport) st.counters[COUNT.childrenInCare]++;
    c.spilledInReport = c.oocInReport = false;
    if (st.outOfCounty.has(c)) countOocChild(st, c);
  }
  startFromCaseload(st, st.s.initialCaseload);
}
