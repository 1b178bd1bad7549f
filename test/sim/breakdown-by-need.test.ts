import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import { scenario } from './helpers.js';

/**
 * A breakdown rate per need and setting (MODEL.md "Breakdown": a hazard "per need and setting"):
 * placements.<setting>.breakdownPerYearByNeed replaces breakdownPerYear × breakdownFactorByNeed for that need
 * in that setting alone. Checked against the exponential law: children placed in family care on day 0 who
 * never leave otherwise break down at their rate, so the share broken down within the year is 1 − e^(−rate).
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const YEAR = 365;

function cohort(need: string, placements: Record<string, unknown>) {
  return scenario({
    horizonYears: 1,
    demand: [{ name: 'cohort', arrivalDays: Array.from({ length: 400 }, () => 0), route: 'direct', ageYears: fixed(5), needMix: { [need]: 1 }, placement: { family: 1 } }],
    services: { hub: { beds: 0 } },
    placements,
  });
}

/** Share of the 400 children whose family placement broke down within the year, over 5 replications. */
function shareBroken(need: string, placements: Record<string, unknown>): { share: number; se: number } {
  const s = cohort(need, placements);
  const i = catalogueOf(s).scalars.findIndex((m) => m.id === 'stability.breakdowns');
  let n = 0;
  let broke = 0;
  for (let r = 0; r < 5; r++) {
    broke += runReplication(s, 11, r).values[i];
    n += 400;
  }
  const share = broke / n;
  return { share, se: Math.sqrt((share * (1 - share)) / n) };
}

describe('breakdown rate per need and setting', () => {
  const p = (rate: number) => 1 - Math.exp((-rate * YEAR) / 365.25);

  it("a need's own rate in family care replaces the setting's rate × the need's factor", () => {
    const placements = { family: { breakdownPerYear: 0.2, breakdownPerYearByNeed: { complex: 1.5 } }, breakdownFactorByNeed: { complex: 3, ebd: 2 } };
    const complex = shareBroken('complex', placements);
    expect(Math.abs(complex.share - p(1.5))).toBeLessThan(3 * complex.se);
    // A need not listed keeps breakdownPerYear × its factor: 0.2 × 2.
    const ebd = shareBroken('ebd', placements);
    expect(Math.abs(ebd.share - p(0.4))).toBeLessThan(3 * ebd.se);
    expect(complex.share - ebd.share).toBeGreaterThan(6 * complex.se); // the two are told apart
  });

  it("a need's rate of 0 means no breakdown in that setting, even with a rate for the setting", () => {
    expect(shareBroken('ebd', { family: { breakdownPerYear: 2, breakdownPerYearByNeed: { ebd: 0 } } }).share).toBe(0);
  });

  it('a need no scenario has is refused, naming the block', () => {
    expect(() => cohort('ebd', { family: { breakdownPerYearByNeed: { ebdd: 1 } } })).toThrow(/placements\.family\.breakdownPerYearByNeed\.ebdd: unknown need "ebdd"; needs are: ebd, complex/);
  });
});

describe('a need given both a factor and its own rate in a setting', () => {
  it('is warned of: the own rate wins there and the factor is not applied', async () => {
    const { scenarioChecks } = await import('../../src/sim/scenario-checks.js');
    const s = cohort('ebd', { family: { breakdownPerYear: 0.2, breakdownPerYearByNeed: { ebd: 1 } }, breakdownFactorByNeed: { ebd: 2 } });
    expect(scenarioChecks(s).warnings).toContainEqual({ path: ['placements', 'family', 'breakdownPerYearByNeed', 'ebd'], message: 'replaces breakdownPerYear × placements.breakdownFactorByNeed.ebd (× 2) in this setting: the factor is not applied here' });
  });
});
