import { Rank } from '../event-calendar.js';
import { exponential } from '../distributions/exponential.js';
import type { Child } from './child.js';
import { COUNT, type ModelState } from './state.js';
import { endPlacement, record } from './placements.js';
import { freeCarer, placeWithCarer } from './foster-supply.js';
import { requestOutreach } from './outreach.js';
import { tally } from './tally.js';

/**
 * Step-down that waits for a suitable carer (seed 002: "Active fostering
 * placement searches limited by capacity of level 6 or mainstream foster").
 * A child due to step down (their placement's step-down clock, or an active
 * search) takes a free carer of their kind; with none free they wait in
 * their residential placement, first come first served, and every day of
 * the wait is a delayed step-down bed-day (`stepDown.delayedBedDays`).
 * While waiting, their placement can still end otherwise (breakdown, return
 * home, special guardianship, 18), which ends the wait.
 */
export function stepDownLimited(st: ModelState, child: Child, byClock = true): void {
  // Put forward by a search, the child's own step-down clock may still fire while they wait.
  if (child.stepDownWaitSince >= 0) return;
  const i = freeCarer(st, child);
  if (i >= 0) return stepDownNow(st, child, i);
  record(st, 'step-down-wait', child, child.place?.name ?? child.setting);
  child.stepDownWaitSince = st.now;
  st.foster!.waiting.push(child);
  tally(st, COUNT.stepDownsWaited);
  // A search leaves the placement's own exit clock running; the step-down clock firing used it up.
  if (byClock) rescheduleOtherExits(st, child);
}

/** The step-down happens (now, or at the end of a wait): outreach is asked for if the scenario starts it on step-down. */
function stepDownNow(st: ModelState, child: Child, pool: number): void {
  tally(st, COUNT.stepDowns);
  if (st.inReport) {
    const y = st.tl.years.findIndex((span) => st.now >= span.startT && st.now < span.endT);
    if (y >= 0) st.foster!.stepDownsByYear[y]++;
  }
  record(st, 'step-down', child, 'family');
  endPlacement(st, child);
  placeWithCarer(st, child, pool);
  if (st.s.services.outreach.startOn.includes('stepDown')) requestOutreach(st, child, 'stepDown');
}

/**
 * The step-down clock won its placement's race of exits, so the others were
 * never scheduled. While the child waits they still run: drawn afresh, which
 * is exact for exponential clocks (memoryless).
 */
function rescheduleOtherExits(st: ModelState, child: Child): void {
  const rates = child.setting === 'local' ? st.s.placements.localResidential : st.s.placements.external;
  const r = child.rng.placement;
  const clock = (perYear: number) => (perYear > 0 ? (exponential(r, 1) * 365.25) / perYear : Infinity);
  const returnHome = clock(rates.returnHomePerYear);
  const sgo = clock(rates.sgoPerYear);
  const first = Math.min(returnHome, sgo);
  if (first < Infinity) st.calendar.schedule(st.now + first, Rank.release, { kind: 'placementExit', child, epoch: child.epoch, exit: first === returnHome ? 'returnHome' : 'sgo' });
}

/** The child's placement ends while waiting (or they are served): count the wait's bed-days in the reporting period. */
export function endStepDownWait(st: ModelState, child: Child): void {
  if (child.stepDownWaitSince < 0) return;
  const list = st.foster!.waiting;
  list.splice(list.indexOf(child), 1);
  if (st.inReport) st.counters[COUNT.delayedStepDownDays] += st.now - Math.max(child.stepDownWaitSince, st.tl.originT);
  child.stepDownWaitSince = -1;
}

/** After an event that freed a carer or grew a pool: the waiting list is served in order of waiting. */
export function serveStepDowns(st: ModelState): void {
  st.foster!.freed = false;
  for (const child of [...st.foster!.waiting]) {
    const i = freeCarer(st, child);
    if (i < 0) continue;
    endStepDownWait(st, child);
    stepDownNow(st, child, i);
  }
}

/** An active step-down search: the child longest in their current residential placement (not waiting, under 17) is put forward. */
export function onStepDownSearch(st: ModelState): void {
  let best: Child | null = null;
  for (const c of st.children) {
    const residential = (c.setting === 'local' && c.place?.kind !== 'hub' && c.purpose === null) || c.setting === 'external';
    if (!residential || c.stepDownWaitSince >= 0 || st.now >= c.t18 - 365.25) continue;
    if (!best || c.placementStartT < best.placementStartT) best = c;
  }
  tally(st, COUNT.stepDownSearches);
  record(st, 'step-down-search', best ?? ({ id: 0 } as Child), best ? (best.place?.name ?? best.setting) : 'none');
  if (best) stepDownLimited(st, best, false);
}

/** At the horizon, waits still open count up to it. */
export function closeStepDownWaits(st: ModelState): void {
  for (const child of [...(st.foster?.waiting ?? [])]) endStepDownWait(st, child);
}
