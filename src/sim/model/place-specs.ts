import type { Scenario } from '../scenario.js';
import { MAX_NEEDS } from '../scenario-schema.js';
import type { Timeline } from '../timeline.js';
import type { SoldPlaces } from '../dated-capacity-schema.js';
import { houseAgeRange } from '../house-matching-schema.js';
import { makeSampler } from '../distributions/spec.js';
import type { TimedStep } from './capacity-schedule.js';
import type { PlaceSpec } from './place.js';

const DAYS_PER_WEEK = 7;
/** The team's weekly cost is a 52-week year, as seed 001 §14 costs it: 12 × £660 × 52 = £411,840 a year. */
const WEEKS_PER_TEAM_YEAR = 52;
const DAYS_PER_YEAR = 365.25;
type House = Scenario['services']['houses'][number];
type Home = Scenario['services']['homes'][number];
type Step = { from: string; places?: number; registration?: string; fixedWeeklyGbpPerPlace?: number };
type Fields = Omit<PlaceSpec, 'schedule'>;

/** A key for an ordered pair of need indices (a house's needs kept apart): unique while both are below MAX_NEEDS, which the schema enforces. */
export function pairKey(a: number, b: number): number {
  return a * MAX_NEEDS + b;
}

/** What each place of a scenario is: Hub first, then houses, homes, and outreach last. */
export function placeSpecs(s: Scenario, tl: Timeline): PlaceSpec[] {
  const b = new SpecBuilder(s, tl);
  const { hub, houses, homes, outreach } = s.services;
  const none = { purpose: null, stay: null, exits: null, sharing: null, needs: null, minAge: 0, maxAge: 18, wholeForSingle: false };
  return [
    b.spec({ kind: 'hub', name: 'Hub', ...none, fixedCategory: 'localFixed', size: hub.beds, fixedGbpPerPlaceDay: hub.fixedWeeklyGbpPerBed / DAYS_PER_WEEK, variableGbpPerChildDay: hub.variableWeeklyGbpPerChild / DAYS_PER_WEEK, ...b.when(hub) }, hub.capacitySteps, hub.soldPlaces),
    ...houses.map((h) => b.house(h)),
    ...homes.map((h) => b.home(h)),
    b.spec({ kind: 'outreach', name: 'Outreach', ...none, fixedCategory: 'outreach', size: outreach.slots, fixedGbpPerPlaceDay: (outreach.fixedWeeklyGbpPerSlot * WEEKS_PER_TEAM_YEAR) / DAYS_PER_YEAR, variableGbpPerChildDay: 0, opensT: -Infinity, closesT: Infinity }, outreach.capacitySteps),
  ];
}

/** Turns a scenario's services into place specifications, resolving dates and need names once. */
class SpecBuilder {
  constructor(private readonly s: Scenario, private readonly tl: Timeline) {}

  house(h: House): PlaceSpec {
    const fields: Fields = {
      kind: 'house', name: h.name, ...this.purpose(h), fixedCategory: 'localFixed', sharing: this.sharing(h), size: h.places, ...houseAgeRange(h.registration, h),
      needs: this.needSet(h.needs), wholeForSingle: true, fixedGbpPerPlaceDay: h.fixedWeeklyGbpPerPlace / DAYS_PER_WEEK, variableGbpPerChildDay: h.variableWeeklyGbpPerChild / DAYS_PER_WEEK, ...this.when(h),
    };
    return this.spec(fields, h.capacitySteps, h.soldPlaces, h);
  }

  home(h: Home): PlaceSpec {
    const fields: Fields = {
      kind: 'home', name: h.name, ...this.purpose(h), fixedCategory: h.provider === 'blockContract' ? 'externalBlock' : 'localFixed', sharing: null, size: h.beds, minAge: h.minAge, maxAge: h.maxAge,
      needs: this.needSet(h.needs), wholeForSingle: false, fixedGbpPerPlaceDay: h.fixedWeeklyGbpPerBed / DAYS_PER_WEEK, variableGbpPerChildDay: h.variableWeeklyGbpPerChild / DAYS_PER_WEEK, ...this.when(h),
    };
    return this.spec(fields, h.capacitySteps, h.soldPlaces);
  }

  /** A place with its capacity schedule: size, opening and closing, dated steps and sales. */
  spec(p: Fields, steps: Step[], sold: SoldPlaces[] = [], houseAges: { minAge?: number; maxAge?: number } = {}): PlaceSpec {
    const sales = sold.map((x) => ({ fromT: this.tl.timeOf(x.from), toT: x.to ? this.tl.timeOf(x.to) : Infinity, places: x.places }));
    return { ...p, schedule: { size: p.size, minAge: p.minAge, maxAge: p.maxAge, fixedGbpPerPlaceDay: p.fixedGbpPerPlaceDay, opensT: p.opensT, closesT: p.closesT, steps: this.steps(steps, houseAges), sold: sales } };
  }

  when(x: { opens?: string; closes?: string }) {
    return { opensT: x.opens ? this.tl.timeOf(x.opens) : -Infinity, closesT: x.closes ? this.tl.timeOf(x.closes) : Infinity };
  }

  /** A re-registration sets the ages of the new registration, narrowed by the house's own. */
  private steps(list: Step[], houseAges: { minAge?: number; maxAge?: number }): TimedStep[] {
    return list.map((x) => ({
      t: this.tl.timeOf(x.from),
      places: x.places,
      ...(x.registration ? houseAgeRange(x.registration, houseAges) : {}),
      fixedGbpPerPlaceDay: x.fixedWeeklyGbpPerPlace === undefined ? undefined : x.fixedWeeklyGbpPerPlace / DAYS_PER_WEEK,
    }));
  }

  private purpose(h: House | Home) {
    return { purpose: h.purpose, stay: h.stayDays ? makeSampler(h.stayDays) : null, exits: h.exits ?? null };
  }

  private sharing(h: House): PlaceSpec['sharing'] {
    if (!h.sharing) return null;
    const [gap, pairs] = [h.sharing.maxAgeGapYears ?? Infinity, h.sharing.needsApart];
    return { maxAgeGapYears: gap, needsApart: new Set(pairs.flatMap(([a, b]) => [pairKey(this.need(a), this.need(b)), pairKey(this.need(b), this.need(a))])) };
  }

  private need(n: string): number {
    return this.s.needs.indexOf(n);
  }

  private needSet(list: string[]): Set<number> | null {
    return list.length === 0 ? null : new Set(list.map((n) => this.need(n)));
  }
}
