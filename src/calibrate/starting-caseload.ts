import { moments } from '../sim/distributions/spec.js';
import type { Scenario } from '../sim/scenario.js';
import { dayNumber } from '../sim/calendar-dates.js';
import { needPicker, residentialNeedMix } from './need-picker.js';
import type { Placement } from './placements.js';
import { houseAgeRange } from '../sim/house-matching-schema.js';

/** One row of the caseload CSV (docs/caseload.md): no identifier, no date of birth, no postcode. */
export interface CaseloadCsvRow {
  age_years: number;
  need: string;
  setting: string;
  weekly_cost_gbp: number;
  weeks_in_placement: number;
}

/** The starting caseload and what could not be placed as the return shows. */
export interface StartingCaseload {
  rows: CaseloadCsvRow[];
  /** Children in the council's own homes or houses beyond the template's beds, written as external in county. */
  overflowLocal: number;
  /** Children in care on the date in family-based care who were never in residential care this period, or in other placements: outside carecap. */
  outsideModel: { family: number; other: number };
}

/** Placements open on a day for children under 18. */
export function inCareOn(placements: Placement[], day: number): Placement[] {
  return placements.filter((p) => p.startDay <= day && (p.endDay === null || p.endDay > day) && day < p.eighteenthDay);
}

/**
 * The children in care on the start date as carecap's caseload: the
 * council's own children's homes and semi-independent places fill the
 * template's homes and houses (in order, within their ages and needs);
 * other residential placements are external, in or out of county by
 * PL_LOCATION (unknown: shared by the template's out-of-county share);
 * family-based care only for children stepped down from residential care.
 * Needs and costs are not in the return: needs follow the template's mix,
 * costs its distributions' means (assumed, not in the SSDA903).
 */
export function startingCaseload(placements: Placement[], startDay: number, t: Scenario): StartingCaseload {
  const pick = needPicker(residentialNeedMix(t.demand));
  const places = localPlaces(t, startDay);
  const oocShare = t.placements.external.outOfCountyShare;
  let ext = { in: 0, out: 0 };
  const out: StartingCaseload = { rows: [], overflowLocal: 0, outsideModel: { family: 0, other: 0 } };
  for (const p of inCareOn(placements, startDay).sort((a, b) => a.startDay - b.startDay || a.child - b.child)) {
    const age = Math.min(17.9, Math.floor(((startDay - p.birthDay) / 365.25) * 10) / 10);
    const weeks = Math.round(((startDay - p.startDay) / 7) * 10) / 10;
    const row = (setting: string, need: string | null, cost: number) => out.rows.push({ age_years: age, need: need ?? t.needs[0], setting, weekly_cost_gbp: Math.round(cost), weeks_in_placement: weeks });
    if (p.setting === 'family') {
      if (p.afterResidential) row('family', pick(), moments(t.placements.family.weeklyCostGbp).mean);
      else out.outsideModel.family++;
      continue;
    }
    if (p.setting === 'other') {
      out.outsideModel.other++;
      continue;
    }
    const need = pick();
    const candidates = p.local ? places.filter((pl) => pl.free > 0 && pl.kind === (p.kind === 'semi-independent' ? 'house' : 'home') && pl.fits(age)) : [];
    const local = candidates.find((pl) => pl.needs.length === 0 || pl.needs.includes(need ?? '')) ?? candidates[0];
    if (local) {
      local.free--;
      row(local.setting, local.needs.length === 0 || local.needs.includes(need ?? '') ? need : pick(local.needs), 0);
      continue;
    }
    if (p.local) out.overflowLocal++;
    const ooc = p.outOfCounty ?? (ext.out + 1) / oocShare <= (ext.in + 1) / (1 - oocShare);
    ext = ooc ? { ...ext, out: ext.out + 1 } : { ...ext, in: ext.in + 1 };
    const cost = ooc ? t.placements.external.outOfCountyWeeklyCostGbp : t.placements.external.inCountyWeeklyCostGbp;
    row(ooc ? 'external-out-of-county' : 'external-in-county', need, moments(cost).mean);
  }
  return out;
}

interface LocalPlace { setting: string; kind: 'home' | 'house'; free: number; needs: string[]; fits: (age: number) => boolean }

/** The template's homes and houses open on the day, with their beds. */
function localPlaces(t: Scenario, day: number): LocalPlace[] {
  const open = (x: { opens?: string; closes?: string }) => (!x.opens || dayNumber(x.opens) <= day) && (!x.closes || dayNumber(x.closes) > day);
  return [
    ...t.services.homes.filter((h) => open(h) && h.purpose !== 'shortBreaks').map((h) => ({ setting: `home:${h.name}`, kind: 'home' as const, free: h.beds, needs: h.needs, fits: (a: number) => a >= h.minAge && a < h.maxAge })),
    ...t.services.houses.filter(open).map((h) => ({ setting: `house:${h.name}`, kind: 'house' as const, free: h.places, needs: h.needs, fits: fitsHouse(h) })),
  ];
}

/** A house's ages: its registration's (seed 001 §22: registered under 16, unregulated 16+) unless it sets its own. */
function fitsHouse(h: Scenario['services']['houses'][number]): (age: number) => boolean {
  const { minAge, maxAge } = houseAgeRange(h.registration, h);
  return (a) => a >= minAge && a < maxAge;
}
