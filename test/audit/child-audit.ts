import type { Scenario } from '../../src/sim/scenario.js';
import { residential, type Segment } from './segments.js';
import { ratio } from './step-function.js';
import type { AuditContext } from './auditor.js';

/** Hub stays, residential starts and lengths, moves, exits and children in care (docs/model.md "What a replication reports"). */
export function childFigures(c: AuditContext): void {
  const { s, segments, inReport, count, set, o } = c;
  const hubStays = segments.filter((g) => g.kind === 'hub' && g.endT !== Infinity && inReport(g.endT));
  set('hub.turnedAway', count('spillover', 'Hub'));
  set('hub.meanStayDays', ratio(hubStays.reduce((a, g) => a + g.endT - g.startT, 0), hubStays.length));
  set('residential.starts', segments.filter((g) => residential(g) && inReport(g.loggedT)).length);
  set('residential.entrants', entrants(s, segments).filter((g) => inReport(g.loggedT)).length);
  const ended = segments.filter((g) => residential(g) && g.endT !== Infinity && inReport(g.endT));
  set('residential.meanPlacementWeeks', ratio(ended.reduce((a, g) => a + g.endT - g.startT, 0), ended.length) / 7);
  // A move is any placement after the child's first; children in care: in a placement at the
  // period's start or placed during it.
  const placedBefore = new Set<number>();
  const moves = segments.filter((g) => (placedBefore.has(g.child) || !placedBefore.add(g.child)) && inReport(g.loggedT)).length;
  const inCare = new Set(segments.filter((g) => g.endT > o || inReport(g.loggedT)).map((g) => g.child)).size;
  set('stability.moves', moves);
  set('stability.breakdowns', count('breakdown'));
  set('stability.movesPerChild', ratio(moves, inCare));
  set('stability.breakdownsPerChild', ratio(count('breakdown'), inCare));
  set('stability.stepDowns', count('step-down'));
  set('children.inCare', inCare);
  // Today's caseload is placed at time 0; with a warm-up that is before the period, so none is counted.
  const moved = s.initialCaseload.filter((_, row) => !segments.some((g) => g.caseloadRow === row)).length;
  set('children.caseloadMoved', inReport(0) ? moved : 0);
  set('children.turned18', count('turned-18'));
  set('children.returnedHome', count('returned-home'));
  set('children.sgo', count('special-guardianship'));
}

/** Each child's first residential placement in the run, unless today's caseload already had them in residential care. */
function entrants(s: Scenario, segments: Segment[]): Segment[] {
  const seen = new Set<number>();
  s.initialCaseload.forEach((row, i) => {
    if (row.setting !== 'family' && row.setting !== 'hub') seen.add(i + 1);
  });
  return segments.filter((g) => residential(g) && !seen.has(g.child) && (seen.add(g.child), true));
}
