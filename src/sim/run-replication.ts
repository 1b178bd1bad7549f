import type { MetricCatalogue, ReplicationResult } from './results.js';
import type { Scenario } from './scenario.js';
import { buildTimeline, type Timeline } from './timeline.js';
import { Rank } from './event-calendar.js';
import { createState, type ModelState, type TraceFn } from './model/state.js';
import type { SimEvent } from './model/events.js';
import { arrive, scheduleFirstArrivals } from './model/arrivals.js';
import { accrueFixed, onBreakdown, onCapacity, onPlacementExit, onStayEnd, onSupportEnd, onTurn18, onWaitExpires, onWarmupEnd } from './model/handlers.js';
import { startFromCaseload } from './model/caseload-start.js';
import { checkInvariants } from './model/invariants.js';
import { settleFreedPlaces } from './model/freed.js';
import { leaverStamp, releaseLeavers } from './release-leavers.js';
import { figureDefs, seriesInfo, type FigureDef } from './model/figures.js';
import { buildPlaces, type Place } from './model/place.js';

/** Options for one replication: an event log for tests and debugging. */
export interface ReplicationOptions {
  trace?: TraceFn;
  /** Check the model's invariants after every event (slow; for tests). */
  checkInvariants?: boolean;
}

/** An error inside the model, carrying what is needed to re-run this replication alone. */
export class ModelError extends Error {
  constructor(message: string, readonly detail: { t: number; replication: number; seed: number; event: string; child?: number }) {
    super(`${message} (replication ${detail.replication}, seed ${detail.seed}, t=${detail.t.toFixed(3)} days, event ${detail.event}${detail.child ? `, child ${detail.child}` : ''})`);
  }
}

/**
 * What happens to the children in one replication, given a scenario and a
 * seed: plain data in, plain data out. Deterministic: every draw comes from
 * a stream derived from (seed, replication, purpose).
 */
export function runReplication(s: Scenario, seed: number, replication: number, options: ReplicationOptions = {}): ReplicationResult {
  const { tl, defs } = prepare(s);
  const st = createState(s, tl, seed, replication, options.trace);
  startFromCaseload(st, s.initialCaseload);
  scheduleFirstArrivals(st);
  for (const place of st.places) {
    if (place.opensT > 0) st.calendar.schedule(place.opensT, Rank.control, { kind: 'capacity', place, capacity: place.size });
    if (place.closesT < Infinity) st.calendar.schedule(Math.max(0, place.closesT), Rank.control, { kind: 'capacity', place, capacity: 0 });
  }
  if (tl.originT > 0) st.calendar.schedule(tl.originT, Rank.control, { kind: 'warmupEnd' });
  accrueOtherCosts(st);
  const events = runUntil(st, tl.horizonT, options.checkInvariants ?? false);
  return { replication, events, values: defs.map((d) => finite(d, d.value(st))), weekly: weeklySeries(st) };
}

/** What does not change between replications of a scenario, built once per scenario object. */
const prepared = new WeakMap<Scenario, { tl: Timeline; defs: FigureDef[] }>();
function prepare(s: Scenario): { tl: Timeline; defs: FigureDef[] } {
  let p = prepared.get(s);
  if (!p) {
    const tl = buildTimeline(s);
    p = { tl, defs: figureDefs(s, tl) };
    prepared.set(s, p);
  }
  return p;
}

function runUntil(st: ModelState, horizon: number, check: boolean): number {
  const calendar = st.calendar;
  let events = 0;
  let leaversSeen = -1;
  while (calendar.size > 0 && calendar.peekTime() <= horizon) {
    const event = calendar.pop()!;
    const t = calendar.lastTime;
    st.now = t;
    try {
      if (dispatch(st, event)) events++;
      if (st.freedPlaces.length > 0) settleFreedPlaces(st);
      if (st.leavers.length > 0 && leaverStamp(st) !== leaversSeen) {
        releaseLeavers(st);
        leaversSeen = leaverStamp(st);
      }
      if (check) checkInvariants(st);
    } catch (err) {
      if (err instanceof ModelError) throw err;
      const child = 'child' in event ? event.child.id : undefined;
      throw new ModelError((err as Error).message, { t, replication: st.replication, seed: st.seed, event: event.kind, child });
    }
  }
  st.now = horizon;
  close(st);
  return events;
}

