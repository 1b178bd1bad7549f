import { exponential } from '../distributions/exponential.js';
import { Rank } from '../event-calendar.js';
import type { OutcomeMix } from '../scenario.js';
import { ageAt, type Child, type Setting } from './child.js';
import { hasRoomFor, placesNeeded, type Place } from './place.js';
import { COUNT, type ModelState } from './state.js';
import { freed } from './freed.js';
import { setHazard } from './outreach.js';
import { startPurposeStay } from './purpose-stays.js';
import { fosterPlacementEnded, placeFamilyLimited } from './foster-hooks.js';
import { tally } from './tally.js';
import { accruePlacement, countOocChild, countSpillover, countTurnedAway } from './spill-overs.js';
import { startRisk } from './risk.js';

/** Yearly rates of the ways a placement ends, and what it costs more after a breakdown (a placements block). */
export interface ExitRates {
  breakdownPerYear: number;
  stepDownPerYear: number;
  returnHomePerYear: number;
  sgoPerYear: number;
  /** Added to this kind of placement's weekly cost when it is the first after a breakdown (placement-schema.ts). */
  breakdownUpliftWeeklyGbp?: number;
  /** A need's own breakdown rate in this setting, replacing breakdownPerYear × the need's factor (placement-schema.ts). */
  breakdownPerYearByNeed?: Record<string, number>;
}
const NO_EXITS: ExitRates = { breakdownPerYear: 0, stepDownPerYear: 0, returnHomePerYear: 0, sgoPerYear: 0 };

/** Write a line of the event log, if one is being kept. */
export function record(st: ModelState, what: string, child: Child, where: string): void {
  st.trace?.(st.now, what, child.id, where);
}

/**
 * Start a placement: a move if the child was already in care. Draws the
 * placement's clocks (breakdown budget, step-down, return home, special
 * guardianship) from the child's own placement stream, one draw per clock
 * whose rate is not zero: the draw count depends on the scenario's rates,
 * never on capacity, so options that differ in capacity stay in step.
 */
export function startPlacement(st: ModelState, child: Child, setting: Setting, place: Place | null, gbpPerDay: number, category: Child['costCategory'], rates: ExitRates = NO_EXITS): void {
  const t = st.now;
  if (child.placements > 0 && st.inReport) {
    child.moves++;
    st.counters[COUNT.moves]++;
  }
  // The Hub and a crisis wait are steps on the way; any other placement settles a breakdown's uplift, at the amount
  // its own placements block states (MODEL.md "Breakdown": by history, never by whether a bed was free). It is
  // kept apart as well, for cost.breakdownUplift.
  const settles = setting !== 'hub' && setting !== 'waitingHub';
  const upliftPerDay = child.upliftDue && settles ? (rates.breakdownUpliftWeeklyGbp ?? 0) / 7 : 0;
  gbpPerDay += upliftPerDay;
  child.upliftGbpPerDay = upliftPerDay;
  if (settles) child.upliftDue = false;
  // Where a spill-over sent the child, or not (a Hub bed after a crisis wait is not).
  child.spillPlacement = child.spillPending;
  child.spillPending = false;
  child.placements++;
  child.epoch++;
  child.setting = setting;
  child.placementStartT = t;
  child.gbpPerDay = gbpPerDay;
  child.costCategory = category;
  if (st.inReport && !child.inCareInReport) {
    child.inCareInReport = true;
    st.counters[COUNT.childrenInCare]++;
  }
  if (place) occupy(st, place, child);
  countSetting(st, child, 1);
  if (st.trace) record(st, setting === 'local' ? `placed-${place!.kind}` : `placed-${setting}`, child, place?.name ?? (child.outOfCounty ? 'out of county' : setting));
  const r = child.rng.placement;
  const breakdownPerYear = rates.breakdownPerYearByNeed?.[st.s.needs[child.need]] ?? rates.breakdownPerYear * st.needBreakdownFactor[child.need];
  // Drawn whenever the setting has a rate at all (as before rates by need), so a need's rate of 0 keeps the draws in step.
  child.hazardBudget = rates.breakdownPerYear > 0 || breakdownPerYear > 0 ? exponential(r, 1) : Infinity;
  // Competing exits: the earliest clock wins (the others are then irrelevant).
  const stepDown = clock(r, rates.stepDownPerYear);
  const returnHome = clock(r, rates.returnHomePerYear);
  const sgo = clock(r, rates.sgoPerYear);
  const first = Math.min(stepDown, returnHome, sgo);
  if (first < Infinity) {
    const exit = first === stepDown ? 'stepDown' : first === returnHome ? 'returnHome' : 'sgo';
    st.calendar.schedule(t + first, Rank.release, { kind: 'placementExit', child, epoch: child.epoch, exit });
  }
  const assessed = child.assessed ? st.s.placements.afterAssessmentBreakdownFactor : 1;
  child.baseHazardPerDay = (breakdownPerYear * assessed) / 365.25;
  child.hazardPerDay = 0;
  child.hazardSince = t;
  setHazard(st, child);
}

