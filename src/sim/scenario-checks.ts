import { moments, type Distribution } from './distributions/spec.js';
import type { Scenario } from './scenario-schema.js';
import { DAYS_PER_YEAR, reportingDays } from './timeline.js';
import { dayNumber, isoDate } from './calendar-dates.js';
import { houseAgeRange } from './house-matching-schema.js';

/**
 * Checks that the schema's types cannot express: values that pass as
 * numbers but would make every replication fail or every figure
 * meaningless (a cost of 1e308 overflows the totals; a stay of 1e300 days
 * never ends; a horizon of 0.001 years rounds to 0 days), dates out of order,
 * and plausibility warnings for values far outside anything in the seeds.
 * Bounds (issue 14):
 * - money per week above £1,000,000 is an error (the dearest placement in the
 *   seeds is about £9,000 a week: seed 002 excludes "placements above £9k/week",
 *   seed 000 crisis £8,400); above £25,000 a week is a warning;
 * - any other sum of money above £10,000,000,000 is an error;
 * - durations (…Days) above 1,000,000 days are an error (a theory test uses
 *   100,000 days for "at risk for ever"; 1e300 once failed every replication);
 * - arrival rates above 100,000 a year are an error (the seeds' councils see
 *   hundreds), hazards (…PerYear) above 365 a year (daily) are an error;
 * - beds, slots and places above 10,000 are an error;
 * - arrival ages that can reach 18 are an error (they would be capped).
 */
export interface Check {
  path: (string | number)[];
  message: string;
}

const WEEKLY_GBP_ERROR = 1_000_000;
const WEEKLY_GBP_WARNING = 25_000;
const OTHER_GBP_ERROR = 10_000_000_000;
const MAX_DAYS = 1_000_000;
const MAX_RATE_PER_YEAR = 100_000;
const MAX_HAZARD_PER_YEAR = 365;
const MAX_COUNT = 10_000;

/** Errors (the scenario cannot run as meant) and warnings (it can, but a value looks like a slip). */
export function scenarioChecks(s: Scenario): { errors: Check[]; warnings: Check[] } {
  const errors: Check[] = [];
  const warnings: Check[] = [];
  if (s.horizonYears > 0 && Math.round(s.horizonYears * DAYS_PER_YEAR) < 1) errors.push({ path: ['horizonYears'], message: `${s.horizonYears} years rounds to 0 days; the horizon must be at least one day` });
  // Dates the model and its files can carry: years of four digits (weekly.csv once read 10000-01-07), and a plan
  // a council could make. Anything outside is a slip in the year.
  if (s.startDate < '1900-01-01' || s.startDate > '2200-12-31') errors.push({ path: ['startDate'], message: `${s.startDate} is outside 1900-01-01 to 2200-12-31: is the year right?` });
  walk(s, [], errors, warnings);
  s.demand.forEach((d, i) => checkAges(d.ageYears, ['demand', i, 'ageYears'], errors));
  const dated = [['services', 'hub'], ...s.services.houses.map((_, i) => ['services', 'houses', i]), ...s.services.homes.map((_, i) => ['services', 'homes', i])];
  for (const path of dated) {
    const x = path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, s as unknown as Record<string, unknown>) as { opens?: string; closes?: string };
    if (x.opens && x.closes && x.closes <= x.opens) errors.push({ path: [...path, 'closes'], message: `closes (${x.closes}) must be after opens (${x.opens})` });
  }
  checkSales(s, errors);
  if (errors.length === 0) datesOutsidePeriod(s, warnings);
  caseloadEligibility(s, warnings);
  // A need's own rate in a setting replaces the setting's rate × the need's factor there: said, since both were written.
  for (const block of ['family', 'localResidential', 'external'] as const) {
    for (const need of Object.keys(s.placements[block].breakdownPerYearByNeed)) {
      const factor = s.placements.breakdownFactorByNeed[need];
      if (factor !== undefined) warnings.push({ path: ['placements', block, 'breakdownPerYearByNeed', need], message: `replaces breakdownPerYear × placements.breakdownFactorByNeed.${need} (× ${factor}) in this setting: the factor is not applied here` });
    }
  }
  s.otherCosts.recurring.forEach((c, i) => {
    if (c.from && c.to && c.to <= c.from) errors.push({ path: ['otherCosts', 'recurring', i, 'to'], message: `to (${c.to}) must be after from (${c.from})` });
  });
  return { errors, warnings };
}

/**
 * Today's caseload is placed where the row says, without the age and need
 * rules a new placement follows (caseload-start.ts: nobody is moved for a
 * rule they break today). A row that breaks them is said, so a slip (a
 * 12-year-old in a 16+ house) is not read as a placement the estate allows:
 * MODEL.md has eligibility by age and registration enforced (analyst review).
 */
