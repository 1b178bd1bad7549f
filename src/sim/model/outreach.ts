import { Rank } from '../event-calendar.js';
import type { Child } from './child.js';
import { COUNT, OUTREACH_KINDS, OUTREACH_TALLIES, OUTREACH_TALLY, type ModelState } from './state.js';
import type { OutreachRequest } from '../scenario-schema.js';
import { freed } from './freed.js';

/**
 * The outreach team (MODEL.md "Assessment and Resource Team"): a pool of
 * slots with a waiting list, first come first served or by what the request
 * is for (services.outreach.priority). While a child is supported, their
 * placement's breakdown hazard is multiplied by the scenario's breakdown
 * factor.
 */

/** One more of a tally for the child's kind of request, in the reporting period (outreach.byRequest.* figures). */
function tallyKind(st: ModelState, child: Child, tally: number, by = 1): void {
  if (st.inReport) st.outreachByKind[child.outreachKind * OUTREACH_TALLIES + tally] += by;
}

/** Ask for an outreach episode: start now if a slot is free, else wait (or go without). `kind`: what the request is for. */
export function requestOutreach(st: ModelState, child: Child, kind: OutreachRequest): void {
  if (child.supported || child.outreachWaiting) return;
  const team = st.outreach;
  child.outreachKind = OUTREACH_KINDS.indexOf(kind);
  // The log names the kind of request when figures by kind are kept (the event-log auditor counts them).
  if (st.trace && st.outreachByKindShown) st.trace(st.now, 'outreach-request', child.id, kind);
  if (st.inReport) st.counters[COUNT.outreachRequests]++;
  tallyKind(st, child, OUTREACH_TALLY.requests);
  if (team.used < team.capacity) return startSupport(st, child, 0);
  const maxWait = st.s.services.outreach.maxWaitDays;
  const maxWaiting = st.s.services.outreach.maxWaiting ?? Infinity;
  // With a priority order, a full list makes room for this child by dropping the last to join of the lowest level
  // below theirs (review 5: a full list turned away a top-priority child while lower ones kept their places).
  if (maxWait !== 0 && team.capacity > 0 && st.outreachQueue.length >= maxWaiting && st.s.services.outreach.priority) {
    const bumped = st.outreachQueue.dropLastBelow(st.outreachLevel[child.outreachKind]);
    if (bumped) {
      unqueue(st, bumped);
      wentWithoutAfterWaiting(st, bumped, 'Outreach (list full: a higher priority took the place)');
    }
  }
  if (maxWait === 0 || team.capacity === 0 || st.outreachQueue.length >= maxWaiting) {
    if (st.inReport) st.counters[COUNT.outreachWentWithout]++;
    tallyKind(st, child, OUTREACH_TALLY.wentWithout);
    st.trace?.(st.now, 'outreach-without', child.id, 'Outreach');
    return;
  }
  child.outreachWaiting = true;
  child.outreachWaitSince = st.now;
  child.outreachWaitToken++;
  st.outreachQueue.push(child, st.outreachLevel[child.outreachKind]);
  st.outreachQueueMonitor.add(st.now, 1);
  st.trace?.(st.now, 'outreach-wait', child.id, 'Outreach');
  if (maxWait !== undefined) {
    st.calendar.schedule(st.now + maxWait, Rank.admit, { kind: 'waitExpires', child, token: child.outreachWaitToken, wait: 'outreach' });
  }
}

/** A child's wait ran out: they go without support. */
export function outreachWaitExpired(st: ModelState, child: Child, token: number): boolean {
  if (!child.outreachWaiting || child.outreachWaitToken !== token) return false;
  stopWaiting(st, child);
  wentWithoutAfterWaiting(st, child, 'Outreach');
  return true;
}

/** A child taken off the list goes without support (the wait ran out, or a higher priority took the place): a censored wait. */
function wentWithoutAfterWaiting(st: ModelState, child: Child, where: string): void {
  if (st.inReport) st.waits.outreach.record(st.now - child.outreachWaitSince, true);
  if (st.inReport) st.counters[COUNT.outreachWentWithout]++;
  tallyKind(st, child, OUTREACH_TALLY.wentWithout);
  st.trace?.(st.now, 'outreach-gave-up', child.id, where);
}

/** Take a child off the outreach waiting list (served, gave up, or no longer needing it). */
export function stopWaiting(st: ModelState, child: Child): void {
  if (!child.outreachWaiting) return;
  child.outreachWaiting = false;
  child.outreachWaitToken++;
  st.outreachQueue.removed(st.outreachLevel[child.outreachKind]);
  st.outreachQueueMonitor.add(st.now, -1);
}

function startSupport(st: ModelState, child: Child, waited: number): void {
  const team = st.outreach;
  team.used++;
  team.monitor.add(st.now, 1);
  child.supported = true;
  child.supportSince = st.now;
  child.supportToken++;
  if (st.inReport) {
    team.admissions++;
    st.counters[COUNT.outreachStarts]++;
    if (waited > 0) st.counters[COUNT.outreachWaited]++;
    st.counters[COUNT.outreachWaitDays] += waited;
    st.waits.outreach.record(waited);
  }
  tallyKind(st, child, OUTREACH_TALLY.starts);
  tallyKind(st, child, OUTREACH_TALLY.waitDays, waited);
  const days = st.samplers.episode(child.rng.support);
  st.calendar.schedule(st.now + days, Rank.release, { kind: 'supportEnd', child, token: child.supportToken });
  st.trace?.(st.now, 'outreach-start', child.id, 'Outreach');
  setHazard(st, child);
}

/** End a child's support (episode over, entered the Hub, turned 18) and serve the waiting list. */
export function endSupport(st: ModelState, child: Child): void {
  if (!child.supported) return;
  const team = st.outreach;
  child.supported = false;
  child.supportToken++;
  team.used--;
  team.monitor.add(st.now, -1);
  st.trace?.(st.now, 'outreach-end', child.id, 'Outreach');
  setHazard(st, child);
  freed(st, team);
}

/** Give free slots to waiting children: by priority level, then in order of arrival. */
export function serveOutreachQueue(st: ModelState): void {
  const team = st.outreach;
  while (team.used < team.capacity && st.outreachQueue.length > 0) {
    const next = st.outreachQueue.take(() => true);
    if (!next) break;
    unqueue(st, next);
    startSupport(st, next, st.now - next.outreachWaitSince);
  }
}

function unqueue(st: ModelState, child: Child): void {
  // take() already removed the entry from the list; clear the child's flag and the queue monitor.
  child.outreachWaiting = false;
  child.outreachWaitToken++;
  st.outreachQueueMonitor.add(st.now, -1);
}

/**
 * Re-time a child's breakdown after the hazard changes. The clock is a unit
 * exponential budget of cumulative hazard: consumed at the old rate up to
 * now, the rest at the new one. Support lowering the rate can only delay a
 * breakdown on the same draws, which keeps comparisons monotone.
 */
export function setHazard(st: ModelState, child: Child): void {
  const t = st.now;
  child.hazardBudget -= child.hazardPerDay * (t - child.hazardSince);
  child.hazardSince = t;
  const factor = child.supported ? st.s.services.outreach.breakdownFactor : 1;
  child.hazardPerDay = child.baseHazardPerDay * factor;
  child.hazardToken++;
  if (child.hazardPerDay > 0) {
    const at = t + Math.max(0, child.hazardBudget) / child.hazardPerDay;
    st.calendar.schedule(at, Rank.release, { kind: 'breakdown', child, token: child.hazardToken });
  }
}
