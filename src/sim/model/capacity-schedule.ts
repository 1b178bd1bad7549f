import type { Timeline } from '../timeline.js';

/** What a place offers at a moment: places available and the ages it may take. */
export interface CapacityState {
  /** Places for local children (after any sold to other councils). */
  capacity: number;
  /** Places sold to other councils: staffed (fixed cost) but not for local children. */
  soldPlaces: number;
  minAge: number;
  maxAge: number;
  fixedGbpPerPlaceDay: number;
}

/** A change of what a place offers, at time `t` (days). */
export interface CapacityChange extends CapacityState {
  t: number;
}

/** A dated step as the schedule reads it (places and/or the ages accepted). */
export interface TimedStep {
  t: number;
  places?: number;
  minAge?: number;
  maxAge?: number;
  fixedGbpPerPlaceDay?: number;
}

/** The inputs that fix a place's capacity over time. */
export interface ScheduleInputs {
  /** Places when open, before any step. */
  size: number;
  minAge: number;
  maxAge: number;
  fixedGbpPerPlaceDay: number;
  opensT: number;
  closesT: number;
  steps: TimedStep[];
  /** Places sold to other councils, each from `fromT` to `toT`. */
  sold: { fromT: number; toT: number; places: number }[];
}

/**
 * A place's capacity at time t: nothing before it opens or after it closes;
 * otherwise the places of the last step on or before t (its size if none),
 * less any places sold to other councils then, and the ages of the last
 * step that set them.
 */
export function stateAt(x: ScheduleInputs, t: number): CapacityState {
  let places = x.size;
  let minAge = x.minAge;
  let maxAge = x.maxAge;
  let fixedGbpPerPlaceDay = x.fixedGbpPerPlaceDay;
  for (const s of x.steps) {
    if (s.t > t) break;
    places = s.places ?? places;
    minAge = s.minAge ?? minAge;
    maxAge = s.maxAge ?? maxAge;
    fixedGbpPerPlaceDay = s.fixedGbpPerPlaceDay ?? fixedGbpPerPlaceDay;
  }
  const open = x.opensT <= t && t < x.closesT;
  const sold = open ? Math.min(places, x.sold.reduce((a, s) => a + (s.fromT <= t && t < s.toT ? s.places : 0), 0)) : 0;
  return { capacity: open ? places - sold : 0, soldPlaces: sold, minAge, maxAge, fixedGbpPerPlaceDay };
}

/** The changes after time 0 (in time order), one per moment at which something differs. */
export function changesAfterStart(x: ScheduleInputs): CapacityChange[] {
  const moments = [x.opensT, x.closesT, ...x.steps.map((s) => s.t), ...x.sold.flatMap((s) => [s.fromT, s.toT])].filter((t) => t > 0 && t < Infinity);
  const times = [...new Set(moments)].sort((a, b) => a - b);
  const out: CapacityChange[] = [];
  let last = stateAt(x, 0);
  for (const t of times) {
    const now = stateAt(x, t);
    if (now.capacity !== last.capacity || now.soldPlaces !== last.soldPlaces || now.minAge !== last.minAge || now.maxAge !== last.maxAge || now.fixedGbpPerPlaceDay !== last.fixedGbpPerPlaceDay) out.push({ t, ...now });
    last = now;
  }
  return out;
}

/** Mean places available in each reporting week (the report's capacity line). */
export function weeklyCapacity(tl: Timeline, x: ScheduleInputs): number[] {
  const edges = [0, ...changesAfterStart(x).map((c) => c.t)];
  const values = [stateAt(x, 0).capacity, ...changesAfterStart(x).map((c) => c.capacity)];
  return tl.weekStarts.map((_, w) => {
    const a = tl.originT + 7 * w;
    const b = Math.min(a + 7, tl.horizonT);
    let placeDays = 0;
    edges.forEach((from, i) => {
      const to = i + 1 < edges.length ? edges[i + 1] : Infinity;
      placeDays += values[i] * Math.max(0, Math.min(b, to) - Math.max(a, from));
    });
    return placeDays / (b - a);
  });
}