function caseloadEligibility(s: Scenario, warnings: Check[]): void {
  s.initialCaseload.forEach((row, i) => {
    const [kind, ...rest] = row.setting.split(':');
    const name = rest.join(':');
    const house = kind === 'house' ? s.services.houses.find((h) => h.name === name) : undefined;
    const home = kind === 'home' ? s.services.homes.find((h) => h.name === name) : undefined;
    const place = house ?? home;
    if (!place) return;
    // A house's ages follow its registration on the start date (a step dated before it is in force from the start).
    const registration = house ? house.capacitySteps.reduce((r, st) => (st.from <= s.startDate && st.registration ? st.registration : r), house.registration) : '';
    const { minAge, maxAge } = house ? houseAgeRange(registration, house) : home!;
    const why: string[] = [];
    if (row.ageYears < minAge || row.ageYears >= maxAge) why.push(`aged ${row.ageYears}, where ${kind} “${name}” takes ${minAge} to under ${maxAge}${house ? ` (${registration})` : ''}`);
    if (place.needs.length > 0 && !place.needs.includes(row.need)) why.push(`need ${row.need}, which ${kind} “${name}” does not take (${place.needs.join(', ')})`);
    if (why.length) warnings.push({ path: ['initialCaseload', i, 'setting'], message: `${why.join('; ')}: placed there as today's caseload says (the rules apply to new placements); check the row` });
  });
}

/** Keys whose value is a date something happens on (an opening, a closing, a step, a sale, a cost, a rate period). */
const EVENT_DATES = new Set(['opens', 'closes', 'from', 'to', 'date']);

/**
 * A date on or after the end of the reporting period changes nothing in the
 * run (a home opening in 2035 in a plan to 2031), and a one-off cost dated
 * before the start date is not counted (the ledger books the period only):
 * each is legal, but usually a slip in a year, so it is said, not silent.
 * Today's caseload is not looked at (its dates are not events).
 */
function datesOutsidePeriod(s: Scenario, warnings: Check[]): void {
  const start = dayNumber(s.startDate);
  const end = start + reportingDays(s.startDate, s.horizonYears);
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => visit(x, [...path, i]));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (path.length === 0 && key === 'initialCaseload') continue;
      if (typeof value !== 'string' || !EVENT_DATES.has(key) || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        visit(value, [...path, key]);
        continue;
      }
      const day = dayNumber(value);
      // An end date past the period (a contract or closure after it) is ordinary: the thing runs to the end of the run.
      // A late opening is not "no effect": the place is closed for the whole run (hostile review 3).
      const after = `${value} is on or after the end of the period (the run covers ${s.startDate} to ${isoDate(end - 1)})`;
      if (day >= end && key === 'opens') warnings.push({ path: [...path, key], message: `${after}: the place never opens in this run, so it is closed throughout` });
      else if (day >= end && key !== 'closes' && key !== 'to') warnings.push({ path: [...path, key], message: `${after}: it has no effect in this run` });
      else if (key === 'date' && path[0] === 'otherCosts' && day < start) warnings.push({ path: [...path, key], message: `${value} is before the start date ${s.startDate}: a one-off cost then is not counted in this run` });
    }
  };
  visit(s, []);
}

/**
 * Places sold to other councils cannot be more than the service has at the
 * time: the income is booked per place sold (sold-places.ts), so 99 places
 * sold of a 4-bed home would earn for 95 beds that do not exist, and 5
 * sold from today of a Hub that has 1 bed until a step to 5 in 2029 would
 * earn for 4 beds for three years. The sales running on each date the
 * balance can change (a sale starting, a capacity step) must fit in the
 * places the service has on that date (its size, or the last step's places).
 */
function checkSales(s: Scenario, errors: Check[]): void {
  const { hub, houses, homes } = s.services;
  const services = [
    { path: ['services', 'hub'], noun: 'Hub', size: hub.beds, steps: hub.capacitySteps as { from: string; places?: number }[], sales: hub.soldPlaces },
    ...houses.map((h, i) => ({ path: ['services', 'houses', i], noun: `house “${h.name}”`, size: h.places, steps: h.capacitySteps as { from: string; places?: number }[], sales: h.soldPlaces })),
    ...homes.map((h, i) => ({ path: ['services', 'homes', i], noun: `home “${h.name}”`, size: h.beds, steps: h.capacitySteps as { from: string; places?: number }[], sales: h.soldPlaces })),
  ];
  for (const { path, noun, size, steps, sales } of services) {
    if (sales.length === 0) continue;
    const placesOn = (d: string) => steps.reduce((n, st) => (st.from <= d && st.places !== undefined ? st.places : n), size);
    const soldOn = (d: string) => sales.filter((o) => o.from <= d && (o.to === undefined || d < o.to));
    // Each date the balance can change, earliest first; one error per service (the first), blaming what changed.
    const dates = [...sales.map((o, j) => ({ d: o.from, sale: j, step: -1 })), ...steps.map((st, k) => ({ d: st.from, sale: -1, step: k }))].sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
    for (const { d, sale, step } of dates) {
      const running = soldOn(d);
      const sold = running.reduce((a, o) => a + o.places, 0);
      const places = placesOn(d);
      if (running.length === 0 || sold <= places) continue;
      const salesWords = running.length > 1 ? `${sold} places sold on ${d} (${running.length} sales running then)` : `${sold} place${sold === 1 ? '' : 's'} sold on ${d}`;
      if (sale >= 0) errors.push({ path: [...path, 'soldPlaces', sale, 'places'], message: `${salesWords}, more than the ${noun}'s ${places} then: income would be booked for places that do not exist` });
      else errors.push({ path: [...path, 'capacitySteps', step, 'places'], message: `the step on ${d} leaves the ${noun} ${places} place${places === 1 ? '' : 's'}, fewer than the ${sold} sold then: end the sale (soldPlaces[].to) before it, or sell fewer` });
      break;
    }
  }
}

