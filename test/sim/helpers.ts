import { validateScenario, type Scenario } from '../../src/sim/scenario.js';
import { runReplication } from '../../src/sim/run-replication.js';
import { catalogueOf } from '../../src/sim/run-replication.js';

/** A minimal valid scenario (Hub-only loss system, nothing else); `patch` is merged in deeply. */
export function scenario(patch: Record<string, unknown> = {}): Scenario {
  const base = {
    name: 'test',
    startDate: '2026-04-01',
    horizonYears: 1,
    needs: ['ebd', 'complex'],
    demand: [{ name: 'referrals', arrivalDays: [], route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }],
    services: {
      hub: { beds: 3, stayDays: { dist: 'fixed', value: 28 }, fixedWeeklyGbpPerBed: 5200, outcomes: { home: 1 } },
      outreach: { slots: 0, episodeDays: { dist: 'fixed', value: 1 }, fixedWeeklyGbpPerSlot: 660 },
    },
    placements: {
      family: { weeklyCostGbp: { dist: 'fixed', value: 1000 } },
      localResidential: {},
      external: {
        outOfCountyShare: 1,
        inCountyWeeklyCostGbp: { dist: 'fixed', value: 3000 },
        outOfCountyWeeklyCostGbp: { dist: 'fixed', value: 6000 },
      },
      crisis: { weeklyCostGbp: { dist: 'fixed', value: 6250 } },
    },
  };
  const checked = validateScenario(merge(base, patch));
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return checked.scenario;
}

/**
 * One at-risk child (age 10) supported by outreach from day 0 (episodes of 100 days; a risk window of
 * 365 days whose breakdown hazard, 365 a year, strikes within days), a one-bed Hub (10-day stays, then
 * home) and an outreach team of one slot that also supports Hub leavers: support ended by a Hub admission
 * and started again after it. A patch for {@link scenario}.
 */
export const RISKY_CHILD_WITH_OUTREACH = {
  demand: [{ name: 'risk', arrivalDays: [0], route: 'outreach', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 }, riskDays: { dist: 'fixed', value: 365 }, riskBreakdownPerYear: 365 }],
  services: {
    hub: { beds: 1, stayDays: { dist: 'fixed', value: 10 }, outcomes: { home: 1 } },
    outreach: { slots: 1, episodeDays: { dist: 'fixed', value: 100 }, startOn: ['atRisk', 'leaveHub'] },
  },
};

/** Deep merge; a distribution (an object with `dist`) replaces whole; an explicit undefined deletes. */
function merge(a: unknown, b: unknown): unknown {
  const plain = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
  if (plain(a) && plain(b) && !('dist' in b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) {
      if (v === undefined) delete out[k];
      else out[k] = merge(out[k], v);
    }
    return out;
  }
  return b;
}

/** One line of an event log. */
export interface LogLine {
  t: number;
  what: string;
  child: number;
  where: string;
}

/** Run one replication keeping its event log. */
export function runLogged(s: Scenario, seed = 1, replication = 0) {
  const log: LogLine[] = [];
  const result = runReplication(s, seed, replication, { trace: (t, what, child, where) => log.push({ t, what, child, where }) });
  return { log, result, figure: (id: string) => figureOf(s, result.values, id) };
}

/** The value of figure `id` in a replication's values. */
export function figureOf(s: Scenario, values: number[], id: string): number {
  const i = catalogueOf(s).scalars.findIndex((m) => m.id === id);
  if (i < 0) throw new Error(`no figure ${id}`);
  return values[i];
}

/** Mean and standard error of figure `id` over replications [0, n). */
export function estimate(s: Scenario, id: string, n: number, seed = 1): { mean: number; se: number } {
  const i = catalogueOf(s).scalars.findIndex((m) => m.id === id);
  let sum = 0;
  let sum2 = 0;
  for (let r = 0; r < n; r++) {
    const v = runReplication(s, seed, r).values[i];
    sum += v;
    sum2 += v * v;
  }
  const mean = sum / n;
  return { mean, se: Math.sqrt((sum2 / n - mean * mean) / (n - 1)) };
}
