import type { LogLine } from '../sim/helpers.js';
import { StepFunction } from './step-function.js';

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
}

/**
 * A child leaves the outreach waiting list when served (`outreach-start`), when the wait runs out
 * (`outreach-gave-up`), or when what they waited about ends: the risk passed, a breakdown of an
 * at-risk placement, the 18th birthday in care or at risk (docs/model.md "Services").
 */
const ENDS_WAIT = new Set(['outreach-start', 'outreach-gave-up', 'risk-passed', 'risk-ended-at-18', 'turned-18']);

export function auditOutreach(log: LogLine[], inReport: (t: number) => boolean): OutreachAudit {
  const a: OutreachAudit = { slots: new StepFunction(), waiting: new StepFunction(), requests: 0, starts: 0, waited: 0, waitDays: 0, wentWithout: 0, stillWaiting: 0 };
  const waitingSince = new Map<number, number>();
  for (const l of log) {
    const since = waitingSince.get(l.child);
    const endsWait = ENDS_WAIT.has(l.what) || (l.what === 'breakdown' && l.where === 'atRisk');
    if (l.what === 'outreach-start') {
      a.slots.add(l.t, 1);
      if (inReport(l.t)) {
        a.starts++;
        if (since === undefined) a.requests++;
        else if (l.t > since) a.waited++;
        a.waitDays += since === undefined ? 0 : l.t - since;
      }
    }
    if (l.what === 'outreach-end') a.slots.add(l.t, -1);
    if (since !== undefined && endsWait) {
      waitingSince.delete(l.child);
      a.waiting.add(l.t, -1);
    }
    if (l.what === 'outreach-wait') {
      waitingSince.set(l.child, l.t);
      a.waiting.add(l.t, 1);
    }
    if (!inReport(l.t)) continue;
    if (l.what === 'outreach-wait' || l.what === 'outreach-without') a.requests++;
    if (l.what === 'outreach-without' || l.what === 'outreach-gave-up') a.wentWithout++;
  }
  a.stillWaiting = waitingSince.size;
  return a;
}