/** Applies the bounds by field name to every number (and distribution) in the scenario. */
/**
 * Bounds every number by the name of the field that holds it. The entries of a map by need (`stayDaysByNeed`,
 * `breakdownPerYearByNeed`) are keyed by need names, so they take the map's name less `ByNeed` (a stay of 1e300
 * days for one need, or a breakdown rate of 1e300 a year, once passed: review 5).
 */
function walk(node: unknown, path: (string | number)[], errors: Check[], warnings: Check[], as?: string): void {
  if (Array.isArray(node)) return node.forEach((x, i) => walk(x, [...path, i], errors, warnings));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key];
    const name = as ?? key;
    const size = typeof value === 'number' ? value : isDistribution(value) ? upperScale(value) : undefined;
    if (size !== undefined) bound(name, size, here, errors, warnings);
    else walk(value, here, errors, warnings, key.endsWith('ByNeed') ? key.slice(0, -'ByNeed'.length) : undefined);
  }
}

function bound(key: string, size: number, path: (string | number)[], errors: Check[], warnings: Check[]): void {
  // Twelve significant figures: a mean computed from a distribution's parameters reads 4000000, not 4000000.000000001.
  const shown = Number.isFinite(size) ? String(Number(size.toPrecision(12))) : String(size);
  const fail = (limit: number, what: string) => errors.push({ path, message: `${shown} is above ${limit.toLocaleString('en-GB')}${what}` });
  if (/gbp/i.test(key) && /weekly/i.test(key)) {
    if (size > WEEKLY_GBP_ERROR) fail(WEEKLY_GBP_ERROR, ' pounds a week; no placement costs that (is it a yearly figure, or in pence?)');
    else if (size > WEEKLY_GBP_WARNING) warnings.push({ path, message: `£${size.toLocaleString('en-GB')} a week is far above any cost in the councils' papers (about £9,000 a week at most)` });
  } else if (/gbp/i.test(key)) {
    if (size > OTHER_GBP_ERROR) fail(OTHER_GBP_ERROR, ' pounds');
  } else if (/Days$/.test(key)) {
    if (size > MAX_DAYS) fail(MAX_DAYS, ' days (2,700 years)');
  } else if (key === 'ratePerYear') {
    if (size > MAX_RATE_PER_YEAR) fail(MAX_RATE_PER_YEAR, ' arrivals a year; the councils in the seeds see hundreds');
  } else if (/PerYear$/.test(key) && key !== 'growthPerYear' && key !== 'costGrowthPerYear') {
    if (size > MAX_HAZARD_PER_YEAR) fail(MAX_HAZARD_PER_YEAR, ' a year (more than once a day)');
  } else if (key === 'beds' || key === 'slots' || key === 'places') {
    if (size > MAX_COUNT) fail(MAX_COUNT, '');
  }
}

function isDistribution(v: unknown): v is Distribution {
  return !!v && typeof v === 'object' && typeof (v as { dist?: unknown }).dist === 'string';
}

/** The largest value a distribution's parameters suggest (its bound, or its mean and spread). */
function upperScale(d: Distribution): number {
  switch (d.dist) {
    case 'fixed': return d.value;
    case 'exponential': return d.mean;
    case 'gamma': return d.shape * d.scale + Math.sqrt(d.shape) * d.scale;
    case 'lognormal': return Math.max(d.mean, d.sd);
    // Mean plus one sd: a small shape has a tail far beyond its scale (shape 0.02, scale £5,000 has a mean of about 10^47).
    case 'weibull': {
      const m = moments(d);
      const top = m.mean + Math.sqrt(Math.max(0, m.variance));
      return Number.isFinite(top) ? top : Infinity;
    }
    case 'uniform': case 'triangular': return d.max;
    case 'empirical': return d.bins.length ? d.bins[d.bins.length - 1].to : 0;
  }
}

/** Arrival ages: a bounded distribution must stay at or below 18, an unbounded one have its mean below 18. */
function checkAges(d: Distribution, path: (string | number)[], errors: Check[]): void {
  const bounded = ['fixed', 'uniform', 'triangular', 'empirical'].includes(d.dist);
  const top = upperScale(d);
  const tooOld = d.dist === 'fixed' ? top >= 18 : bounded ? top > 18 : top >= 18;
  if (tooOld) errors.push({ path, message: `arrival ages reach ${top}; a child in care is under 18, and older draws would be capped just below 18 without a word` });
}