/** Days until an event at `perYear`; Infinity, with no draw, at rate 0. */
function clock(r: () => number, perYear: number): number {
  return perYear > 0 ? (exponential(r, 1) * 365.25) / perYear : Infinity;
}

/** End the current placement: accrue its variable cost, free its place, cancel its clocks. */
export function endPlacement(st: ModelState, child: Child): void {
  if (child.costCategory === null) return;
  accruePlacement(st, child, st.now);
  countSetting(st, child, -1);
  child.costCategory = null;
  child.epoch++;
  child.baseHazardPerDay = 0;
  setHazard(st, child);
  if (st.foster) fosterPlacementEnded(st, child);
  if (child.outOfCounty) {
    child.outOfCounty = false;
    st.outOfCounty.delete(child);
    st.oocMonitor.add(st.now, -1);
  }
  const place = child.place;
  if (place) {
    if (st.inReport) {
      place.stays++;
      place.staySumDays += st.now - child.placementStartT;
    }
    place.used -= child.placesHeld;
    place.monitor.add(st.now, -child.placesHeld);
    place.occupants.delete(child);
    st.placeChildren[place.index].add(st.now, -1);
    child.place = null;
    child.placesHeld = 0;
    freed(st, place);
  }
}

/** Keep the by-setting monitors: residential (local houses and homes, external) and family-based care. */
function countSetting(st: ModelState, child: Child, delta: 1 | -1): void {
  const m = st.settings;
  if (child.setting === 'local') m.local.add(st.now, delta);
  else if (child.setting === 'family') m.family.add(st.now, delta);
  else if (child.setting === 'external' && !child.outOfCounty) m.externalInCounty.add(st.now, delta);
  if (child.setting === 'local' || child.setting === 'external') {
    m.residential.add(st.now, delta);
    const c = st.counters;
    if (delta > 0 && st.inReport && !st.placingCaseload) {
      c[COUNT.residentialStarts]++;
      if (!child.everResidential) c[COUNT.residentialEntrants]++;
    }
    if (delta > 0) child.everResidential = true;
    if (delta < 0 && st.inReport) {
      c[COUNT.residentialEnded]++;
      c[COUNT.residentialDays] += st.now - child.placementStartT;
    }
  }
}

function occupy(st: ModelState, place: Place, child: Child): void {
  const n = placesNeeded(place, child);
  place.used += n;
  if (place.used > place.capacity) throw new Error(`${place.name} holds ${place.used} places of ${place.capacity} (child ${child.id}, t=${st.now})`);
  place.monitor.add(st.now, n);
  place.occupants.add(child);
  st.placeChildren[place.index].add(st.now, 1);
  child.place = place;
  child.placesHeld = n;
  if (st.inReport && !st.placingCaseload) place.admissions++;
}

const OUTCOMES = ['home', 'family', 'inHouseHome', 'house', 'externalResidential'] as const;

/** Draw a destination from an outcome mix with one uniform `u`. */
export function drawOutcome(mix: OutcomeMix, u: number): keyof OutcomeMix {
  let acc = 0;
  for (const key of OUTCOMES) {
    acc += mix[key];
    if (u < acc) return key;
  }
  return 'externalResidential';
}

