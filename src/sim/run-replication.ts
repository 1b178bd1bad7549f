import type { MetricCatalogue, ReplicationResult } from './results.js';
import type { Scenario } from './scenario.js';
import { buildTimeline, type Timeline } from './timeline.js';
import { Rank } from './event-calendar.js';
import { createState, type ModelState, type TraceFn } from './model/state.js';
import type { SimEvent } from './model/events.js';
import { arrive, scheduleFirstArrivals } from './model/arrivals.js';
import { accrueFixed, onBreakdown, onPlacementExit, onStayEnd, onSupportEnd, onTurn18, onWaitExpires, onWarmupEnd } from './model/handlers.js';
import { startFromCaseload } from './model/caseload-start.js';
import { checkInvariants } from './model/invariants.js';
import { settleFreedPlaces } from './model/freed.js';
import { releaseChild } from './model/child-pool.js';
import { leaverStamp, releaseLeavers } from './release-leavers.js';
import { figureDefs, seriesInfo, type FigureDef } from './model/figures.js';
import { buildPlaces } from './model/place.js';
import { onCapacity } from './model/capacity-change.js';
import { changesAfterStart, weeklyCapacity } from './model/capacity-schedule.js';
import { onCarers } from './model/foster-supply.js';
import { closeStepDownWaits, onStepDownSearch, serveStepDowns } from './model/step-down-wait.js';
import { scheduleFosterEvents } from './model/foster-events.js';
import { bookSoldPlacesIncome } from './model/sold-places.js';
import { accruePlacement } from './model/spill-overs.js';

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
  // Today's caseload is where it is on the start date: after a warm-up, it is placed when the warm-up ends.
  if (tl.originT === 0) startFromCaseload(st, s.initialCaseload);
  scheduleFirstArrivals(st);
  // Openings, closings and dated steps (a ramp, a re-registration): each a control event.
  for (const place of st.places) {
    for (const c of changesAfterStart(place.schedule)) st.calendar.schedule(c.t, Rank.control, { kind: 'capacity', place, state: c });
  }
  scheduleFosterEvents(st);
  if (tl.originT > 0) st.calendar.schedule(tl.originT, Rank.control, { kind: 'warmupEnd' });
  accrueOtherCosts(st);
  const events = runUntil(st, tl.horizonT, options.checkInvariants ?? false);
  const result = { replication, events, values: defs.map((d) => finite(d, d.value(st))), weekly: weeklySeries(st) };
  // The run is over: its children's records are reused by the next replication in this thread (child-pool.ts).
  for (const c of st.children) releaseChild(c);
  st.children.clear();
  return result;
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

/*
 * Most events one replication may handle: the scenario's
 * limits.eventsPerReplication, 500,000 by default, about 340 times the
 * default scenario's (1,460 in replication 0 of scenarios/leicestershire.yaml)
 * and 240 times the largest example's (2,078, scenarios/estate-2025.yaml). A
 * scenario past it (a demand stream at 10 million a year) would grow memory
 * for minutes and ignore Ctrl-C; it stops with a message naming the stream.
 * A scenario meant to be that large (scenarios/test/loss-3000.yaml) says so.
 */

