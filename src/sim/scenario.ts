import { z } from 'zod';
import { ScenarioSchema, type Scenario } from './scenario-schema.js';
import { scenarioChecks } from './scenario-checks.js';
import { CASELOAD_FAMILY } from './random.js';
import { purposeProblems } from './purpose-schema.js';
import { houseAgeProblems } from './house-matching-schema.js';

export { ScenarioSchema } from './scenario-schema.js';
export type { Scenario, ScenarioInput, OutcomeMix, Demand, CaseloadRow } from './scenario-schema.js';

/** One problem with a scenario: where (`services.hub.beds`) and which rule it breaks. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/** Either a valid scenario or every problem found in it at once. */
export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Plausibility warnings of a valid scenario (values far outside the seeds), as issues. */
export function scenarioWarnings(s: Scenario): ScenarioIssue[] {
  return scenarioChecks(s).warnings.map((w) => ({ path: formatPath(w.path), message: w.message }));
}

/** Validate plain data (parsed YAML or JSON) as a scenario, reporting every problem. */
export function validateScenario(raw: unknown): ScenarioCheck {
  // Zod runs the cross-field checks even when a field failed its own rule (an empirical distribution with no bins), so
  // they may meet data of the wrong shape and throw. That is no second problem: the field's own issue is reported. A
  // throw on a scenario with no other issue is a bug in the checks, and is raised as one.
  let failure: unknown;
  const guarded = (s: Scenario, ctx: z.RefinementCtx) => {
    try {
      crossChecks(s, ctx);
    } catch (err) {
      failure = err;
    }
  };
  const parsed = ScenarioSchema.superRefine(guarded).safeParse(raw);
  if (parsed.success) {
    if (failure !== undefined) throw failure;
    return { ok: true, scenario: parsed.data };
  }
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

/** `['services', 'homes', 0, 'beds']` → `services.homes[0].beds`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out === '' ? '(top level)' : out;
}

/** Rules that span fields: names that must refer to each other, route-specific fields. */
function crossChecks(s: Scenario, ctx: z.RefinementCtx): void {
  const needs = new Set(s.needs);
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  for (const e of scenarioChecks(s).errors) issue(e.path, e.message);
  s.needs.forEach((n, i) => {
    if (s.needs.indexOf(n) !== i) issue(['needs', i], `need "${n}" is listed twice`);
  });
  s.demand.forEach((d, i) => {
    for (const need of Object.keys(d.needMix)) {
      if (!needs.has(need)) issue(['demand', i, 'needMix', need], `unknown need "${need}"; needs are: ${s.needs.join(', ')}`);
    }
    if (Object.values(d.needMix).reduce((a, b) => a + b, 0) <= 0) issue(['demand', i, 'needMix'], 'weights must not all be zero');
    if ((d.ratePerYear === undefined) === (d.arrivalDays === undefined)) {
      issue(['demand', i, 'ratePerYear'], 'give exactly one of ratePerYear and arrivalDays');
    }
    if (d.ratePeriods.length > 0 && d.ratePerYear === undefined) issue(['demand', i, 'ratePeriods'], 'needs ratePerYear (the rate before the first period)');
    d.ratePeriods.forEach((p, j) => {
      if (j > 0 && p.from <= d.ratePeriods[j - 1].from) issue(['demand', i, 'ratePeriods', j, 'from'], 'periods must be in date order');
    });
    if (d.route === 'shortBreak' && d.purpose !== undefined && d.purpose !== 'shortBreaks') issue(['demand', i, 'purpose'], 'a shortBreak stream targets shortBreaks places');
    if (d.route === 'direct' && !d.placement) issue(['demand', i, 'placement'], 'required when route is direct');
    if (d.route === 'outreach') {
      if (!d.riskDays) issue(['demand', i, 'riskDays'], 'required when route is outreach');
      if (d.riskBreakdownPerYear === undefined) issue(['demand', i, 'riskBreakdownPerYear'], 'required when route is outreach');
    }
    if (s.demand.findIndex((e) => e.name === d.name) !== i) issue(['demand', i, 'name'], `demand stream "${d.name}" is named twice`);
    // A stream's children draw their numbers under its name: one called "caseload" would repeat today's caseload's, child for child.
    if (d.name === CASELOAD_FAMILY) issue(['demand', i, 'name'], `"${CASELOAD_FAMILY}" is reserved for today's caseload (its children's random numbers are drawn under that name); choose another name`);
  });
  const units = [...s.services.houses.map((h) => h.name), ...s.services.homes.map((h) => h.name)];
  s.services.houses.forEach((h, i) => checkNeeds(h.needs, ['services', 'houses', i, 'needs'], needs, issue));
  s.services.homes.forEach((h, i) => checkNeeds(h.needs, ['services', 'homes', i, 'needs'], needs, issue));
  s.services.houses.forEach((h, i) => {
    if (h.minAge !== undefined && h.maxAge !== undefined && h.minAge >= h.maxAge) issue(['services', 'houses', i, 'maxAge'], 'maxAge must be above minAge');
    else houseAgeProblems(h).forEach((p) => issue(['services', 'houses', i, ...p.path], p.message));
    h.sharing?.needsApart.forEach((pair, j) => checkNeeds(pair, ['services', 'houses', i, 'sharing', 'needsApart', j], needs, issue));
  });
  for (const kind of ['houses', 'homes'] as const) {
    s.services[kind].forEach((h, i) => purposeProblems(h).forEach((p) => issue(['services', kind, i, p.field], p.message)));
  }
  units.forEach((u, i) => {
    if (units.indexOf(u) !== i) issue(['services'], `two houses or homes are both named "${u}"`);
  });
  for (const need of Object.keys(s.services.hub.stayDaysByNeed)) {
    if (!needs.has(need)) issue(['services', 'hub', 'stayDaysByNeed', need], `unknown need "${need}"; needs are: ${s.needs.join(', ')}`);
  }
  for (const key of ['breakdownFactorByNeed'] as const) {
    for (const need of Object.keys(s.placements[key])) if (!needs.has(need)) issue(['placements', key, need], `unknown need "${need}"`);
  }
  for (const block of ['family', 'localResidential', 'external'] as const) {
    for (const need of Object.keys(s.placements[block].breakdownPerYearByNeed)) {
      if (!needs.has(need)) issue(['placements', block, 'breakdownPerYearByNeed', need], `unknown need "${need}"; needs are: ${s.needs.join(', ')}`);
    }
  }
  for (const need of Object.keys(s.placements.external.priceFactorByNeed)) {
    if (!needs.has(need)) issue(['placements', 'external', 'priceFactorByNeed', need], `unknown need "${need}"`);
  }
  const crisisWait = s.placements.whenHubFull?.crisisWait ?? 0;
  if (crisisWait > 0 && s.services.hub.maxWaitDays <= 0) issue(['placements', 'whenHubFull', 'crisisWait'], 'a crisis wait for a Hub bed needs services.hub.maxWaitDays above 0');
  s.initialCaseload.forEach((row, i) => {
    if (!needs.has(row.need)) issue(['initialCaseload', i, 'need'], `unknown need "${row.need}"; needs are: ${s.needs.join(', ')}`);
    const problem = settingProblem(row.setting, s);
    if (problem) issue(['initialCaseload', i, 'setting'], problem);
    // A placement cannot have lasted longer than the child has lived (99,999,999 weeks once passed as an ordinary row).
    if (row.weeksInPlacement > row.ageYears * (365.25 / 7) + 1e-9) {
      issue(['initialCaseload', i, 'weeksInPlacement'], `${row.weeksInPlacement} weeks is longer than the child has lived (${row.ageYears} years, ${Math.floor(row.ageYears * (365.25 / 7))} weeks)`);
    }
  });
  for (const key of ['inHouseHome', 'house'] as const) {
    s.matching[key].forEach((entry, i) => {
      if (entry !== 'homes' && entry !== 'houses' && !units.includes(entry)) {
        issue(['matching', key, i], `"${entry}" is neither "homes", "houses" nor the name of a house or home`);
      }
    });
  }
}

function checkNeeds(list: string[], path: PropertyKey[], needs: Set<string>, issue: (p: PropertyKey[], m: string) => void) {
  list.forEach((n, j) => {
    if (!needs.has(n)) issue([...path, j], `unknown need "${n}"`);
  });
}

const PLAIN_SETTINGS = ['hub', 'family', 'external-in-county', 'external-out-of-county'];

/** Why a caseload setting is not one the scenario knows, or null if it is. */
function settingProblem(setting: string, s: Scenario): string | null {
  if (PLAIN_SETTINGS.includes(setting)) return null;
  const [kind, ...rest] = setting.split(':');
  const name = rest.join(':');
  const list = kind === 'house' ? s.services.houses : kind === 'home' ? s.services.homes : null;
  if (list && list.some((u) => u.name === name)) return null;
  const known = [...PLAIN_SETTINGS, ...s.services.houses.map((h) => `house:${h.name}`), ...s.services.homes.map((h) => `home:${h.name}`)];
  return `unknown setting "${setting}"; settings are: ${known.join(', ')}`;
}
