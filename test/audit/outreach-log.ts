import type { LogLine } from '../sim/helpers.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { StepFunction } from './step-function.js';
import { periodsOf } from './periods.js';
import { caseloadChildren } from './segments.js';

/** What the outreach lines of an event log say, counted from the reporting period's start. */
export interface OutreachAudit {
  slots: StepFunction;
  waiting: StepFunction;
  requests: number;
  starts: number;
  waited: number;
  waitDays: number;
  wentWithout: number;
  /** Children on the waiting list at the horizon. */
  stillWaiting: number;
  /** Waits that ended neither served nor timed out: the risk ended, an at-risk breakdown, the 18th birthday. */
  endedByRisk: number;
  /** The same counts by kind of request, from the `outreach-request` lines (logged when the scenario has a priority order). */
  byKind: Map<string, { requests: number; starts: number; waitDays: number; wentWithout: number }>;
}

/**
 * Each child's 18th birthday in simulation time, from the `arrived` line's age, or for today's
 * caseload (placed when the warm-up ends) from its row's age. The log has no line for the birthday
 * of a young person who has already left care, yet it ends their outreach wait (docs/model.md
 * "Services": "a young person's 18th birthday ends their support or their wait").
 */
export function birthdaysOf(s: Scenario, log: LogLine[]): Map<number, number> {
  const out = new Map<number, number>();
  const o = periodsOf(s).originT;
  for (const [id, row] of caseloadChildren(s, log, o)) out.set(id, o + (18 - s.initialCaseload[row].ageYears) * 365.25);
  for (const l of log) {
    const age = l.what === 'arrived' ? /age=([\d.]+)/.exec(l.where) : null;
    if (age) out.set(l.child, l.t + (18 - Number(age[1])) * 365.25);
  }
  return out;
}

/**
 * A child leaves the outreach waiting list when served (`outreach-start`), when the wait runs out
 * (`outreach-gave-up`), or when what they waited about ends: the risk passed, a breakdown of an
 * at-risk placement, the 18th birthday in care or at risk (docs/model.md "Services").
 */
const ENDS_WAIT = new Set(['outreach-start', 'outreach-gave-up', 'risk-passed', 'risk-ended-at-18', 'turned-18']);

export function auditOutreach(log: LogLine[], inReport: (t: number) => boolean, birthdays: Map<number, number>, horizonT: number): OutreachAudit {
  const a: OutreachAudit = { slots: new StepFunction(), waiting: new StepFunction(), requests: 0, starts: 0, waited: 0, waitDays: 0, wentWithout: 0, stillWaiting: 0, endedByRisk: 0, byKind: new Map() };
  const waitingSince = new Map<number, number>();
  // Each child's latest request's kind, and that kind's tallies.
  const kindOf = new Map<number, string>();
  const tally = (child: number) => {
    const k = kindOf.get(child);
    if (k === undefined) return null;
    if (!a.byKind.has(k)) a.byKind.set(k, { requests: 0, starts: 0, waitDays: 0, wentWithout: 0 });
    return a.byKind.get(k)!;
  };
  const birthdaysUpTo = (t: number) => {
    for (const child of waitingSince.keys()) {
      const b = birthdays.get(child) ?? Infinity;
      if (b > t) continue;
      waitingSince.delete(child);
      a.waiting.add(b, -1);
      a.endedByRisk++;
    }
  };
  for (const l of log) {
    birthdaysUpTo(l.t);
    const since = waitingSince.get(l.child);
    const endsWait = ENDS_WAIT.has(l.what) || (l.what === 'breakdown' && l.where === 'atRisk');
    if (l.what === 'outreach-request') kindOf.set(l.child, l.where);
    if (l.what === 'outreach-start') {
      a.slots.add(l.t, 1);
      if (inReport(l.t)) {
        a.starts++;
        if (since === undefined) a.requests++;
        else if (l.t > since) a.waited++;
        a.waitDays += since === undefined ? 0 : l.t - since;
        const k = tally(l.child);
        if (k) {
          k.starts++;
          if (since === undefined) k.requests++;
          k.waitDays += since === undefined ? 0 : l.t - since;
        }
      }
    }
    if (l.what === 'outreach-end') a.slots.add(l.t, -1);
    if (since !== undefined && endsWait) {
      waitingSince.delete(l.child);
      a.waiting.add(l.t, -1);
      if (l.what !== 'outreach-start' && l.what !== 'outreach-gave-up') a.endedByRisk++;
    }
    if (l.what === 'outreach-wait') {
      waitingSince.set(l.child, l.t);
      a.waiting.add(l.t, 1);
    }
    if (!inReport(l.t)) continue;
    if (l.what === 'outreach-wait' || l.what === 'outreach-without') {
      a.requests++;
      const k = tally(l.child);
      if (k) k.requests++;
    }
    if (l.what === 'outreach-without' || l.what === 'outreach-gave-up') {
      a.wentWithout++;
      const k = tally(l.child);
      if (k) k.wentWithout++;
    }
  }
  birthdaysUpTo(horizonT);
  a.stillWaiting = waitingSince.size;
  return a;
}
