import { WaitTally, WAIT_THRESHOLDS_DAYS } from '../wait-tally.js';
import type { Scenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { EventCalendar } from '../event-calendar.js';
import { OccupancyMonitor } from '../occupancy-monitor.js';
import { makeSampler, type Sampler } from '../distributions/spec.js';
import { perScenario } from '../per-scenario.js';
import { childFamilyKey, purposeStream, type RandomSource } from '../random.js';
import type { Child, StreamKeys } from './child.js';
import type { SimEvent } from './events.js';
import { buildPlaces, type Place } from './place.js';
import { CostLedger } from './cost-ledger.js';
import { LevelledWaitingList, WaitingList } from './waiting-list.js';
import { OUTREACH_REQUESTS, type OutreachRequest } from '../scenario-schema.js';
import { ItemBuffer } from './item-buffer.js';
import { PresentChildren } from './member-lists.js';
import { createFosterSupply, type FosterSupply } from './foster-supply.js';

/** Receives a line of the event log: time (days), what happened, the child's id, where. */
export type TraceFn = (t: number, what: string, child: number, where: string) => void;

/**
 * Counters over the reporting period (reset when the warm-up ends), kept in a
 * Float64Array and named by index (`st.counters[COUNT.moves]`): counting
 * through a string key (`counters[key] += 1`) was a megamorphic property
 * store, 15 ns a count, 8% of the 3-bed benchmark's time (issue 15).
 */
const COUNTER_NAMES = [
  'referrals',
  /** Hub referrals plus requests for a house or home (the denominator of spillover.share). */
  'localRequests',
  'spillovers',
  /** Requests for a house or home (after assessment, at a direct placement, or turned away by the Hub), and those finding none free. */
  'localPlaceRequests',
  'localSpillovers',
  /** Breakdowns of children outside care (at-risk placements, re-entry after a return home): entries to care, not placement breakdowns. */
  'atRiskBreakdowns',
  'oocPlacements',
  /** Distinct children who met a spill-over, and who were out of county, at some time in the reporting period (spill-overs.ts). */
  'spilloverChildren',
  'oocChildren',
  'moves',
  'breakdowns',
  'stepDowns',
  'turned18',
  'returnedHome',
  'sgo',
  'returnsFromOoc',
  'outreachRequests',
  'outreachStarts',
  'outreachWaited',
  'outreachWaitDays',
  'outreachWentWithout',
  /** Distinct children in care at some time in the reporting period. */
  'childrenInCare',
  'residentialStarts',
  /** Children starting their first residential placement of the run (new entrants to residential care). */
  'residentialEntrants',
  /** Residential placements (local or external) that ended in the period, and their total length in days. */
  'residentialEnded',
  'residentialDays',
  /** Children of today's caseload for whom the scenario had no room where they are. */
  'caseloadMoved',
  /** Short-break episodes started, and those that found no bed (short-breaks.ts). */
  'shortBreaks',
  'shortBreaksRefused',
  /** Foster supply (step-down-wait.ts): residential bed-days waiting for a carer, step-downs that waited, searches, family placements with no carer. */
  'delayedStepDownDays',
  'stepDownsWaited',
  'stepDownSearches',
  'familyNoCarer',
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];
/** Index of each counter in {@link Counters}. */
export const COUNT = Object.freeze(Object.fromEntries(COUNTER_NAMES.map((n, i) => [n, i]))) as { readonly [N in CounterName]: number };
export type Counters = Float64Array;
/** Every kind of outreach request, in the order of `outreachLevel` and `outreachByKind`. */
export const OUTREACH_KINDS: readonly OutreachRequest[] = [...OUTREACH_REQUESTS, 'caseload'];
/** What `outreachByKind` tallies per kind: index = kind × OUTREACH_TALLIES + tally. */
export const OUTREACH_TALLY = { requests: 0, starts: 1, waitDays: 2, wentWithout: 3 } as const;
export const OUTREACH_TALLIES = 4;

/**
 * The kinds of outreach request a scenario can make (startOn, and `caseload` when a caseload row asks), and whether
 * figures by kind are kept: with a priority order, or with two kinds or more, so an option that adds a priority
 * is compared kind by kind with a baseline that has none (review 5).
 */
export function outreachKindsMade(s: Scenario): OutreachRequest[] {
  const o = s.services.outreach;
  return OUTREACH_KINDS.filter((k) => (k === 'caseload' ? s.initialCaseload.some((r) => r.outreach) : o.startOn.includes(k)));
}
export function byKindShown(s: Scenario): boolean {
  return s.services.outreach.priority !== undefined || outreachKindsMade(s).length >= 2;
}

/** Each kind's priority level: its position in `priority`, every kind not listed one level below the last listed. */
function outreachLevels(priority: readonly OutreachRequest[] | undefined): number[] {
  const order = priority ?? [];
  return OUTREACH_KINDS.map((k) => (order.includes(k) ? order.indexOf(k) : order.length));
}

export function newCounters(): Counters {
  return new Float64Array(COUNTER_NAMES.length);
}

/** Per demand stream: its arrival stream and the keys of its children's streams. */
export interface DemandRuntime {
  arrivals: RandomSource;
  age: Sampler;
  /** Outreach route: length of the at-risk window, days. */
  riskDays: Sampler | null;
  needCumulative: number[];
  keys: StreamKeys;
  nextOrdinal: number;
  scriptIndex: number;
}

/** Everything one replication knows: one state object per run (as SimPy's Environment). */
export interface ModelState {
  s: Scenario;
  tl: Timeline;
  seed: number;
  replication: number;
  now: number;
  inReport: boolean;
  calendar: EventCalendar<SimEvent>;
  places: Place[];
  hub: Place;
  outreach: Place;
  matchOrder: { inHouseHome: Place[]; house: Place[] };
  ledger: CostLedger;
  /**
   * The same money, for the placements a spill-over sent a child to only (spill-overs.ts): the
   * cost of spill-overs, part of the ledger's totals, never added to them.
   */
  spillLedger: CostLedger;
  /** The same money again, for the part of a placement's cost that is a breakdown's uplift: cost.breakdownUplift. */
  upliftLedger: CostLedger;
  demand: DemandRuntime[];
  /** Children present now (in care, at risk, waiting or still supported); a child who has left is dropped, so memory follows the caseload, not the horizon. */
  children: PresentChildren;
  /** Children who left during this run and may still be supported or waiting for outreach; run-replication.ts drops them from `children` when neither. */
  leavers: ItemBuffer<Child>;
  nextChildId: number;
  outOfCounty: Set<Child>;
  oocMonitor: OccupancyMonitor;
  /** Children by setting (not places): residential caseload and family-based care over time. */
  settings: { local: OccupancyMonitor; externalInCounty: OccupancyMonitor; family: OccupancyMonitor; residential: OccupancyMonitor };
  /** Children (not places) in each place, by place index: a single-occupancy child holds two places but is one child. */
  placeChildren: OccupancyMonitor[];
  outreachQueue: LevelledWaitingList;
  /** The priority level of each kind of outreach request (OUTREACH_KINDS order): its place in services.outreach.priority, unlisted kinds last. */
  outreachLevel: number[];
  /** Per kind of outreach request (OUTREACH_KINDS order), in the reporting period: requests, starts, days waited by those started, went without. */
  outreachByKind: Float64Array;
  /** Whether figures by kind of outreach request are kept (byKindShown): the log then names each request's kind. */
  outreachByKindShown: boolean;
  outreachQueueMonitor: OccupancyMonitor;
  hubQueue: WaitingList;
  /** Waits ended in the reporting period, for P(wait > t) (wait-tally.ts). */
  waits: { outreach: WaitTally; hub: WaitTally };
  counters: Counters;
  /** Breakdown hazard multiplier by need index. */
  needBreakdownFactor: number[];
  /** External price multiplier by need index. */
  needPriceFactor: number[];
  /** True while today's caseload is put where it is: those placements are not starts or admissions. */
  placingCaseload: boolean;
  /** Foster carers as capacity, or null when family-based care never runs out (foster-supply.ts). */
  foster: FosterSupply | null;
  /** Places freed during the current event, offered once its handler is done. */
  freedPlaces: ItemBuffer<Place>;
  samplers: {
    hubStayByNeed: Sampler[]; episode: Sampler; familyCost: Sampler; inCountyCost: Sampler; oocCost: Sampler; crisisCost: Sampler;
    reentryRisk: Sampler | null; supportedCost: Sampler | null;
  };
  trace?: TraceFn;
}

/** Set up a replication's state: places, streams, samplers. No events yet. */
export function createState(s: Scenario, tl: Timeline, seed: number, replication: number, trace?: TraceFn): ModelState {
  const places = buildPlaces(s, tl);
  const byName = new Map(places.map((p) => [p.name, p]));
  const resolve = (list: string[]) =>
    list.flatMap((e) => (e === 'homes' ? places.filter((p) => p.kind === 'home') : e === 'houses' ? places.filter((p) => p.kind === 'house') : [byName.get(e)!]));
  const p = s.placements;
  return {
    s, tl, seed, replication, trace,
    now: 0,
    inReport: tl.originT === 0,
    calendar: new EventCalendar<SimEvent>(),
    places,
    hub: places[0],
    outreach: places[places.length - 1],
    matchOrder: { inHouseHome: dedupe(resolve(s.matching.inHouseHome)), house: dedupe(resolve(s.matching.house)) },
    ledger: new CostLedger(tl.years),
    spillLedger: new CostLedger(tl.years),
    upliftLedger: new CostLedger(tl.years),
    demand: s.demand.map((d, i) => demandRuntime(s, d, i, seed, replication)),
    children: new PresentChildren(),
    leavers: new ItemBuffer<Child>(),
    nextChildId: 1,
    outOfCounty: new Set(),
    oocMonitor: new OccupancyMonitor(0, tl.weeks),
    settings: {
      local: new OccupancyMonitor(0, tl.weeks),
      externalInCounty: new OccupancyMonitor(0, tl.weeks),
      family: new OccupancyMonitor(0, tl.weeks),
      residential: new OccupancyMonitor(0, tl.weeks),
    },
    // Only the integral is read (no weekly series): 0 weeks skips the weekly spreading.
    placeChildren: places.map(() => new OccupancyMonitor(0, 0)),
    outreachQueue: new LevelledWaitingList({ waiting: (c) => c.outreachWaiting, token: (c) => c.outreachWaitToken }, (s.services.outreach.priority?.length ?? 0) + 1),
    // Worked out once per scenario, not per replication (issue 15: set-up per scenario per worker).
    outreachLevel: perScenario(s, 'outreachLevel', () => outreachLevels(s.services.outreach.priority)),
    outreachByKind: new Float64Array(OUTREACH_KINDS.length * OUTREACH_TALLIES),
    outreachByKindShown: perScenario(s, 'outreachByKindShown', () => byKindShown(s)),
    outreachQueueMonitor: new OccupancyMonitor(0, tl.weeks),
    hubQueue: new WaitingList({ waiting: (c) => c.hubWaiting, token: (c) => c.hubWaitToken }),
    waits: { outreach: new WaitTally(WAIT_THRESHOLDS_DAYS), hub: new WaitTally(WAIT_THRESHOLDS_DAYS) },
    counters: newCounters(),
    freedPlaces: new ItemBuffer<Place>(),
    foster: createFosterSupply(s, tl),
    needBreakdownFactor: s.needs.map((n) => p.breakdownFactorByNeed[n] ?? 1),
    needPriceFactor: s.needs.map((n) => p.external.priceFactorByNeed[n] ?? 1),
    placingCaseload: false,
    // Samplers are pure functions of the scenario's distributions: made once per scenario, not per replication.
    samplers: perScenario(s, 'samplers', () => samplersOf(s)),
  };
}

function samplersOf(s: Scenario): ModelState['samplers'] {
  const p = s.placements;
  return {
    // The Hub's stay by need index (stayDaysByNeed, else stayDays).
    hubStayByNeed: s.needs.map((n) => makeSampler(s.services.hub.stayDaysByNeed[n] ?? s.services.hub.stayDays)),
    episode: makeSampler(s.services.outreach.episodeDays),
    familyCost: makeSampler(p.family.weeklyCostGbp),
    inCountyCost: makeSampler(p.external.inCountyWeeklyCostGbp),
    oocCost: makeSampler(p.external.outOfCountyWeeklyCostGbp),
    crisisCost: makeSampler(p.crisis.weeklyCostGbp),
    reentryRisk: p.returnHome ? makeSampler(p.returnHome.riskDays) : null,
    supportedCost: p.external.supportedAccommodation16plus ? makeSampler(p.external.supportedAccommodation16plus.weeklyCostGbp) : null,
  };
}

function demandRuntime(s: Scenario, d: Scenario['demand'][number], i: number, seed: number, rep: number): DemandRuntime {
  const weights = s.needs.map((n) => d.needMix[n] ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  const key = (purpose: string) => childFamilyKey(seed, rep, `${d.name}/${purpose}`);
  return {
    arrivals: purposeStream(seed, rep, `arrivals/${d.name}`),
    age: perScenario(s, `demand/${i}/age`, () => makeSampler(d.ageYears)),
    riskDays: d.riskDays ? perScenario(s, `demand/${i}/riskDays`, () => makeSampler(d.riskDays!)) : null,
    needCumulative: weights.map((w) => (acc += w / total)),
    keys: { traits: key('traits'), assessment: key('assessment'), placement: key('placement'), support: key('support') },
    nextOrdinal: 0,
    scriptIndex: 0,
  };
}

function dedupe(list: Place[]): Place[] {
  return list.filter((p, i) => list.indexOf(p) === i);
}
