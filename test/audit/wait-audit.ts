import type { LogLine } from '../sim/helpers.js';
import { pieces, ratio, StepFunction } from './step-function.js';
import type { AuditContext } from './auditor.js';

const THRESHOLDS_DAYS = [7, 28, 91];

/**
 * The wait tallies of docs/results.md "Waits and occupancy distributions": a wait runs from asking
 * (0 when a place was free) or joining the list to being served or giving up (censored there);
 * waits still open at the horizon and requests that could not wait at all are not counted.
 */
export function waitFigures(c: AuditContext, prefix: 'hub' | 'outreach', waits: number[]): void {
  c.set(`${prefix}.waitsEnded`, waits.length);
  for (const t of THRESHOLDS_DAYS) {
    const over = waits.filter((w) => w > t).length;
    c.set(`${prefix}.waitsOver${t}Days`, over);
    c.set(`${prefix}.shareWaitOver${t}Days`, ratio(over, waits.length));
  }
}

/** Outreach waits ended in the period: served (from the request) or gave up (from joining the list). */
export function outreachWaits(log: LogLine[], inReport: (t: number) => boolean): number[] {
  const since = new Map<number, number>();
  const out: number[] = [];
  for (const l of log) {
    if (l.what === 'outreach-wait') since.set(l.child, l.t);
    else if (l.what === 'outreach-start' || l.what === 'outreach-gave-up') {
      if (inReport(l.t)) out.push(l.t - (since.get(l.child) ?? l.t));
      since.delete(l.child);
    } else if (l.what === 'outreach-without') since.delete(l.child);
  }
  return out;
}

/**
 * Hub waits ended in the period: from the referral to a Hub bed, or to the crisis wait running out
 * (a `spillover` at the Hub after waiting). A turn-away with no wait (loss system) is not a wait.
 */
export function hubWaits(log: LogLine[], inReport: (t: number) => boolean): number[] {
  const referred = new Map<number, number>();
  const waiting = new Set<number>();
  const out: number[] = [];
  for (const l of log) {
    if (l.what === 'referral') referred.set(l.child, l.t);
    else if (l.what === 'placed-waitingHub') waiting.add(l.child);
    else if ((l.what === 'placed-hub' || (l.what === 'spillover' && l.where === 'Hub' && waiting.has(l.child))) && referred.has(l.child)) {
      if (inReport(l.t)) out.push(l.t - referred.get(l.child)!);
      referred.delete(l.child);
      waiting.delete(l.child);
    } else if (l.what === 'spillover' && l.where === 'Hub') referred.delete(l.child);
    else if (l.where === 'left') {
      referred.delete(l.child);
      waiting.delete(l.child);
    }
  }
  return out;
}

/** P(N = j) for j = 0 … capacity − 1, and P(N ≥ capacity) as the last. */
export function occupancyDistribution(c: AuditContext, prefix: string, occupancy: StepFunction, capacity: number): void {
  const share = new Array<number>(capacity + 1).fill(0);
  for (const p of pieces([occupancy], c.o, c.h)) share[Math.min(p.levels[0], capacity)] += (p.to - p.from) / c.days;
  share.forEach((v, j) => c.set(`${prefix}.shareTimeAt${j}`, v));
}
