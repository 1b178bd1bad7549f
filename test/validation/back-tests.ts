import { join } from 'node:path';
import { loadScenario } from '../../src/io/load-scenario.js';
import { runBatch } from '../../src/sim/run-batch.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import type { Scenario } from '../../src/sim/scenario.js';

/**
 * The back-tests of docs/validation.md: the councils' own estimates beside
 * carecap's answer to the same question, each on common random numbers (two
 * arms with one seed, paired replication by replication).
 */
const DIR = 'scenarios';
const HOMES = ['Welland House', 'The Old Post Office', 'Marjorie House', 'Jarvis House', 'Gwendolyne House', "Hope's Place", 'Elmslie House', 'Ivan House'];
const HOUSES = ['Multi-functional house 1 (registered)', 'Multi-functional house 2 (16+)', 'Multi-functional house 3 (16+)'];

/** Figure values of one arm's replication, by id. */
type Fig = (id: string) => number;

export interface BackTest {
  id: string;
  /** Replications of the test's small run (the first ones of the page's 200, same seed). */
  testReplications: number;
  /** The two arms: [the question's baseline, its alternative], as scenario file + --set overrides. */
  arms: [{ file: string; set: string[] }, { file: string; set: string[] }];
  /** The value carecap answers with, from one replication of each arm. */
  value(a: Fig, b: Fig): number;
}

export const BACK_TESTS: BackTest[] = [
  {
    // Seed 001 §33: "avoided costs of approximately £359,000" had the programme run in 2019/20. carecap: the
    // cost without the programme minus with it in FY 2022/23, its first full year, at the scenario's base
    // (2019/20 face-value) prices: FY 2022/23 carries one year of 4% growth.
    id: 'programme-2019-20',
    testReplications: 20,
    arms: [
      { file: 'plan-2020.yaml', set: [] },
      { file: 'plan-2020.yaml', set: ['services.hub.beds=0', 'services.outreach.slots=0', ...HOUSES.map((h) => `services.houses.-=${h}`)] },
    ],
    value: (withProgramme, without) => (without('cost.fy2022.total') - withProgramme('cost.fy2022.total')) / 1.04,
  },
  {
    // Seed 004 §20: "The forecast benefits from the homes total £2.250m across the MTFs". carecap: the cost
    // over FY 2026/27-2029/30 with every home closed on the start date, minus with the homes.
    id: 'homes-mtfs',
    // Closing eight homes on one day makes the arms' children diverge, so pairing helps little: the test
    // re-runs the page's full 200 replications (about 10 s) rather than a noisier prefix.
    testReplications: 200,
    arms: [
      { file: 'leicestershire.yaml', set: ['horizonYears=4'] },
      { file: 'leicestershire.yaml', set: ['horizonYears=4', ...HOMES.map((h) => `services.homes.${h}.closes=2026-04-01`)] },
    ],
    value: (homes, none) => none('cost.total') - homes('cost.total'),
  },
  {
    // Seed 000 children 5 and 7: outreach (ART) support avoided £111k and £153k of placement costs each,
    // assuming it prevents the breakdown. carecap: cost without the team minus with it, plus the team's own
    // cost (gross avoided cost), per episode the team starts, over five years.
    id: 'outreach-per-episode',
    testReplications: 20,
    arms: [
      { file: 'leicestershire.yaml', set: [] },
      { file: 'leicestershire.yaml', set: ['services.outreach.slots=0'] },
    ],
    value: (team, none) => (none('cost.total') - team('cost.total') + team('cost.outreach')) / team('outreach.admissions'),
  },
  {
    // Seed 002's benefit profile: cumulative £1.75m by FY 2029/30, net of running costs, no volume growth.
    id: 'mtfs-profile',
    testReplications: 20,
    arms: [
      { file: 'benefits-2026-baseline.yaml', set: [] },
      { file: 'benefits-2026.yaml', set: [] },
    ],
    value: (base, proposal) => base('cost.total') - proposal('cost.total'),
  },
  {
    // Little's law on residential placements: mean caseload L against starts per year × mean length W.
    // Seed 002: 4.7 starts a month × 107 weeks ≈ 116 children, against an MTFS caseload of 152 in 29/30.
    id: 'littles-law',
    testReplications: 20,
    arms: [
      { file: 'leicestershire.yaml', set: [] },
      { file: 'leicestershire.yaml', set: [] },
    ],
    value: (a) => a('residential.meanCaseload'),
  },
];

/** Mean, 95% half-width (normal) and the per-replication values of a back-test over replications [0, n). */
export function runBackTest(t: BackTest, n: number, seed = 20260401): { mean: number; half: number; values: number[] } {
  const scenarios: Scenario[] = t.arms.map((a) => loadScenario(join(DIR, a.file), a.set).scenario);
  const [ra, rb] = runBatch(scenarios, seed, 0, n);
  const figs = (s: Scenario, values: number[]): Fig => {
    const ids = catalogueOf(s).scalars.map((m) => m.id);
    return (id) => {
      const i = ids.indexOf(id);
      if (i < 0) throw new Error(`${t.id}: no figure ${id}`);
      return values[i];
    };
  };
  const values = ra.map((r, i) => t.value(figs(scenarios[0], r.values), figs(scenarios[1], rb[i].values)));
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { mean, half: (1.96 * sd) / Math.sqrt(n), values };
}
