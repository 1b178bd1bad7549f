import type { MetricInfo, SeriesInfo, Unit } from '../results.js';
import type { Scenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import type { OccupancyMonitor } from '../occupancy-monitor.js';
import type { Place } from './place.js';
import { byKindShown, COUNT, OUTREACH_KINDS, OUTREACH_TALLIES, OUTREACH_TALLY, outreachKindsMade, type ModelState } from './state.js';
import { COST_CATEGORIES, type CostCategory, type CostLedger } from './cost-ledger.js';
import { distributionFigures } from './distribution-figures.js';
import { shortBreakFigures } from './purpose-figures.js';
import { fosterFigures } from './foster-figures.js';

/** A scalar figure: what it is, and how to read it off a finished replication. */
export interface FigureDef extends MetricInfo {
  value(st: ModelState): number;
}

const fig = (id: string, label: string, unit: Unit, group: string, value: (st: ModelState) => number): FigureDef => ({ id, label, unit, group, value });
/** Declares a figure a ratio of two count figures of the catalogue (summarised as total over total). */
const per = (f: FigureDef, numerator: string, denominator: string): FigureDef => ({ ...f, ratio: { numerator, denominator } });
/** A ratio that is 0 rather than NaN when nothing happened (no NaN may reach a summary). */
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** What each kind of outreach request is, for labels. */
const REQUEST_WORDS: Record<(typeof OUTREACH_KINDS)[number], string> = {
  leaveHub: 'children leaving the Hub', atRisk: 'placements or children at risk', returnHome: 'children returning home',
  stepDown: 'children stepping down to family care', breakdown: 'children whose placement broke down', caseload: "today's children marked for outreach",
};

/**
 * The wait and the children who went without for each kind of request made (state.ts byKindShown), so a priority
 * order's effect on each group is shown, not only the average: a mean wait can fall because more children of a
 * kind gave up waiting, which their share that went without shows (review 5).
 */
function outreachByRequest(s: Scenario): FigureDef[] {
  const o = s.services.outreach;
  if (!byKindShown(s)) return [];
  return outreachKindsMade(s).flatMap((k) => {
    const at = (tally: number) => (st: ModelState) => st.outreachByKind[OUTREACH_KINDS.indexOf(k) * OUTREACH_TALLIES + tally];
    const id = `outreach.byRequest.${k}`;
    // The kind alone, not its place in this scenario's order: a comparison labels both arms with the baseline's words.
    const who = `${REQUEST_WORDS[k]} (${k})`;
    const starts = at(OUTREACH_TALLY.starts);
    const days = at(OUTREACH_TALLY.waitDays);
    return [
      per(fig(`${id}.meanWaitDays`, `Outreach: mean wait before support, ${who}`, 'days', 'outreach', (st) => ratio(days(st), starts(st))), `${id}.waitDays`, `${id}.starts`),
      fig(`${id}.requests`, `Outreach: requests for ${who}`, 'count', 'outreach', at(OUTREACH_TALLY.requests)),
      fig(`${id}.starts`, `Outreach: episodes started for ${who}`, 'count', 'outreach', starts),
      fig(`${id}.waitDays`, `Outreach: days waited before the episodes started, ${who}`, 'days', 'outreach', days),
      fig(`${id}.wentWithout`, `Outreach: went without, ${who}`, 'count', 'outreach', at(OUTREACH_TALLY.wentWithout)),
      per(fig(`${id}.shareWentWithout`, `Outreach: share of requests that went without, ${who}`, 'share', 'outreach', (st) => ratio(at(OUTREACH_TALLY.wentWithout)(st), at(OUTREACH_TALLY.requests)(st))), `${id}.wentWithout`, `${id}.requests`),
    ];
  });
}

/** Figures of one pool of places, read off its monitor and counters. */
function placeFigures(prefix: string, label: string, group: string, pick: (st: ModelState) => Place[], single = true): FigureDef[] {
  const sum = (st: ModelState, f: (m: OccupancyMonitor) => number) => pick(st).reduce((a, p) => a + f(p.monitor), 0);
  const days = (st: ModelState) => st.tl.horizonT - st.tl.originT;
  const out = [
    fig(`${prefix}.meanOccupancy`, `${label}: mean places in use`, 'places', group, (st) => sum(st, (m) => m.occupiedDays) / days(st)),
    fig(`${prefix}.utilisation`, `${label}: utilisation (place-days used / available)`, 'share', group, (st) => ratio(sum(st, (m) => m.occupiedDays), sum(st, (m) => m.availableDays))),
    single
      ? fig(`${prefix}.shareTimeFull`, `${label}: share of time with no room (full, or no places open)`, 'share', group, (st) => pick(st)[0].monitor.fullDays / days(st))
      : fig(`${prefix}.shareTimeFull`, `${label}: mean share of time each has no room (full, or closed)`, 'share', group, (st) => meanFullShare(st, pick(st))),
    fig(`${prefix}.admissions`, `${label}: admissions (not counting today's caseload)`, 'count', group, (st) => pick(st).reduce((a, p) => a + p.admissions, 0)),
  ];
  // Children, not places: a child needing single occupancy holds two places of a house but is one child.
  if (prefix.startsWith('house')) out.push(fig(`${prefix}.meanChildren`, `${label}: mean children placed`, 'children', group, (st) => pick(st).reduce((a, p) => a + st.placeChildren[p.index].occupiedDays, 0) / days(st)));
  return out;
}

/**
 * A house's or home's turn-aways (spill-overs.ts countTurnedAway): requests no local place had room for that this
 * one was for but had no room, or no one to pair with. They add up to more than the spill-overs, said in the label.
 */
function turnedAway(prefix: string, label: string, group: string, index: number): FigureDef {
  return fig(`${prefix}.turnedAway`, `${label}: turned away (requests it was for when no local place had room: it was full or could not pair the child; one request counts at every such place)`, 'count', group, (st) => st.places[index].turnedAway);
}

/** For a group of places: the mean over places of each one's share of time full (not "all full at once"). */
function meanFullShare(st: ModelState, places: Place[]): number {
  const days = st.tl.horizonT - st.tl.originT;
  return places.length === 0 ? 0 : places.reduce((a, p) => a + p.monitor.fullDays, 0) / (days * places.length);
}

const COST_LABELS: [string, string, CostCategory[]][] = [
  ['localFixed', 'local places, fixed (staffed whether used or not)', ['localFixed']],
  // The breakdown uplift on a local place is booked here too (an assumed cost of the escalated need, not an invoice):
  // cost.breakdownUplift.local says how much of this line it is (review 6).
  ['localVariable', 'local places, variable per child (breakdown uplift on local places included)', ['localVariable']],
  ['outreach', 'outreach team', ['outreach']],
  ['family', 'family-based care', ['family']],
  ['external', 'external placements (in and out of county, crisis, block contracts; includes cost.outOfCounty and cost.externalBlock)', ['externalInCounty', 'externalOutOfCounty', 'crisis', 'externalBlock']],
  ['other', 'programmes and one-off costs', ['other']],
  ['soldPlacesIncome', 'income from places sold to other councils (negative)', ['soldPlacesIncome']],
];

function costFigures(tl: Timeline): FigureDef[] {
  const years = tl.years.map((_, y) => y);
  const cat = (st: ModelState, cats: CostCategory[], ys: number[]) => cats.reduce((a, c) => a + ys.reduce((b, y) => b + st.ledger.get(c, y), 0), 0);
  const all = COST_LABELS.flatMap((c) => c[2]);
  /** The whole period's sum of some categories of a ledger (the spill-over and uplift ledgers hold parts of the total). */
  const inLedger = (ledger: (st: ModelState) => CostLedger, cats: readonly CostCategory[] = COST_CATEGORIES) => (st: ModelState) =>
    cats.reduce((a, c) => a + years.reduce((b, y) => b + ledger(st).get(c, y), 0), 0);
  const out: FigureDef[] = [fig('cost.total', 'Total cost over the period (cash, undiscounted)', 'GBP', 'cost', (st) => cat(st, all, years))];
  // The cost of spill-overs (MODEL.md: how many children spill over, for how long, at what cost): part of the total,
  // not beside it, so it follows the total (charts read an "of which" row as part of the row above it).
  out.push(fig('cost.spillovers', 'Cost: of which placements a spill-over sent a child to, while they last (gross: not what spill-overs added; part of the total)', 'GBP', 'cost', inLedger((st) => st.spillLedger)));
  // What breakdowns added to the placements that followed them (placements.*.breakdownUpliftWeeklyGbp), so a finance
  // lead can see how much of the total, and of an option's difference, rests on that assumption.
  const uplift = inLedger((st) => st.upliftLedger);
  out.push(fig('cost.breakdownUplift', 'Cost: of which the assumed rise in placement cost after a breakdown (part of the total)', 'GBP', 'cost', uplift));
  // By where it was charged: on bought placements it is a price; on the council's own places and foster care, an
  // assumption of what the escalated need costs there (review 6).
  out.push(fig('cost.breakdownUplift.external', 'Cost: of which the breakdown uplift on external placements (part of cost.breakdownUplift)', 'GBP', 'cost', inLedger((st) => st.upliftLedger, ['externalInCounty', 'externalOutOfCounty'])));
  out.push(fig('cost.breakdownUplift.local', 'Cost: of which the breakdown uplift on local houses and homes (part of cost.breakdownUplift and of cost.localVariable)', 'GBP', 'cost', inLedger((st) => st.upliftLedger, ['localVariable'])));
  out.push(fig('cost.breakdownUplift.family', 'Cost: of which the breakdown uplift on family-based care (part of cost.breakdownUplift)', 'GBP', 'cost', inLedger((st) => st.upliftLedger, ['family'])));
  // The total without it, so a comparison shows its own paired interval and verdict without the assumption (review 5).
  out.push(fig('cost.totalWithoutBreakdownUplift', 'Cost: total without the breakdown uplift (cost.total − cost.breakdownUplift)', 'GBP', 'cost', (st) => cat(st, all, years) - uplift(st)));
  for (const [id, label, cats] of COST_LABELS) out.push(fig(`cost.${id}`, `Cost: ${label}`, 'GBP', 'cost', (st) => cat(st, cats, years)));
  // Part of cost.external (not beside it): listed after the categories, which add up to cost.total.
  out.push(fig('cost.outOfCounty', 'Cost: of which out-of-county placements (part of cost.external)', 'GBP', 'cost', (st) => cat(st, ['externalOutOfCounty'], years)));
  out.push(fig('cost.externalBlock', 'Cost: of which block-purchased external places, contract price used or not (part of cost.external)', 'GBP', 'cost', (st) => cat(st, ['externalBlock'], years)));
  tl.years.forEach((span, y) => {
    const fy = `cost.fy${span.fy}`;
    // A year cut short by the period says which part (review 5: six months read as a whole year).
    const name = `${span.label}${span.part}`;
    out.push({ ...fig(`${fy}.total`, `Cost in FY ${name}`, 'GBP', 'cost-fy', (st) => cat(st, all, [y])), yearShare: span.yearShare });
    for (const [id, label, cats] of COST_LABELS) out.push(fig(`${fy}.${id}`, `Cost in FY ${name}: ${label}`, 'GBP', 'cost-fy', (st) => cat(st, cats, [y])));
  });
  return out;
}

/** Every scalar figure of a scenario, in a fixed order. */
export function figureDefs(s: Scenario, tl: Timeline): FigureDef[] {
  const kind = (k: Place['kind']) => (st: ModelState) => st.places.filter((p) => p.kind === k);
  const c = (st: ModelState) => st.counters;
  const inCare = (st: ModelState) => st.counters[COUNT.childrenInCare];
  const out: FigureDef[] = [
    ...placeFigures('hub', 'Hub assessment beds', 'hub', kind('hub')),
    fig('hub.turnedAway', 'Hub: referrals finding every bed taken', 'count', 'hub', (st) => st.hub.turnedAway),
    per(fig('hub.meanStayDays', 'Hub: mean assessment stay', 'days', 'hub', (st) => ratio(st.hub.staySumDays, st.hub.stays)), 'hub.stayDays', 'hub.stays'),
    fig('hub.stays', 'Hub: assessment stays ended', 'count', 'hub', (st) => st.hub.stays),
    fig('hub.stayDays', 'Hub: days of the assessment stays ended', 'days', 'hub', (st) => st.hub.staySumDays),
    ...(s.services.houses.length ? placeFigures('houses', 'Multi-functional houses (all)', 'houses', kind('house'), false) : []),
    // Only when the council runs a home itself: with block contracts alone, "in-house homes 0% used, never full" would mislead.
    // Said in the label when the group counts short-break beds and episodes (not placements in care), so "admissions to in-house homes" is not quoted as residential care.
    ...(s.services.homes.some((h) => h.provider !== 'blockContract') ? placeFigures('homes', s.services.homes.some((h) => h.provider !== 'blockContract' && h.purpose === 'shortBreaks') ? 'In-house homes (all, short-break beds and episodes included)' : 'In-house homes (all)', 'homes', (st) => st.places.filter((p) => p.kind === 'home' && p.fixedCategory === 'localFixed'), false) : []),
    ...placeFigures('outreach', 'Outreach team slots', 'outreach', kind('outreach')),
    fig('outreach.requests', 'Outreach: requests', 'count', 'outreach', (st) => c(st)[COUNT.outreachRequests]),
    per(fig('outreach.shareWaited', 'Outreach: share of started episodes that waited', 'share', 'outreach', (st) => ratio(c(st)[COUNT.outreachWaited], c(st)[COUNT.outreachStarts])), 'outreach.waited', 'outreach.starts'),
    per(fig('outreach.meanWaitDays', 'Outreach: mean wait before support (of episodes started; those who gave up are in wentWithout)', 'days', 'outreach', (st) => ratio(c(st)[COUNT.outreachWaitDays], c(st)[COUNT.outreachStarts])), 'outreach.waitDays', 'outreach.starts'),
    fig('outreach.starts', 'Outreach: episodes started', 'count', 'outreach', (st) => c(st)[COUNT.outreachStarts]),
    fig('outreach.waited', 'Outreach: started episodes that waited', 'count', 'outreach', (st) => c(st)[COUNT.outreachWaited]),
    fig('outreach.waitDays', 'Outreach: days waited before the episodes started', 'days', 'outreach', (st) => c(st)[COUNT.outreachWaitDays]),
    fig('outreach.meanWaitingList', 'Outreach: mean waiting-list length', 'children', 'outreach', (st) => st.outreachQueueMonitor.occupiedDays / (st.tl.horizonT - st.tl.originT)),
    fig('outreach.wentWithout', 'Outreach: children who went without', 'count', 'outreach', (st) => c(st)[COUNT.outreachWentWithout]),
    ...outreachByRequest(s),
    fig('spillover.count', 'Spill-overs: local place sought, none free', 'count', 'spillover', (st) => c(st)[COUNT.spillovers]),
    per(fig('spillover.share', 'Spill-overs as a share of requests for a local place (Hub beds, houses and homes together)', 'share', 'spillover', (st) => ratio(c(st)[COUNT.spillovers], c(st)[COUNT.localRequests])), 'spillover.count', 'spillover.localRequests'),
    fig('spillover.children', 'Children who met at least one spill-over (each counted once)', 'children', 'spillover', (st) => c(st)[COUNT.spilloverChildren]),
    fig('spillover.localRequests', 'Requests for a local place (Hub beds, houses and homes)', 'count', 'spillover', (st) => c(st)[COUNT.localRequests]),
    per(fig('spillover.hubTurnedAwayShare', 'Hub referrals finding every bed taken, as a share of referrals', 'share', 'spillover', (st) => ratio(st.hub.turnedAway, c(st)[COUNT.referrals])), 'hub.turnedAway', 'spillover.referrals'),
    fig('spillover.localCount', 'Requests for a house or home finding none free', 'count', 'spillover', (st) => c(st)[COUNT.localSpillovers]),
    fig('spillover.localPlaceRequests', 'Requests for a house or home', 'count', 'spillover', (st) => c(st)[COUNT.localPlaceRequests]),
    per(fig('spillover.localShare', 'Requests for a house or home finding none free, as a share of those requests', 'share', 'spillover', (st) => ratio(c(st)[COUNT.localSpillovers], c(st)[COUNT.localPlaceRequests])), 'spillover.localCount', 'spillover.localPlaceRequests'),
    fig('spillover.referrals', 'Referrals for a Hub bed (new and after breakdown)', 'count', 'spillover', (st) => c(st)[COUNT.referrals]),
    fig('ooc.placements', 'Out-of-county placements started', 'count', 'spillover', (st) => c(st)[COUNT.oocPlacements]),
    fig('ooc.children', "Children placed out of county at some time in the period (today's included; each counted once)", 'children', 'spillover', (st) => c(st)[COUNT.oocChildren]),
    fig('ooc.childWeeks', 'Out-of-county child-weeks', 'child-weeks', 'spillover', (st) => st.oocMonitor.occupiedDays / 7),
    fig('ooc.meanChildren', 'Children placed out of county (mean)', 'children', 'spillover', (st) => st.oocMonitor.occupiedDays / (st.tl.horizonT - st.tl.originT)),
    fig('external.inCountyChildWeeks', 'In-county external child-weeks', 'child-weeks', 'spillover', (st) => st.settings.externalInCounty.occupiedDays / 7),
    fig('residential.meanCaseload', 'Children in residential care (local and external, mean)', 'children', 'children', (st) => (st.settings.local.occupiedDays + st.settings.externalInCounty.occupiedDays + st.oocMonitor.occupiedDays) / (st.tl.horizonT - st.tl.originT)),
    fig('residential.starts', "Residential placements started in the period (local and external; today's caseload is not a start)", 'count', 'children', (st) => st.counters[COUNT.residentialStarts]),
    fig('residential.entrants', 'Children entering residential care (first residential placement in the run)', 'count', 'children', (st) => st.counters[COUNT.residentialEntrants]),
    fig('residential.meanPlacementWeeks', 'Mean length of residential placements ending in the period', 'weeks', 'children', (st) => ratio(st.counters[COUNT.residentialDays], st.counters[COUNT.residentialEnded]) / 7),
    fig('family.meanCaseload', 'Children in family-based care (mean)', 'children', 'children', (st) => st.settings.family.occupiedDays / (st.tl.horizonT - st.tl.originT)),
    fig('ooc.returned', 'Children brought back from out of county', 'count', 'spillover', (st) => c(st)[COUNT.returnsFromOoc]),
    fig('stability.moves', 'Placement moves', 'count', 'stability', (st) => c(st)[COUNT.moves]),
    fig('stability.breakdowns', 'Placement breakdowns (of children in care)', 'count', 'stability', (st) => c(st)[COUNT.breakdowns]),
    fig('atRisk.entries', 'Children entering care after a breakdown at home or an at-risk placement (incl. re-entry after a return home)', 'count', 'stability', (st) => c(st)[COUNT.atRiskBreakdowns]),
    per(fig('stability.movesPerChild', 'Placement moves per child in care', 'per child', 'stability', (st) => ratio(c(st)[COUNT.moves], inCare(st))), 'stability.moves', 'children.inCare'),
    per(fig('stability.breakdownsPerChild', 'Breakdowns per child in care', 'per child', 'stability', (st) => ratio(c(st)[COUNT.breakdowns], inCare(st))), 'stability.breakdowns', 'children.inCare'),
    fig('stability.stepDowns', 'Step-downs from residential to family-based care', 'count', 'stability', (st) => c(st)[COUNT.stepDowns]),
    fig('children.inCare', 'Children in care at some time in the period', 'children', 'children', inCare),
    fig('children.caseloadMoved', "Children of today's caseload with no room where they are in this scenario", 'count', 'children', (st) => c(st)[COUNT.caseloadMoved]),
    fig('children.turned18', 'Young people who left care at 18', 'count', 'children', (st) => c(st)[COUNT.turned18]),
    fig('children.returnedHome', 'Children who returned home', 'count', 'children', (st) => c(st)[COUNT.returnedHome]),
    fig('children.sgo', 'Special guardianship orders', 'count', 'children', (st) => c(st)[COUNT.sgo]),
    ...shortBreakFigures(s),
    ...fosterFigures(s, tl),
    ...costFigures(tl),
  ];
  out.push(...distributionFigures(s));
  s.services.houses.forEach((h, i) => out.push(...placeFigures(`house.${i}`, `House ${h.name}`, 'houses', (st) => [st.places[1 + i]]), turnedAway(`house.${i}`, `House ${h.name}`, 'houses', 1 + i)));
  s.services.homes.forEach((h, i) => out.push(...placeFigures(`home.${i}`, `Home ${h.name}`, 'homes', (st) => [st.places[1 + s.services.houses.length + i]]), turnedAway(`home.${i}`, `Home ${h.name}`, 'homes', 1 + s.services.houses.length + i)));
  return out;
}

/**
 * Weekly series: occupancy of every pool, the out-of-county count and the outreach waiting list.
 * `capacityOf(kind, i)` is the weekly capacity of the i-th place of a kind (the Hub and the team are the only
 * ones of theirs): by kind and index, never by name, since a home may be called "Hub" or "Outreach".
 */
export function seriesInfo(s: Scenario, tl: Timeline, capacityOf: (kind: 'hub' | 'house' | 'home' | 'outreach', index: number) => number[]): SeriesInfo[] {
  const zero = new Array(tl.weeks).fill(0);
  return [
    { id: 'hub', label: 'Hub assessment beds in use', unit: 'places', capacity: capacityOf('hub', 0) },
    ...s.services.houses.map((h, i) => ({ id: `house.${i}`, label: `House ${h.name}: places in use`, unit: 'places' as Unit, capacity: capacityOf('house', i) })),
    ...s.services.homes.map((h, i) => ({ id: `home.${i}`, label: `Home ${h.name}: beds in use`, unit: 'places' as Unit, capacity: capacityOf('home', i) })),
    { id: 'outreach', label: 'Outreach slots in use', unit: 'places', capacity: capacityOf('outreach', 0) },
    { id: 'outreach.waiting', label: 'Outreach waiting list', unit: 'children', capacity: zero },
    { id: 'ooc', label: 'Children placed out of county', unit: 'children', capacity: zero },
    { id: 'residential', label: 'Children in residential care (local and external)', unit: 'children', capacity: zero },
  ];
}
