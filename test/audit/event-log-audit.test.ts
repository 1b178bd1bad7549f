import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/scenario.js';
import { runLogged } from '../sim/helpers.js';
import { audit } from './auditor.js';
import { auditable, mismatches } from './auditable.js';

/**
 * The audited runs: from 1 April with a warm-up; mid-year across a leap day with a loss-system Hub; no warm-up;
 * and the first again with the outreach team serving by priority (today's children, then breakdowns, then the rest).
 */
function variants(): [string, Scenario, number][] {
  const midYear = auditable({ startDate: '2027-10-15', horizonYears: 2.31, warmupYears: 0.4 });
  midYear.services.hub.maxWaitDays = 0; // breakdowns spill straight to external placements, with the uplift
  const byPriority = auditable();
  byPriority.services.outreach.priority = ['caseload', 'breakdown'];
  return [
    ['rich scenario from 1 April with a half-year warm-up', auditable(), 1],
    ['rich scenario starting mid-year (15 October 2027), ending mid-year, across 29 February 2028, horizon not whole weeks, Hub without waiting', midYear, 2],
    ["rich scenario without a warm-up: today's caseload, its moves and its costs are in the period", auditable({ warmupYears: 0 }), 3],
    ['rich scenario with the outreach team serving by priority (caseload, breakdown, then the rest first come, first served)', byPriority, 1],
  ];
}

describe('event-log auditor: every figure and weekly series recomputed from the log agrees with the model', () => {
  for (const [name, s, seed] of variants()) {
    it(name, () => {
      expect(mismatches(s, seed)).toEqual([]);
    });
  }

  it('the audited runs exercise every feature (so the agreement above is not vacuous)', () => {
    const runs = variants().map(([, s, seed]) => ({ s, log: runLogged(s, seed, 0).log }));
    const audits = runs.map(({ s, log }) => audit(s, log));
    const seen = new Set(runs.flatMap((r) => r.log.map((l) => l.what)));
    for (const what of ['spillover', 'breakdown', 'step-down', 'returned-to-county', 'placed-waitingHub', 'outreach-wait', 'outreach-gave-up', 'turned-18', 'special-guardianship', 'closed', 'opened', 'turned-away']) {
      expect(seen, what).toContain(what);
    }
    for (const a of audits) {
      expect(a.figures.get('cost.outOfCounty')).toBeGreaterThan(0);
      expect(a.figures.get('outreach.meanWaitingList')).toBeGreaterThan(0);
      expect(a.figures.get('ooc.returned')).toBeGreaterThan(0);
      // Today's caseload is placed when the warm-up ends, so warm-up children may hold its places.
      expect(a.segments.filter((g) => g.caseloadRow !== null).length).toBeGreaterThan(4);
      expect(a.figures.get('children.caseloadMoved')).toBeGreaterThan(0);
      expect(a.figures.get('atRisk.entries')).toBeGreaterThan(0);
      expect(a.figures.get('outreach.waitsOver7Days')).toBeGreaterThan(0);
    }
    // A Hub wait of more than a week, in one of the runs with Hub waiting (the first and third).
    expect(audits[0].figures.get('hub.waitsOver7Days')! + audits[2].figures.get('hub.waitsOver7Days')!).toBeGreaterThan(0);
    expect(audits[0].outreach.endedByRisk).toBeGreaterThan(0);
    expect(audits[1].segments.some((g) => g.viaBreakdown)).toBe(true);
    expect(audits[1].periods.years.map((y) => y.fy)).toEqual([2027, 2028, 2029]);
    expect(audits[2].figures.get('children.caseloadMoved')).toBe(2);
    expect((audits[1].periods.horizonT - audits[1].periods.originT) % 7).not.toBe(0);
    // Waits by kind of request: at least two kinds waited, so the per-kind figures are not all zeros.
    const waitedKinds = [...audits[3].outreach.byKind.values()].filter((k) => k.waitDays > 0);
    expect(waitedKinds.length).toBeGreaterThanOrEqual(2);
  });
});
