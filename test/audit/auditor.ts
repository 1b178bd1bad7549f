import type { Scenario } from '../../src/sim/scenario.js';
import type { LogLine } from '../sim/helpers.js';
import { periodsOf, type Periods } from './periods.js';
import { readSegments, residential, type Segment } from './segments.js';
import { ratio, StepFunction } from './step-function.js';
import { auditOutreach, birthdaysOf, type OutreachAudit } from './outreach-log.js';
import { auditCosts } from './cost-audit.js';
import { auditPlaces, placeFigures, settingLevel, type AuditPlace } from './place-audit.js';
import { childFigures } from './child-audit.js';
import { hubWaits, occupancyDistribution, outreachWaits, waitFigures } from './wait-audit.js';

/** What the auditor works out from a scenario and an event log alone. */
export interface Audit {
  figures: Map<string, number>;
  /** Weekly means by series id, weeks counted from the reporting period's start. */
  weekly: Map<string, number[]>;
  periods: Periods;
  segments: Segment[];
  outreach: OutreachAudit;
}

/** What every part of the audit reads: the inputs, the period, and a place to put figures. */
export interface AuditContext {
  s: Scenario;
  log: LogLine[];
  o: number;
  h: number;
  days: number;
  segments: Segment[];
  inReport(t: number): boolean;
  /** Log lines in the period with this `what` (and `where`, if given). */
  count(what: string, where?: string): number;
  set(id: string, value: number): void;
}

/**
 * Recompute a replication's figures from its full event log by their definitions
 * (docs/results.md, docs/model.md "What a replication reports", "Money"), with none of the
 * model's monitors, counters or ledger. Needs every child to take one place
 * (singleOccupancyShare 0: the log does not say who fills a whole house) and fixed weekly
 * costs for family, external and crisis placements (the log does not carry drawn prices).
 * An event at exactly the warm-up's end counts as in the period (docs/testing.md).
 */
export function audit(s: Scenario, log: LogLine[]): Audit {
  const periods = periodsOf(s);
  const { originT: o, horizonT: h } = periods;
  const figures = new Map<string, number>();
  const inReport = (t: number) => t >= o && t <= h;
  const segments = readSegments(s, log);
  const ctx: AuditContext = {
    s, log, o, h, days: h - o, segments, inReport,
    count: (what, where) => log.filter((l) => inReport(l.t) && l.what === what && (where === undefined || l.where === where)).length,
    set: (id, v) => figures.set(id, v),
  };
  const places = auditPlaces(s, periods, segments);
  placeFigures(ctx, places);
  turnAways(ctx, places);
  const outreach = auditOutreach(log, inReport, birthdaysOf(s, log), h);
  outreachFigures(ctx, outreach);
  waitFigures(ctx, 'outreach', outreachWaits(log, inReport));
  waitFigures(ctx, 'hub', hubWaits(log, inReport));
  occupancyDistribution(ctx, 'hub', places[0].occupancy, s.services.hub.beds);
  occupancyDistribution(ctx, 'outreach', outreach.slots, s.services.outreach.slots);
  const levels = flowFigures(ctx);
  childFigures(ctx);
  for (const [id, v] of auditCosts(s, periods, segments)) ctx.set(id, v);
  const weekly = new Map<string, number[]>();
  const weeks = (fn: StepFunction) => weeklyMeans(fn, o, h);
  for (const p of places) weekly.set(p.id, weeks(p.occupancy));
  weekly.set('outreach', weeks(outreach.slots));
  weekly.set('outreach.waiting', weeks(outreach.waiting));
  weekly.set('ooc', weeks(levels.ooc));
  weekly.set('residential', weeks(levels.residential));
  return { figures, weekly, periods, segments, outreach };
}

/**
 * A house's or home's turn-aways: its `turned-away` lines in the period. Each must belong to a request no local
 * place had room for (a `spillover` to a house or home, or a refused short break, of the same child at the same
 * time) and name a place that was open and not empty then (full, or holding someone the child could not share
 * with); the auditor cannot see needs, so which places were for the child is checked by the scripted tests
 * (test/sim/turned-away.test.ts).
 */
function turnAways(c: AuditContext, places: AuditPlace[]): void {
  const lines = c.log.filter((l) => l.what === 'turned-away');
  for (const l of lines) {
    const request = c.log.find((r) => r.child === l.child && r.t === l.t && ((r.what === 'spillover' && (r.where === 'house' || r.where === 'inHouseHome')) || r.what === 'short-break-refused'));
    if (!request) throw new Error(`auditor: turned-away ${JSON.stringify(l)} has no spill-over or refused short break of that child then`);
    const place = places.find((p) => p.name === l.where && p.id !== 'hub');
    if (!place) throw new Error(`auditor: turned-away names ${l.where}, no house or home`);
    // Occupied just before or just after the instant (a child leaving later at the same time counts either way).
    // The log's placement segments do not hold short-break stays, so a refused short break is checked for the request only.
    const occupied = place.occupancy.at(l.t) > 0 || place.occupancy.at(l.t - 1e-9) > 0;
    if (!(place.capacity.at(l.t) > 0) || (request.what === 'spillover' && !occupied)) throw new Error(`auditor: ${l.where} turned child ${l.child} away at ${l.t} while closed or empty`);
    if (!c.inReport(l.t)) throw new Error(`auditor: a turn-away outside the period: ${JSON.stringify(l)}`);
  }
  for (const p of places) if (p.id !== 'hub') c.set(`${p.id}.turnedAway`, lines.filter((l) => l.where === p.name).length);
}

