import type { Scenario } from '../../src/sim/scenario.js';
import type { LogLine } from '../sim/helpers.js';
import { periodsOf } from './periods.js';

/** Where a placement is, as the event log names it. */
export type SegmentKind = 'hub' | 'house' | 'home' | 'family' | 'inCounty' | 'outOfCounty' | 'crisis';

/** One placement of one child, read off the event log: from its `placed-*` line to the next one or to leaving care. */
export interface Segment {
  child: number;
  kind: SegmentKind;
  /** The place's name for hub, house and home placements. */
  place: string | null;
  /** When the placement started; for today's caseload, `weeksInPlacement` before the period starts. */
  startT: number;
  /** When it was first put on the log (the start, or the period's start for today's caseload). */
  loggedT: number;
  /** When it ended; Infinity if still open at the horizon. */
  endT: number;
  /**
   * The child's next placement after a placement in care broke down (docs/model.md: the uplift follows
   * the child's history; a Hub bed or a crisis wait on the way does not settle it, any other placement
   * does, and carries the amount its own placements block states: placements.*.breakdownUpliftWeeklyGbp).
   */
  viaBreakdown: boolean;
  /** A spill-over (a `spillover` line) sent the child here: the placement right after it, whatever it is. */
  fromSpill: boolean;
  /** The caseload row it came from, when it is a caseload child's first placement as stated. */
  caseloadRow: number | null;
}

const KIND: Record<string, (where: string) => SegmentKind> = {
  'placed-hub': () => 'hub',
  'placed-house': () => 'house',
  'placed-home': () => 'home',
  'placed-family': () => 'family',
  'placed-waitingHub': () => 'crisis',
  'placed-external': (where) => (where === 'out of county' ? 'outOfCounty' : 'inCounty'),
};

/** Every placement in the log. A line with `where` = "left" ends the child's placement (left care). */
export function readSegments(s: Scenario, log: LogLine[]): Segment[] {
  const open = new Map<number, Segment>();
  const all: Segment[] = [];
  const last = new Map<number, LogLine>();
  const upliftDue = new Set<number>();
  const spillPending = new Set<number>();
  const atRisk = new Set<number>();
  const { originT } = periodsOf(s);
  const rows = caseloadChildren(s, log, originT);
  for (const line of log) {
    if (line.what === 'breakdown' && !atRisk.has(line.child)) upliftDue.add(line.child);
    if (line.what === 'spillover') {
      spillPending.add(line.child);
      // A crisis wait that runs out is a spill-over, and the wait itself part of its cost.
      const waiting = open.get(line.child);
      if (waiting?.kind === 'crisis') waiting.fromSpill = true;
    }
    if (line.what === 'at-risk') atRisk.add(line.child);
    else if (KIND[line.what] || line.where === 'left') atRisk.delete(line.child);
    const kindOf = KIND[line.what] as ((where: string) => SegmentKind) | undefined;
    if (kindOf || line.where === 'left') {
      const seg = open.get(line.child);
      if (seg) seg.endT = line.t;
      open.delete(line.child);
    }
    if (kindOf) {
      const previous = last.get(line.child);
      const kind = kindOf(line.where);
      const seg: Segment = {
        child: line.child, kind, place: ['hub', 'house', 'home'].includes(kind) ? line.where : null,
        startT: line.t, loggedT: line.t, endT: Infinity,
        viaBreakdown: kind !== 'hub' && kind !== 'crisis' && upliftDue.has(line.child),
        fromSpill: spillPending.delete(line.child),
        caseloadRow: null,
      };
      if (kind !== 'hub' && kind !== 'crisis') upliftDue.delete(line.child);
      const row = previous === undefined && line.t === originT ? caseloadRowOf(s, rows.get(line.child), seg) : null;
      if (row !== null) {
        seg.caseloadRow = row;
        seg.startT = originT - s.initialCaseload[row].weeksInPlacement * 7;
      }
      open.set(line.child, seg);
      all.push(seg);
    }
    last.set(line.child, line);
  }
  return all;
}

/**
 * Today's caseload is put where it is when the warm-up ends (docs/model.md "A start from today's
 * caseload"), before any arrival at that instant, so its children are the first new children the
 * log shows at the period's start, in row order (ids are given in order of registration).
 */
export function caseloadChildren(s: Scenario, log: LogLine[], originT: number): Map<number, number> {
  const seen = new Set<number>();
  const fresh: number[] = [];
  for (const l of log) {
    if (!seen.has(l.child) && l.t === originT) fresh.push(l.child);
    seen.add(l.child);
  }
  const ids = [...new Set(fresh)].sort((a, b) => a - b).slice(0, s.initialCaseload.length);
  return new Map(ids.map((id, row) => [id, row]));
}

/** A caseload child's first placement is "as stated" if it matches the row. */
function caseloadRowOf(s: Scenario, row: number | undefined, seg: Segment): number | null {
  if (row === undefined) return null;
  const setting = s.initialCaseload[row].setting;
  const stated =
    (setting === 'hub' && seg.kind === 'hub') ||
    (setting === 'family' && seg.kind === 'family') ||
    (setting === 'external-in-county' && seg.kind === 'inCounty') ||
    (setting === 'external-out-of-county' && seg.kind === 'outOfCounty') ||
    setting === `${seg.kind}:${seg.place}`;
  return stated ? row : null;
}

/** Whether a segment is residential care (local house or home, or external in or out of county). */
export const residential = (g: Segment) => g.kind === 'house' || g.kind === 'home' || g.kind === 'inCounty' || g.kind === 'outOfCounty';
