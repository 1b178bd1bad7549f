import { RETURN_HOME_REC, SGO_REC, UNPLANNED_CHANGE } from './code-lists.js';
import { poissonRate, wilsonShare, type Estimate } from './intervals.js';
import type { Placement } from './placements.js';
import type { ObservationWindow } from './window.js';

/** carecap's exits from a placement, and the ends it has no exit for. */
export type ExitKind = 'breakdown' | 'stepDown' | 'returnHome' | 'sgo' | 'other';
const KINDS: ExitKind[] = ['breakdown', 'stepDown', 'returnHome', 'sgo', 'other'];

/** Exits within this many days before the 18th birthday count as turning 18 (carecap ends care on the birthday itself). */
export const EIGHTEEN_TOLERANCE_DAYS = 7;

/** Constant yearly exit hazards of a group of placements: events ÷ placement-years in the window. */
export interface ExitRates {
  exposureYears: number;
  placements: number;
  rates: Record<ExitKind, Estimate>;
  /** Moves to another residential placement by REASON_PLACE_CHANGE: unplanned (CREQB, CREQO, CHILD, ALLEG, STAND), other given reasons, none given. */
  moveReasons: { unplanned: number; planned: number; none: number };
  /** Why the group was pooled, if it was. */
  pooled: string | null;
}

/** The carecap exit a placement's end is, or null if it is still open, ended outside the window or at 18. */
export function exitKind(p: Placement, w: ObservationWindow): ExitKind | null {
  if (p.end.kind === 'open' || p.endDay === null || p.endDay < w.startDay || p.endDay >= w.endDay) return null;
  if (p.endDay >= p.eighteenthDay - EIGHTEEN_TOLERANCE_DAYS) return null;
  if (p.end.kind === 'move') {
    if (p.end.to === 'residential') return 'breakdown';
    if (p.end.to === 'family') return p.setting === 'residential' ? 'stepDown' : null;
    return 'other';
  }
  if (RETURN_HOME_REC.has(p.end.rec)) return 'returnHome';
  return SGO_REC.has(p.end.rec) ? 'sgo' : 'other';
}

/** Days a placement is seen at risk in the window, up to its end, the window's end or the 18th birthday. */
export function exposureDays(p: Placement, w: ObservationWindow): number {
  const from = Math.max(p.startDay, w.startDay);
  const to = Math.min(p.endDay ?? w.endDay, w.endDay, p.eighteenthDay);
  return Math.max(0, to - from);
}

/** Exit hazards of a group of placements. */
export function exitRates(group: Placement[], w: ObservationWindow, pooled: string | null = null): ExitRates {
  const counts: Record<ExitKind, number> = { breakdown: 0, stepDown: 0, returnHome: 0, sgo: 0, other: 0 };
  const moveReasons = { unplanned: 0, planned: 0, none: 0 };
  let days = 0;
  for (const p of group) {
    days += exposureDays(p, w);
    const k = exitKind(p, w);
    if (k) counts[k]++;
    if (k === 'breakdown' && p.end.kind === 'move') {
      if (p.end.reason === '') moveReasons.none++;
      else if (UNPLANNED_CHANGE.has(p.end.reason)) moveReasons.unplanned++;
      else moveReasons.planned++;
    }
  }
  const exposureYears = days / 365.25;
  const rates = Object.fromEntries(KINDS.map((k) => [k, poissonRate(counts[k], exposureYears)])) as Record<ExitKind, Estimate>;
  return { exposureYears, placements: group.length, rates, moveReasons, pooled };
}

/** Fewest exits, and placement-years, for a group's own rates; below either the group is pooled. */
export const MIN_GROUP_EXITS = 5;
export const MIN_GROUP_YEARS = 5;

/** Too little in a group to estimate it alone. */
export function sparse(r: ExitRates): boolean {
  const exits = Object.values(r.rates).reduce((s, e) => s + e.events, 0);
  return exits < MIN_GROUP_EXITS || r.exposureYears < MIN_GROUP_YEARS;
}

/** Residential (local, external) and family-based exit hazards, pooled where sparse. */
export function estimateExits(placements: Placement[], w: ObservationWindow): { local: ExitRates; external: ExitRates; family: ExitRates } {
  const seen = placements.filter((p) => exposureDays(p, w) > 0);
  const residential = seen.filter((p) => p.setting === 'residential');
  const all = exitRates(residential, w);
  const local = exitRates(residential.filter((p) => p.local), w);
  const external = exitRates(residential.filter((p) => !p.local), w);
  const stepped = exitRates(seen.filter((p) => p.setting === 'family' && p.afterResidential), w);
  const why = 'too few exits or placement-years alone; pooled with';
  return {
    local: sparse(local) ? { ...all, pooled: `${why} external residential` } : local,
    external: sparse(external) ? { ...all, pooled: `${why} local residential` } : external,
    family: sparse(stepped) ? exitRates(seen.filter((p) => p.setting === 'family'), w, `${why} every family-based placement`) : stepped,
  };
}

/** Share of external residential placements begun in the window that were out of county (PL_LOCATION OUT), or null when the file does not say. */
export function outOfCountyShare(placements: Placement[], w: ObservationWindow): Estimate | null {
  const ext = placements.filter((p) => p.setting === 'residential' && !p.local && p.startDay >= w.startDay && p.outOfCounty !== null);
  return ext.length === 0 ? null : wilsonShare(ext.filter((p) => p.outOfCounty).length, ext.length);
}
