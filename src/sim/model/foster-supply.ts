import type { Scenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import type { FosterCarers } from '../foster-supply-schema.js';
import { OccupancyMonitor } from '../occupancy-monitor.js';
import type { Child } from './child.js';
import { COUNT, type ModelState } from './state.js';
import type { ScheduleInputs } from './capacity-schedule.js';
import { goTo, record, startPlacement } from './placements.js';
import { tally } from './tally.js';

/**
 * Foster carers as capacity (services.fosterCarers; seed 002 "Market
 * capacity for mainstream and specialist carers"). Each pool is a number of
 * carers free for this cohort, one child each, at the pool's weekly price.
 * A child needing a specialist (level 6) carer takes only a specialist
 * carer; others only a mainstream one; the first free pool in the listed
 * order is taken (in-house before agency, as the scenario lists them). A
 * pool that shrinks keeps the children it has (carers leave as their
 * placements end); it takes no one new until it is below its size.
 */
export interface CarerPool {
  name: string;
  kind: 'mainstream' | 'specialist';
  carers: number;
  used: number;
  gbpPerDay: number;
  monitor: OccupancyMonitor;
  schedule: ScheduleInputs;
}

export interface FosterSupply {
  rules: FosterCarers;
  pools: CarerPool[];
  /** Step-downs waiting for a carer, first come first served (step-down-wait.ts). */
  waiting: Child[];
  /** A carer came free (or a pool grew) during the current event: serve the waiting list after it. */
  freed: boolean;
  /** Step-downs made, by financial year of the reporting period (to set against seed 002's yearly target). */
  stepDownsByYear: number[];
}

/** The carer pools of a scenario, all free, or null when family-based care never runs out. */
export function createFosterSupply(s: Scenario, tl: Timeline): FosterSupply | null {
  const rules = s.services.fosterCarers;
  if (!rules) return null;
  const pools = rules.pools.map((p) => ({
    name: p.name, kind: p.kind, carers: p.carers, used: 0, gbpPerDay: p.weeklyGbp / 7,
    monitor: new OccupancyMonitor(p.carers, tl.weeks),
    schedule: { size: p.carers, minAge: 0, maxAge: 18, fixedGbpPerPlaceDay: 0, opensT: -Infinity, closesT: Infinity, steps: p.capacitySteps.map((c) => ({ t: tl.timeOf(c.from), places: c.places })), sold: [] },
  }));
  return { rules, pools, waiting: [], freed: false, stepDownsByYear: tl.years.map(() => 0) };
}

/** Whether the child needs a specialist carer: drawn once, from the child's own traits stream (seed 002: 6 of 8). */
export function needsSpecialist(st: ModelState, child: Child): boolean {
  if (child.needsSpecialistCarer === null) child.needsSpecialistCarer = child.rng.traits() < st.foster!.rules.specialistShare;
  return child.needsSpecialistCarer;
}

/** The index of the first pool with a free carer of the child's kind, or -1. */
export function freeCarer(st: ModelState, child: Child): number {
  const kind = needsSpecialist(st, child) ? 'specialist' : 'mainstream';
  return st.foster!.pools.findIndex((p) => p.kind === kind && p.used < p.carers);
}

/** Start a family placement with the carer of pool i, at the pool's price. */
export function placeWithCarer(st: ModelState, child: Child, i: number, gbpPerDay?: number): void {
  const pool = st.foster!.pools[i];
  startPlacement(st, child, 'family', null, gbpPerDay ?? pool.gbpPerDay, 'family', st.s.placements.family);
  pool.used++;
  pool.monitor.add(st.now, 1);
  child.carerPool = i;
}

/** A family placement (not a step-down) with limited carers: a free carer, else the scenario's `whenNoCarer` rule. */
export function placeFamilyLimited(st: ModelState, child: Child): void {
  const i = freeCarer(st, child);
  if (i >= 0) return placeWithCarer(st, child, i);
  tally(st, COUNT.familyNoCarer);
  record(st, 'no-carer', child, 'family');
  const rules = st.foster!.rules;
  if (rules.whenNoCarer === 'spotPurchase') return startPlacement(st, child, 'family', null, rules.spotWeeklyGbp! / 7, 'family', st.s.placements.family);
  goTo(st, child, 'inHouseHome');
}

/** A family placement ends: its carer is free again (served after the event). */
export function releaseCarer(st: ModelState, child: Child): void {
  if (child.carerPool < 0) return;
  const pool = st.foster!.pools[child.carerPool];
  pool.used--;
  pool.monitor.add(st.now, -1);
  child.carerPool = -1;
  st.foster!.freed = true;
}

/** A pool's size changes on a date (a recruitment drive): it takes new children only while below it. */
export function onCarers(st: ModelState, i: number, carers: number): void {
  const pool = st.foster!.pools[i];
  record(st, carers > pool.carers ? 'carers-added' : 'carers-removed', { id: 0 } as Child, `${pool.name} ${pool.carers}->${carers}`);
  pool.carers = carers;
  pool.monitor.setCapacity(st.now, carers);
  st.foster!.freed = true;
}