/** Send a child to a destination: home, family-based care, a local place by preference, or external. */
export function goTo(st: ModelState, child: Child, outcome: keyof OutcomeMix): void {
  switch (outcome) {
    case 'home':
      tally(st, COUNT.returnedHome);
      return returnHome(st, child);
    case 'family':
      return placeFamily(st, child);
    case 'inHouseHome':
    case 'house':
      return seekLocal(st, child, outcome);
    case 'externalResidential':
      return placeExternal(st, child);
  }
}

/** Seek a house or home in the matching order for `kind`; none free is a spill-over to an external placement. */
export function seekLocal(st: ModelState, child: Child, kind: 'inHouseHome' | 'house'): void {
  tally(st, COUNT.localRequests);
  tally(st, COUNT.localPlaceRequests);
  const place = st.matchOrder[kind].find((p) => hasRoomFor(p, child, st.now));
  if (place) return placeLocal(st, child, place);
  countSpillover(st, child);
  tally(st, COUNT.localSpillovers);
  record(st, 'spillover', child, kind);
  countTurnedAway(st, st.matchOrder[kind], child);
  placeExternal(st, child);
}

/**
 * A child goes home. With a re-entry risk in the scenario (`placements.returnHome`),
 * they are at risk of coming back into care for a window; outreach's
 * "return home" support works on that risk.
 */
export function returnHome(st: ModelState, child: Child): void {
  leave(st, child, 'returned-home');
  const reentry = st.s.placements.returnHome;
  if (!reentry || reentry.reentryPerYear <= 0 || st.now >= child.t18) return;
  startRisk(st, child, reentry.reentryPerYear, st.samplers.reentryRisk!(child.rng.placement));
}

/** Place a child in a local house or home that has room. */
export function placeLocal(st: ModelState, child: Child, place: Place): void {
  startPlacement(st, child, 'local', place, place.variableGbpPerChildDay, 'localVariable', st.s.placements.localResidential);
  startPurposeStay(st, child, place);
}

/** Place a child in family-based care (fostering, connected persons) at a drawn weekly cost. */
export function placeFamily(st: ModelState, child: Child): void {
  if (st.foster) return placeFamilyLimited(st, child);
  const weekly = st.samplers.familyCost(child.rng.placement);
  startPlacement(st, child, 'family', null, weekly / 7, 'family', st.s.placements.family);
}

/**
 * Spot-purchase an external residential placement, in or out of county, at a
 * drawn price times the need's price factor (startPlacement adds the
 * breakdown uplift if the child's last placement in care broke down).
 */
export function placeExternal(st: ModelState, child: Child): void {
  const ext = st.s.placements.external;
  const ooc = child.rng.placement() < ext.outOfCountyShare;
  const base = supportedAccommodation(st, child) ? st.samplers.supportedCost!(child.rng.placement) : (ooc ? st.samplers.oocCost : st.samplers.inCountyCost)(child.rng.placement);
  const weekly = base * st.needPriceFactor[child.need];
  child.outOfCounty = ooc;
  if (ooc) {
    st.outOfCounty.add(child);
    st.oocMonitor.add(st.now, 1);
    if (st.inReport) st.counters[COUNT.oocPlacements]++;
    countOocChild(st, child);
  }
  startPlacement(st, child, 'external', null, weekly / 7, ooc ? 'externalOutOfCounty' : 'externalInCounty', ext);
}

/** Whether a 16- or 17-year-old's external placement is supported accommodation (one draw, only when it could be). */
function supportedAccommodation(st: ModelState, child: Child): boolean {
  const sa = st.s.placements.external.supportedAccommodation16plus;
  if (!sa || sa.share <= 0 || ageAt(child, st.now) < 16) return false;
  return child.rng.placement() < sa.share;
}

/** The child leaves care (or, if at risk, leaves the model). Outreach support already under way runs on. */
export function leave(st: ModelState, child: Child, why: string): void {
  child.upliftDue = false;
  if (child.setting !== 'atRisk' && child.setting !== 'left') endPlacement(st, child);
  child.baseHazardPerDay = 0;
  setHazard(st, child); // cancels an at-risk child's breakdown clock
  if (child.hubWaiting) {
    child.hubWaiting = false;
    child.hubWaitToken++;
    st.hubQueue.removed();
  }
  child.epoch++;
  child.setting = 'left';
  record(st, why, child, 'left');
  st.leavers.push(child);
}