/** Handle one event; false when it was stale (cancelled by a newer epoch or token). */
function dispatch(st: ModelState, e: SimEvent): boolean {
  switch (e.kind) {
    case 'arrival':
      arrive(st, e.stream);
      return true;
    case 'stayEnd':
      if (e.epoch !== e.child.epoch) return false;
      onStayEnd(st, e.child);
      return true;
    case 'placementExit':
      if (e.epoch !== e.child.epoch) return false;
      onPlacementExit(st, e.child, e.exit);
      return true;
    case 'breakdown':
      if (e.token !== e.child.hazardToken) return false;
      onBreakdown(st, e.child);
      return true;
    case 'turn18':
      if (e.child.setting === 'left' && !e.child.supported) return false;
      onTurn18(st, e.child);
      return true;
    case 'supportEnd':
      if (e.token !== e.child.supportToken) return false;
      onSupportEnd(st, e.child);
      return true;
    case 'waitExpires':
      onWaitExpires(st, e.child, e.token);
      return true;
    case 'capacity':
      onCapacity(st, e.place, e.capacity);
      return true;
    case 'warmupEnd':
      onWarmupEnd(st);
      return true;
    default:
      return assertNever(e);
  }
}

function assertNever(e: never): never {
  throw new Error(`unknown event ${JSON.stringify(e)}`);
}

/** Programme and one-off costs do not depend on what happens: book them once (the ledger clips to the period). */
function accrueOtherCosts(st: ModelState): void {
  const { oneOff, recurring } = st.s.otherCosts;
  for (const c of recurring) {
    const from = c.from ? st.tl.timeOf(c.from) : st.tl.originT;
    const to = c.to ? st.tl.timeOf(c.to) : st.tl.horizonT;
    st.ledger.accrue('other', from, to, c.gbpPerYear / 365.25);
  }
  for (const c of oneOff) st.ledger.payAt('other', st.tl.timeOf(c.date), c.gbp);
}

/** Close the integrals at the horizon: fixed costs, open placements' variable costs, monitors. */
function close(st: ModelState): void {
  for (const place of st.places) {
    accrueFixed(st, place);
    place.monitor.close(st.now);
  }
  for (const m of [st.oocMonitor, st.outreachQueueMonitor, ...Object.values(st.settings)]) m.close(st.now);
  for (const c of st.children) {
    if (c.costCategory) st.ledger.accrue(c.costCategory, c.placementStartT, st.now, c.gbpPerDay);
  }
}

function weeklySeries(st: ModelState): number[][] {
  const perWeek = (weekly: Float64Array) => {
    const out = new Array<number>(weekly.length);
    for (let w = 0; w < weekly.length; w++) out[w] = weekly[w] / weekLength(st.tl, w);
    return out;
  };
  return [
    ...st.places.filter((p) => p.kind !== 'outreach').map((p) => perWeek(p.monitor.weekly)),
    perWeek(st.outreach.monitor.weekly),
    perWeek(st.outreachQueueMonitor.weekly),
    perWeek(st.oocMonitor.weekly),
    perWeek(st.settings.residential.weekly),
  ];
}

/** Days in reporting week w (the last week may be short). */
function weekLength(tl: Timeline, w: number): number {
  return Math.min(7, tl.horizonT - tl.originT - 7 * w);
}

function finite(def: FigureDef, v: number): number {
  if (!Number.isFinite(v)) throw new Error(`figure ${def.id} is not a finite number (${v})`);
  return v;
}

/** The figures a scenario produces, before any replication runs. */
export function catalogueOf(s: Scenario): MetricCatalogue {
  const tl = buildTimeline(s);
  const scalars = figureDefs(s, tl).map(({ id, label, unit, group, ratio }) => ({ id, label, unit, group, ...(ratio ? { ratio } : {}) }));
  const places = buildPlaces(s, tl);
  const capacityOf = (name: string) => weeklyCapacity(tl, places.find((p) => p.name === name)!);
  return { scalars, series: seriesInfo(s, tl, capacityOf), weekStarts: tl.weekStarts };
}

/** Mean places available in each reporting week, from a pool's size and open/close dates. */
function weeklyCapacity(tl: Timeline, place: Place): number[] {
  return tl.weekStarts.map((_, w) => {
    const a = tl.originT + 7 * w;
    const b = Math.min(a + 7, tl.horizonT);
    const open = Math.max(0, Math.min(b, place.closesT) - Math.max(a, place.opensT));
    return (place.size * open) / (b - a);
  });
}