function outreachFigures(c: AuditContext, a: OutreachAudit): void {
  const slots = new StepFunction(c.s.services.outreach.slots);
  placeFigures(c, [{ id: 'outreach', name: 'Outreach', occupancy: a.slots, capacity: slots }], a.starts);
  c.set('outreach.requests', a.requests);
  c.set('outreach.starts', a.starts);
  c.set('outreach.waited', a.waited);
  c.set('outreach.waitDays', a.waitDays);
  c.set('outreach.shareWaited', ratio(a.waited, a.starts));
  c.set('outreach.meanWaitDays', ratio(a.waitDays, a.starts));
  c.set('outreach.meanWaitingList', a.waiting.integral(c.o, c.h) / c.days);
  c.set('outreach.wentWithout', a.wentWithout);
  // By kind of request, with a priority order or two kinds or more: every kind the scenario can make (caseload: when
  // a row asks), zero if none was made in the period.
  const o = c.s.services.outreach;
  const kinds = [...o.startOn, ...(c.s.initialCaseload.some((r) => r.outreach) ? ['caseload'] : [])];
  if (o.priority || new Set(kinds).size >= 2) {
    for (const k of kinds) {
      const t = a.byKind.get(k) ?? { requests: 0, starts: 0, waitDays: 0, wentWithout: 0 };
      const id = `outreach.byRequest.${k}`;
      c.set(`${id}.requests`, t.requests);
      c.set(`${id}.starts`, t.starts);
      c.set(`${id}.waitDays`, t.waitDays);
      c.set(`${id}.meanWaitDays`, ratio(t.waitDays, t.starts));
      c.set(`${id}.wentWithout`, t.wentWithout);
      c.set(`${id}.shareWentWithout`, ratio(t.wentWithout, t.requests));
    }
  }
}

/** Spill-overs, out of county, residential and family caseloads; returns the levels the weekly series need. */
function flowFigures(c: AuditContext): { ooc: StepFunction; residential: StepFunction } {
  const { o, h, days, segments, count, inReport, set } = c;
  const localByRequest = segments.filter((g) => (g.kind === 'house' || g.kind === 'home') && inReport(g.loggedT) && g.caseloadRow === null && !returnedToCounty(c.log, g));
  const localRequests = count('referral') + count('spillover', 'house') + count('spillover', 'inHouseHome') + localByRequest.length;
  set('spillover.count', count('spillover'));
  set('spillover.share', ratio(count('spillover'), localRequests));
  set('spillover.referrals', count('referral'));
  set('spillover.localRequests', localRequests);
  set('spillover.hubTurnedAwayShare', ratio(count('spillover', 'Hub'), count('referral')));
  const localCount = count('spillover', 'house') + count('spillover', 'inHouseHome');
  const localPlaceRequests = localRequests - count('referral');
  set('spillover.localCount', localCount);
  set('spillover.localPlaceRequests', localPlaceRequests);
  set('spillover.localShare', ratio(localCount, localPlaceRequests));
  set('ooc.placements', segments.filter((g) => g.kind === 'outOfCounty' && inReport(g.loggedT) && g.caseloadRow === null).length);
  // Children, each once: those turned away in the period; those out of county at its start or placed there during it.
  set('spillover.children', new Set(c.log.filter((l) => l.what === 'spillover' && inReport(l.t)).map((l) => l.child)).size);
  set('ooc.children', new Set(segments.filter((g) => g.kind === 'outOfCounty' && (g.endT > o || inReport(g.loggedT))).map((g) => g.child)).size);
  const level = (pred: (g: Segment) => boolean) => settingLevel(segments.filter(pred));
  const ooc = level((g) => g.kind === 'outOfCounty');
  const inCounty = level((g) => g.kind === 'inCounty');
  const local = level((g) => g.kind === 'house' || g.kind === 'home');
  set('ooc.childWeeks', ooc.integral(o, h) / 7);
  set('ooc.meanChildren', ooc.integral(o, h) / days);
  set('external.inCountyChildWeeks', inCounty.integral(o, h) / 7);
  set('residential.meanCaseload', (local.integral(o, h) + inCounty.integral(o, h) + ooc.integral(o, h)) / days);
  set('family.meanCaseload', level((g) => g.kind === 'family').integral(o, h) / days);
  set('ooc.returned', count('returned-to-county'));
  return { ooc, residential: level(residential) };
}

function returnedToCounty(log: LogLine[], g: Segment): boolean {
  return log.some((l) => l.child === g.child && l.t === g.loggedT && l.what === 'returned-to-county');
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
