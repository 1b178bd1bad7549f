import type { Scenario } from '../../src/sim/scenario.js';
import type { LogLine } from '../sim/helpers.js';
import { periodsOf, type Periods } from './periods.js';
import { readSegments, residential, type Segment } from './segments.js';
import { StepFunction, timeFull } from './step-function.js';
import { auditOutreach, type OutreachAudit } from './outreach-log.js';
import { auditCosts } from './cost-audit.js';

/** A pool of places as the scenario states it: size, dates, and its occupancy from the log. */
export interface AuditPlace {
  id: string;
  name: string;
  occupancy: StepFunction;
  capacity: StepFunction;
}

/** What the auditor works out from a scenario and an event log alone. */
export interface Audit {
  figures: Map<string, number>;
  /** Weekly means by series id, weeks counted from the reporting period's start. */
  weekly: Map<string, number[]>;
  periods: Periods;
  segments: Segment[];
  outreach: OutreachAudit;
}

/**
 * Recompute a replication's figures from its full event log by their definitions
 * (docs/results.md, docs/model.md "What a replication reports"), with none of the
 * model's monitors, counters or ledger. Needs every child to take one place
 * (singleOccupancyShare 0: the log does not say who fills a whole house) and fixed
 * weekly costs for family, external and crisis placements (the log does not carry
 * drawn prices). An event at exactly the warm-up's end counts as in the period.
 */
export function audit(s: Scenario, log: LogLine[]): Audit {
  const periods = periodsOf(s);
  const { originT: o, horizonT: h } = periods;
  const days = h - o;
  const inReport = (t: number) => t >= o && t <= h;
  const segments = readSegments(s, log);
  const places = auditPlaces(s, periods, segments, log);
  const outreach = auditOutreach(log, inReport);
  const f = new Map<string, number>();
  const set = (id: string, v: number) => f.set(id, v);
  const count = (what: string, where?: string) => log.filter((l) => inReport(l.t) && l.what === what && (where === undefined || l.where === where)).length;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

  const group = (prefix: string, ps: AuditPlace[], single: boolean) => {
    const occ = ps.reduce((a, p) => a + p.occupancy.integral(o, h), 0);
    const cap = ps.reduce((a, p) => a + p.capacity.integral(o, h), 0);
    const full = ps.map((p) => timeFull(p.occupancy, p.capacity, o, h) / days);
    set(`${prefix}.meanOccupancy`, occ / days);
    set(`${prefix}.utilisation`, ratio(occ, cap));
    set(`${prefix}.shareTimeFull`, single ? full[0] : ps.length ? full.reduce((a, b) => a + b, 0) / ps.length : 0);
    set(`${prefix}.admissions`, segments.filter((g) => inReport(g.loggedT) && ps.some((p) => p.name === g.place && g.kind !== 'crisis')).length);
  };
  const byId = (pre: string) => places.filter((p) => p.id.startsWith(pre));
  group('hub', byId('hub'), true);
  if (s.services.houses.length) group('houses', byId('house.'), false);
  if (s.services.homes.length) group('homes', byId('home.'), false);
  for (const p of places.filter((q) => q.id !== 'hub')) group(p.id, [p], true);
  const slots = new StepFunction();
  slots.add(-Infinity, s.services.outreach.slots);
  set('outreach.meanOccupancy', outreach.slots.integral(o, h) / days);
  set('outreach.utilisation', ratio(outreach.slots.integral(o, h), s.services.outreach.slots * days));
  set('outreach.shareTimeFull', timeFull(outreach.slots, slots, o, h) / days);
  set('outreach.admissions', outreach.starts);
  set('outreach.requests', outreach.requests);
  set('outreach.shareWaited', ratio(outreach.waited, outreach.starts));
  set('outreach.meanWaitDays', ratio(outreach.waitDays, outreach.starts));
  set('outreach.meanWaitingList', outreach.waiting.integral(o, h) / days);
  set('outreach.wentWithout', outreach.wentWithout);

  const hubStays = segments.filter((g) => g.kind === 'hub' && g.endT !== Infinity && inReport(g.endT));
  set('hub.turnedAway', count('spillover', 'Hub'));
  set('hub.meanStayDays', ratio(hubStays.reduce((a, g) => a + g.endT - g.startT, 0), hubStays.length));
  const localPlacedByRequest = segments.filter((g) => (g.kind === 'house' || g.kind === 'home') && inReport(g.loggedT) && g.caseloadRow === null && !returnedToCounty(log, g));
  const localRequests = count('referral') + count('spillover', 'house') + count('spillover', 'inHouseHome') + localPlacedByRequest.length;
  set('spillover.count', count('spillover'));
  set('spillover.share', ratio(count('spillover'), localRequests));
  set('spillover.referrals', count('referral'));
  set('ooc.placements', segments.filter((g) => g.kind === 'outOfCounty' && inReport(g.loggedT) && g.caseloadRow === null).length);

  const level = (pred: (g: Segment) => boolean) => settingLevel(segments.filter(pred));
  const ooc = level((g) => g.kind === 'outOfCounty');
  const inCounty = level((g) => g.kind === 'inCounty');
  const local = level((g) => g.kind === 'house' || g.kind === 'home');
  const resid = level(residential);
  set('ooc.childWeeks', ooc.integral(o, h) / 7);
  set('ooc.meanChildren', ooc.integral(o, h) / days);
  set('external.inCountyChildWeeks', inCounty.integral(o, h) / 7);
  set('residential.meanCaseload', (local.integral(o, h) + inCounty.integral(o, h) + ooc.integral(o, h)) / days);
  set('residential.starts', segments.filter((g) => residential(g) && inReport(g.loggedT)).length);
  set('residential.entrants', entrants(s, segments).filter((g) => inReport(g.loggedT)).length);
  const ended = segments.filter((g) => residential(g) && g.endT !== Infinity && inReport(g.endT));
  set('residential.meanPlacementWeeks', ratio(ended.reduce((a, g) => a + g.endT - g.startT, 0), ended.length) / 7);
  set('family.meanCaseload', level((g) => g.kind === 'family').integral(o, h) / days);
  set('ooc.returned', count('returned-to-county'));

  const placedBefore = new Set<number>();
  const moves = segments.filter((g) => (placedBefore.has(g.child) || !placedBefore.add(g.child)) && inReport(g.loggedT)).length;
  const inCare = new Set(segments.filter((g) => g.endT > o || inReport(g.loggedT)).map((g) => g.child)).size;
  set('stability.moves', moves);
  set('stability.breakdowns', count('breakdown'));
  set('stability.movesPerChild', ratio(moves, inCare));
  set('stability.breakdownsPerChild', ratio(count('breakdown'), inCare));
  set('stability.stepDowns', count('step-down'));
  set('children.inCare', inCare);
  // Today's caseload is placed at time 0; with a warm-up that is before the period, so none is counted.
  const moved = s.initialCaseload.filter((_, row) => !segments.some((g) => g.caseloadRow === row)).length;
  set('children.caseloadMoved', inReport(0) ? moved : 0);
  set('children.turned18', count('turned-18'));
  set('children.returnedHome', count('returned-home'));
  set('children.sgo', count('special-guardianship'));
  for (const [id, v] of auditCosts(s, periods, segments)) set(id, v);

  const weekly = new Map<string, number[]>();
  const weeks = (fn: StepFunction) => weeklyMeans(fn, o, h);
  for (const p of places) weekly.set(p.id, weeks(p.occupancy));
  weekly.set('outreach', weeks(outreach.slots));
  weekly.set('outreach.waiting', weeks(outreach.waiting));
  weekly.set('ooc', weeks(ooc));
  weekly.set('residential', weeks(resid));
  return { figures: f, weekly, periods, segments, outreach };
}