function runUntil(st: ModelState, horizon: number, check: boolean): number {
  const calendar = st.calendar;
  let events = 0;
  const arrivals = new Array<number>(st.s.demand.length).fill(0);
  let leaversSeen = -1;
  const budget = st.s.limits.eventsPerReplication;
  let compactAbove = MIN_COMPACT;
  while (calendar.size > 0 && calendar.peekTime() <= horizon) {
    const event = calendar.pop()!;
    const t = calendar.lastTime;
    st.now = t;
    if (event.kind === 'arrival') arrivals[event.stream]++;
    try {
      // Only handled events count: a cancelled one popped after the last handled event must not stop a run
      // that is exactly at its budget. The run stops on the first event past it.
      if (dispatch(st, event) && ++events > budget) throw budgetError(st, t, arrivals, budget);
      if (st.foster?.freed) serveStepDowns(st);
      if (st.freedPlaces.size > 0) settleFreedPlaces(st);
      if (st.leavers.size > 0 && leaverStamp(st) !== leaversSeen) {
        releaseLeavers(st);
        leaversSeen = leaverStamp(st);
      }
      if (check) checkInvariants(st);
      if (calendar.size > compactAbove) {
        calendar.retain(isLive);
        compactAbove = Math.max(MIN_COMPACT, 2 * calendar.size);
      }
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

/** The runaway named by the demand stream with the most arrivals, the field that most likely caused it. */
function budgetError(st: ModelState, t: number, arrivals: number[], budget: number): ModelError {
  const i = arrivals.indexOf(Math.max(...arrivals));
  const d = st.s.demand[i];
  const field = d.ratePerYear !== undefined ? `demand[${i}].ratePerYear (${d.ratePerYear})` : `demand[${i}].arrivalDays`;
  return new ModelError(
    `more than ${budget.toLocaleString('en-GB')} events in one replication, ${arrivals[i].toLocaleString('en-GB')} of them arrivals of demand stream "${d.name}": check ${field} and its growthPerYear, or raise limits.eventsPerReplication if the scenario is meant to be this large`,
    { t, replication: st.replication, seed: st.seed, event: 'budget' },
  );
}

/*
 * Cancelled events (a newer epoch, token or life) are skipped when they pop,
 * but until then they sit in the calendar: a birthday scheduled at arrival
 * waits years after a short break has ended. When the calendar has doubled
 * since it was last compacted (and holds more than MIN_COMPACT events), the
 * cancelled ones are dropped (EventCalendar.retain), so the calendar follows
 * the children present, not every child who passed through; the cost is
 * linear in the calendar's size once per doubling. Dropping them changes
 * nothing: they would have been skipped and not counted.
 */
const MIN_COMPACT = 1024;

/**
 * False for an event cancelled for good: its epoch, token or life is no
 * longer the child's, and those only grow. (A wait's expiry is not judged
 * here: it is handled, and counted, whether or not the wait is still on.)
 */
function isLive(e: SimEvent): boolean {
  switch (e.kind) {
    case 'stayEnd':
    case 'placementExit':
      return e.epoch === e.child.epoch;
    case 'breakdown':
      return e.token === e.child.hazardToken;
    case 'turn18':
      return e.life === e.child.life;
    case 'supportEnd':
      return e.token === e.child.supportToken;
    default:
      return true;
  }
}

/** Handle one event; false when it was stale (cancelled by a newer epoch, token or life). */
function dispatch(st: ModelState, e: SimEvent): boolean {
  if (!isLive(e)) return false;
  switch (e.kind) {
    case 'arrival':
      arrive(st, e.stream);
      return true;
    case 'stayEnd':
      onStayEnd(st, e.child);
      return true;
    case 'placementExit':
      onPlacementExit(st, e.child, e.exit);
      return true;
    case 'breakdown':
      onBreakdown(st, e.child);
      return true;
    case 'turn18':
      // A young person who has left care may still hold or wait for an outreach slot: the birthday ends both.
      if (e.child.setting === 'left' && !e.child.supported && !e.child.outreachWaiting) return false;
      onTurn18(st, e.child);
      return true;
    case 'supportEnd':
      onSupportEnd(st, e.child);
      return true;
    case 'waitExpires':
      onWaitExpires(st, e.child, e.wait, e.token);
      return true;
    case 'capacity':
      onCapacity(st, e.place, e.state);
      return true;
    case 'carers':
      onCarers(st, e.pool, e.carers);
      return true;
    case 'stepDownSearch':
      onStepDownSearch(st);
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
  bookSoldPlacesIncome(st);
}

/** Close the integrals at the horizon: fixed costs, open placements' variable costs, monitors. */
function close(st: ModelState): void {
  for (const place of st.places) {
    accrueFixed(st, place);
    place.monitor.close(st.now);
  }
  for (const m of [st.oocMonitor, st.outreachQueueMonitor, ...Object.values(st.settings), ...st.placeChildren]) m.close(st.now);
  for (const pool of st.foster?.pools ?? []) pool.monitor.close(st.now);
  closeStepDownWaits(st);
  for (const c of st.children) {
    if (c.costCategory) accruePlacement(st, c, st.now);
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
  const scalars = figureDefs(s, tl).map(({ id, label, unit, group, ratio, yearShare }) => ({ id, label, unit, group, ...(ratio ? { ratio } : {}), ...(yearShare === undefined ? {} : { yearShare }) }));
  const places = buildPlaces(s, tl);
  const capacityOf = (kind: string, i: number) => weeklyCapacity(tl, places.filter((p) => p.kind === kind)[i].schedule);
  return { scalars, series: seriesInfo(s, tl, capacityOf), weekStarts: tl.weekStarts };
}
