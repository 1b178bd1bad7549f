import type { Scenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { OccupancyMonitor } from '../occupancy-monitor.js';
import { ageAt, type Child } from './child.js';
import { perScenario } from '../per-scenario.js';

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
  /** A child who needs single occupancy takes every place (houses). */
  wholeForSingle: boolean;
  fixedGbpPerPlaceDay: number;
  variableGbpPerChildDay: number;
  fixedSince: number;
  /** Open and close times in days (Infinity when never). */
  opensT: number;
  closesT: number;
  /** Counters over the reporting period. */
  admissions: number;
  turnedAway: number;
  staySumDays: number;
  stays: number;
}

const DAYS_PER_WEEK = 7;
/** The team's weekly cost is a 52-week year, as seed 001 §14 costs it: 12 × £660 × 52 = £411,840 a year. */
const WEEKS_PER_TEAM_YEAR = 52;
const DAYS_PER_YEAR = 365.25;

/** Build every place of a scenario, empty: Hub first, then houses, homes, and outreach last. */
export function buildPlaces(s: Scenario, tl: Timeline): Place[] {
  return perScenario(s, 'placeSpecs', () => placeSpecs(s, tl)).map((p, i) => freshPlace(p, i, tl.weeks));
}

/** What each place of a scenario is, in the order buildPlaces returns them. */
function placeSpecs(s: Scenario, tl: Timeline): PlaceSpec[] {
  const needIndex = (n: string) => s.needs.indexOf(n);
  const needSet = (list: string[]) => (list.length === 0 ? null : new Set(list.map(needIndex)));
  const places: PlaceSpec[] = [];
  const add = (p: PlaceSpec) => places.push(p);
  const when = (x: { opens?: string; closes?: string }) => ({
    opensT: x.opens ? tl.timeOf(x.opens) : -Infinity,
    closesT: x.closes ? tl.timeOf(x.closes) : Infinity,
  });
  const { hub, houses, homes, outreach } = s.services;
  add({ kind: 'hub', name: 'Hub', size: hub.beds, minAge: 0, maxAge: 18, needs: null, wholeForSingle: false, fixedGbpPerPlaceDay: hub.fixedWeeklyGbpPerBed / DAYS_PER_WEEK, variableGbpPerChildDay: hub.variableWeeklyGbpPerChild / DAYS_PER_WEEK, ...when(hub) });
  for (const h of houses) {
    // Seed 001 §22: one house "regulated for use by children under 16", the others "only ... over 16".
    const [minAge, maxAge] = h.registration === 'unregulated16plus' ? [16, 18] : [0, 16];
    add({ kind: 'house', name: h.name, size: h.places, minAge, maxAge, needs: needSet(h.needs), wholeForSingle: true, fixedGbpPerPlaceDay: h.fixedWeeklyGbpPerPlace / DAYS_PER_WEEK, variableGbpPerChildDay: h.variableWeeklyGbpPerChild / DAYS_PER_WEEK, ...when(h) });
  }
  for (const h of homes) {
    add({ kind: 'home', name: h.name, size: h.beds, minAge: h.minAge, maxAge: h.maxAge, needs: needSet(h.needs), wholeForSingle: false, fixedGbpPerPlaceDay: h.fixedWeeklyGbpPerBed / DAYS_PER_WEEK, variableGbpPerChildDay: h.variableWeeklyGbpPerChild / DAYS_PER_WEEK, ...when(h) });
  }
  add({ kind: 'outreach', name: 'Outreach', size: outreach.slots, minAge: 0, maxAge: 18, needs: null, wholeForSingle: false, fixedGbpPerPlaceDay: (outreach.fixedWeeklyGbpPerSlot * WEEKS_PER_TEAM_YEAR) / DAYS_PER_YEAR, variableGbpPerChildDay: 0, opensT: -Infinity, closesT: Infinity });
  return places;
}

/** What a place is, before any replication uses it. */
export type PlaceSpec = Omit<Place, 'index' | 'capacity' | 'used' | 'monitor' | 'fixedSince' | 'admissions' | 'turnedAway' | 'staySumDays' | 'stays'>;

/** A place as it stands at time 0: open if its opening date has passed, empty. */
function freshPlace(p: PlaceSpec, index: number, weeks: number): Place {
  const capacity = p.opensT <= 0 && p.closesT > 0 ? p.size : 0;
  return {
    index, kind: p.kind, name: p.name, size: p.size, capacity, used: 0,
    monitor: new OccupancyMonitor(capacity, weeks),
    minAge: p.minAge, maxAge: p.maxAge, needs: p.needs, wholeForSingle: p.wholeForSingle,
    fixedGbpPerPlaceDay: p.fixedGbpPerPlaceDay, variableGbpPerChildDay: p.variableGbpPerChildDay,
    fixedSince: 0, opensT: p.opensT, closesT: p.closesT,
    admissions: 0, turnedAway: 0, staySumDays: 0, stays: 0,
  };
}

/** Places a child would take here: all of a house if they need single occupancy, else one. */
export function placesNeeded(place: Place, child: Child): number {
  return child.single && place.wholeForSingle ? place.size : 1;
}

/** Whether the place accepts this child at time t (age, need, registration), ignoring room. */
export function accepts(place: Place, child: Child, t: number): boolean {
  const age = ageAt(child, t);
  if (age < place.minAge || age >= place.maxAge) return false;
  return place.needs === null || place.needs.has(child.need);
}

/**
 * Whether the place is open, accepts the child and has room for them now.
 * `roomOnly` skips the age and need rules (today's caseload is where it is).
 */
export function hasRoomFor(place: Place, child: Child, t: number, roomOnly = false): boolean {
  return place.capacity > 0 && place.used + placesNeeded(place, child) <= place.capacity && (roomOnly || accepts(place, child, t));
}