function returnedToCounty(log: LogLine[], g: Segment): boolean {
  return log.some((l) => l.child === g.child && l.t === g.loggedT && l.what === 'returned-to-county');
}

/** Each child's first residential placement in the run, unless today's caseload already had them in residential care. */
function entrants(s: Scenario, segments: Segment[]): Segment[] {
  const seen = new Set<number>();
  for (let id = 1; id <= s.initialCaseload.length; id++) {
    const setting = s.initialCaseload[id - 1].setting;
    if (setting !== 'family' && setting !== 'hub') seen.add(id);
  }
  return segments.filter((g) => residential(g) && !seen.has(g.child) && (seen.add(g.child), true));
}

/** How many children are in placements of a kind, over time. */
function settingLevel(segments: Segment[]): StepFunction {
  const f = new StepFunction();
  for (const g of segments) {
    f.add(g.loggedT, 1);
    if (g.endT !== Infinity) f.add(g.endT, -1);
  }
  return f;
}

/** Hub, houses and homes (in scenario order) with their occupancy from the log and capacity from their dates. */
function auditPlaces(s: Scenario, p: Periods, segments: Segment[], _log: LogLine[]): AuditPlace[] {
  const { hub, houses, homes } = s.services;
  const specs = [
    { id: 'hub', kind: 'hub', name: 'Hub', size: hub.beds, opens: hub.opens, closes: hub.closes },
    ...houses.map((x, i) => ({ id: `house.${i}`, kind: 'house', name: x.name, size: x.places, opens: x.opens, closes: x.closes })),
    ...homes.map((x, i) => ({ id: `home.${i}`, kind: 'home', name: x.name, size: x.beds, opens: x.opens, closes: x.closes })),
  ];
  return specs.map((sp) => {
    const capacity = new StepFunction();
    const opensT = sp.opens ? Math.max(0, p.timeOf(sp.opens)) : 0;
    const closesT = sp.closes ? Math.max(0, p.timeOf(sp.closes)) : Infinity;
    if (opensT < closesT) {
      capacity.add(opensT, sp.size);
      if (closesT !== Infinity) capacity.add(closesT, -sp.size);
    }
    const occupancy = settingLevel(segments.filter((g) => g.kind === sp.kind && g.place === sp.name));
    return { id: sp.id, name: sp.name, occupancy, capacity };
  });
}

/** Mean level in each reporting week: weeks of 7 days from the period's start, the last one possibly short. */
export function weeklyMeans(fn: StepFunction, o: number, h: number): number[] {
  const out: number[] = [];
  for (let a = o; a < h; a += 7) {
    const b = Math.min(a + 7, h);
    out.push(fn.integral(a, b) / (b - a));
  }
  return out;
}
