import type { Scenario } from '../../src/sim/scenario.js';
import type { LogLine } from '../sim/helpers.js';

/** Where a placement is, as the event log names it. */
export type SegmentKind = 'hub' | 'house' | 'home' | 'family' | 'inCounty' | 'outOfCounty' | 'crisis';

/** One placement of one child, read off the event log: from its `placed-*` line to the next one or to leaving care. */
export interface Segment {
  child: number;
  kind: SegmentKind;
  /** The place's name for hub, house and home placements. */
  place: string | null;
  /** When the placement started; for today's caseload, `weeksInPlacement` before time 0. */
  startT: number;
  /** When it was first put on the log (the start, or 0 for today's caseload). */
  loggedT: number;
  /** When it ended; Infinity if still open at the horizon. */
  endT: number;
  /** An external placement made because a placement broke down (it carries the breakdown uplift). */
  viaBreakdown: boolean;
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
  const breakdownAt = new Map<number, number>();
  for (const line of log) {
    if (line.what === 'breakdown') breakdownAt.set(line.child, line.t);
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
        viaBreakdown: (kind === 'inCounty' || kind === 'outOfCounty') && breakdownAt.get(line.child) === line.t,
        caseloadRow: null,
      };
      const row = caseloadRowOf(s, line, previous === undefined, seg);
      if (row !== null) {
        seg.caseloadRow = row;
        seg.startT = -s.initialCaseload[row].weeksInPlacement * 7;
      }
      open.set(line.child, seg);
      all.push(seg);
    }
    last.set(line.child, line);
  }
  return all;
}

/** Caseload children are ids 1 … rows, placed at time 0; their first placement is "as stated" if it matches the row. */
function caseloadRowOf(s: Scenario, line: LogLine, first: boolean, seg: Segment): number | null {
  const row = line.child - 1;
  if (!first || line.t !== 0 || row >= s.initialCaseload.length) return null;
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
