import type { Scenario } from '../../src/sim/scenario.js';
import { caseloadChildren, residential, type Segment } from './segments.js';
import { ratio } from './step-function.js';
import type { AuditContext } from './auditor.js';

/** Hub stays, residential starts and lengths, moves, exits and children in care (docs/model.md "What a replication reports"). */
export function childFigures(c: AuditContext): void {
  const { s, segments, inReport, count, set, o } = c;
  const hubStays = segments.filter((g) => g.kind === 'hub' && g.endT !== Infinity && inReport(g.endT));
  set('hub.turnedAway', count('spillover', 'Hub'));
  const stayDays = hubStays.reduce((a, g) => a + g.endT - g.startT, 0);
  set('hub.stays', hubStays.length);
  set('hub.stayDays', stayDays);
  set('hub.meanStayDays', ratio(stayDays, hubStays.length));
  // Today's caseload, already placed, is neither a start nor an admission (docs/model.md).
  set('residential.starts', segments.filter((g) => residential(g) && inReport(g.loggedT) && g.caseloadRow === null).length);
  set('residential.entrants', entrants(s, c.log, o, segments).filter((g) => inReport(g.loggedT)).length);
  const ended = segments.filter((g) => residential(g) && g.endT !== Infinity && inReport(g.endT));
  set('residential.meanPlacementWeeks', ratio(ended.reduce((a, g) => a + g.endT - g.startT, 0), ended.length) / 7);
  // A move is any placement after the child's first; children in care: in a placement at the
  // period's start or placed during it.
  const placedBefore = new Set<number>();
  const moves = segments.filter((g) => (placedBefore.has(g.child) || !placedBefore.add(g.child)) && inReport(g.loggedT)).length;
  const inCare = new Set(segments.filter((g) => g.endT > o || inReport(g.loggedT)).map((g) => g.child)).size;
  set('stability.moves', moves);
  // Breakdowns of placements of children in care; an at-risk child's breakdown is an entry to care.
  const { inCareBreakdowns, atRiskEntries } = breakdownsOf(c);
  set('stability.breakdowns', inCareBreakdowns);
  set('atRisk.entries', atRiskEntries);
  set('stability.movesPerChild', ratio(moves, inCare));
  set('stability.breakdownsPerChild', ratio(inCareBreakdowns, inCare));
  set('stability.stepDowns', count('step-down'));
  set('children.inCare', inCare);
  // Today's caseload is placed when the warm-up ends, in the period (docs/model.md).
  set('children.caseloadMoved', s.initialCaseload.filter((_, row) => !segments.some((g) => g.caseloadRow === row)).length);
  set('children.turned18', count('turned-18'));
  set('children.returnedHome', count('returned-home'));
  set('children.sgo', count('special-guardianship'));
}

/** Breakdowns in the period, split by whether the child was at risk outside care (their last `at-risk` line not yet followed by a placement or leaving). */
function breakdownsOf(c: AuditContext): { inCareBreakdowns: number; atRiskEntries: number } {
  const atRisk = new Set<number>();
  let inCareBreakdowns = 0;
  let atRiskEntries = 0;
  for (const l of c.log) {
    if (l.what === 'at-risk') atRisk.add(l.child);
    else if (l.what.startsWith('placed-') || l.where === 'left') atRisk.delete(l.child);
    if (l.what !== 'breakdown' || !c.inReport(l.t)) continue;
    if (atRisk.has(l.child)) atRiskEntries++;
    else inCareBreakdowns++;
  }
  return { inCareBreakdowns, atRiskEntries };
}

/** Each child's first residential placement in the run, unless today's caseload already had them in residential care. */
function entrants(s: Scenario, log: AuditContext['log'], o: number, segments: Segment[]): Segment[] {
  const seen = new Set<number>();
  for (const [id, row] of caseloadChildren(s, log, o)) {
    const setting = s.initialCaseload[row].setting;
    if (setting !== 'family' && setting !== 'hub') seen.add(id);
  }
  return segments.filter((g) => residential(g) && !seen.has(g.child) && (seen.add(g.child), true));
}
