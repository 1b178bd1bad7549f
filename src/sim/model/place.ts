import type { Scenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { OccupancyMonitor } from '../occupancy-monitor.js';
import { ageAt, type Child } from './child.js';
import { perScenario } from '../per-scenario.js';
import { Occupants } from './member-lists.js';
import { stateAt, type ScheduleInputs } from './capacity-schedule.js';
import type { Sampler } from '../distributions/spec.js';
import { pairKey, placeSpecs } from './place-specs.js';
import type { OutcomeMix } from '../scenario.js';
import type { Purpose } from '../purpose-schema.js';

/** A pool of local places: the Hub's beds, a house, a home, or the outreach team's slots. */
export interface Place {
  index: number;
  kind: 'hub' | 'house' | 'home' | 'outreach';
  name: string;
  /** Places when open. */
  size: number;
  capacity: number;
  used: number;
  monitor: OccupancyMonitor;
  /** Ages accepted: minAge ≤ age < maxAge, in years. */
  minAge: number;
  maxAge: number;
  /** Accepted need indices, or null for all. */
  needs: Set<number> | null;
  /** What a house or home is for (null: the Hub and outreach, which have their own rules), its own stay and exits. */
  purpose: Purpose | null;
  stay: Sampler | null;
  exits: OutcomeMix | null;
  /** Children in the place now (for the sharing rule). */
  occupants: Occupants;
  /** A house's sharing rule: the largest age gap, and need pairs (indices) kept apart; null: any two may share. */
  sharing: { maxAgeGapYears: number; needsApart: Set<number> } | null;
  /** A child who needs single occupancy takes every place (houses). */
  wholeForSingle: boolean;
  fixedGbpPerPlaceDay: number;
  /** Where the fixed cost is booked: local places, the outreach team, or block-purchased external places. */
  fixedCategory: 'localFixed' | 'outreach' | 'externalBlock';
  variableGbpPerChildDay: number;
  fixedSince: number;
  /** Open and close times in days (Infinity when never). */
  opensT: number;
  closesT: number;
  /** Places sold to other councils now: staffed, not for local children. */
  soldPlaces: number;
  /** Size, opening, closing and dated steps: capacity over time (capacity-schedule.ts). */
  schedule: ScheduleInputs;
  /** Counters over the reporting period. */
  admissions: number;
  turnedAway: number;
  staySumDays: number;
  stays: number;
}

/** Build every place of a scenario, empty: Hub first, then houses, homes, and outreach last. */
export function buildPlaces(s: Scenario, tl: Timeline): Place[] {
  return perScenario(s, 'placeSpecs', () => placeSpecs(s, tl)).map((p, i) => freshPlace(p, i, tl.weeks));
}

/** Whether the child may share with everyone already in the place (a house's sharing rule). */
function compatible(place: Place, child: Child, t: number): boolean {
  const rule = place.sharing!;
  const age = ageAt(child, t);
  for (const other of place.occupants) {
    if (other === child) continue;
    if (Math.abs(ageAt(other, t) - age) > rule.maxAgeGapYears) return false;
    if (rule.needsApart.has(pairKey(other.need, child.need))) return false;
  }
  return true;
}

/** What a place is, before any replication uses it. */
export type PlaceSpec = Omit<Place, 'index' | 'capacity' | 'soldPlaces' | 'occupants' | 'used' | 'monitor' | 'fixedSince' | 'admissions' | 'turnedAway' | 'staySumDays' | 'stays'>;

/** A place as it stands at time 0: open if its opening date has passed, empty. */
function freshPlace(p: PlaceSpec, index: number, weeks: number): Place {
  const { capacity, minAge, maxAge, fixedGbpPerPlaceDay, soldPlaces } = stateAt(p.schedule, 0);
  return {
    index, kind: p.kind, name: p.name, size: p.size, capacity, used: 0,
    monitor: new OccupancyMonitor(capacity, weeks),
    minAge, maxAge, needs: p.needs, wholeForSingle: p.wholeForSingle,
    purpose: p.purpose, stay: p.stay, exits: p.exits, sharing: p.sharing, occupants: new Occupants(),
    fixedGbpPerPlaceDay, fixedCategory: p.fixedCategory, variableGbpPerChildDay: p.variableGbpPerChildDay,
    fixedSince: 0, opensT: p.opensT, closesT: p.closesT, schedule: p.schedule, soldPlaces,
    admissions: 0, turnedAway: 0, staySumDays: 0, stays: 0,
  };
}

/** Places a child would take here: all of a house's places now if they need single occupancy, else one. */
export function placesNeeded(place: Place, child: Child): number {
  return child.single && place.wholeForSingle ? Math.max(1, place.capacity) : 1;
}

/**
 * Whether the place accepts this child at time t (purpose, age, need,
 * registration, a house's sharing rule), ignoring room. A house or home takes only children whose
 * referral targets its purpose (no target: a long-term place).
 */
export function accepts(place: Place, child: Child, t: number): boolean {
  if (!eligible(place, child, t)) return false;
  return place.sharing === null || place.occupants.size === 0 || compatible(place, child, t);
}

/** Whether the place is for this child at all: its purpose, ages and needs (not whether it has room, or the sharing rule). */
export function eligible(place: Place, child: Child, t: number): boolean {
  if (place.purpose !== null && place.purpose !== (child.purpose ?? 'longTerm')) return false;
  const age = ageAt(child, t);
  return age >= place.minAge && age < place.maxAge && (place.needs === null || place.needs.has(child.need));
}

/**
 * Whether the place is open, accepts the child and has room for them now.
 * `roomOnly` skips the age and need rules (today's caseload is where it is).
 */
export function hasRoomFor(place: Place, child: Child, t: number, roomOnly = false): boolean {
  return place.capacity > 0 && place.used + placesNeeded(place, child) <= place.capacity && (roomOnly || accepts(place, child, t));
}
