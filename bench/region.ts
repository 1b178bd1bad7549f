import { loadScenario } from '../src/io/load-scenario.js';
import { validateScenario, type Scenario } from '../src/sim/scenario.js';
import { measureScenario, type Measured } from './measure.js';

/**
 * The `region` case: ten copies of the default estate (scenarios/leicestershire.yaml)
 * run as one region, so ten times its demand and places. Each area's houses
 * and homes are copied under their name with " (area k)"; the Hub's beds, the
 * outreach team's slots, every demand stream's rate and today's caseload are
 * multiplied by ten (each caseload row copied once per area, its setting
 * pointing at that area's house or home). Five years, as the default.
 */
export const REGION_AREAS = 10;

export function regionScenario(): Scenario {
  const { scenario: s } = loadScenario('scenarios/leicestershire.yaml');
  const areas = Array.from({ length: REGION_AREAS }, (_, k) => k + 1);
  const renamed = (name: string, k: number) => `${name} (area ${k})`;
  const raw = {
    ...s,
    name: `${s.name} × ${REGION_AREAS} (region benchmark)`,
    demand: s.demand.map((d) => ({ ...d, ratePerYear: d.ratePerYear === undefined ? undefined : d.ratePerYear * REGION_AREAS, ratePeriods: d.ratePeriods.map((p) => ({ ...p, ratePerYear: p.ratePerYear * REGION_AREAS })) })),
    services: {
      ...s.services,
      hub: { ...s.services.hub, beds: s.services.hub.beds * REGION_AREAS },
      outreach: { ...s.services.outreach, slots: s.services.outreach.slots * REGION_AREAS },
      houses: areas.flatMap((k) => s.services.houses.map((h) => ({ ...h, name: renamed(h.name, k) }))),
      homes: areas.flatMap((k) => s.services.homes.map((h) => ({ ...h, name: renamed(h.name, k) }))),
    },
    initialCaseload: areas.flatMap((k) => s.initialCaseload.map((row) => ({ ...row, setting: /^(house|home):/.test(row.setting) ? renamed(row.setting, k) : row.setting }))),
  };
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error(`region scenario: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return checked.scenario;
}

export const measureRegion = (replications: number, workers: number): Promise<Measured> =>
  measureScenario(regionScenario(), replications, workers);
