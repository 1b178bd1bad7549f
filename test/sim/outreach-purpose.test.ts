import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import { figureOf, runLogged, scenario } from './helpers.js';
import { validateScenario } from '../../src/sim/scenario.js';

/** Outreach works on a risk for each kind of request; the Hub's counterfactual and prices are explicit inputs. */
const fixed = (value: number) => ({ dist: 'fixed', value });
const referral = (days: number[], extra: Record<string, unknown> = {}) => ({ name: 'hub', arrivalDays: days, route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 }, ...extra });

describe('outreach with a purpose', () => {
  it('support after a return home lowers re-entry to care, on the same children', () => {
    // 30 referrals a year all go home after the Hub; home, each is at risk of coming back at 2 a year for 180 days.
    const base = {
      horizonYears: 3,
      demand: [{ name: 'hub', ratePerYear: 30, route: 'assessment', ageYears: fixed(8), needMix: { ebd: 1 } }],
      services: { hub: { beds: 50 }, outreach: { slots: 0, episodeDays: fixed(120), breakdownFactor: 0.3, startOn: ['leaveHub'], maxWaitDays: 0 } },
      placements: { returnHome: { reentryPerYear: 2, riskDays: fixed(180) } },
    };
    const without = scenario(base);
    const withSupport = scenario({ ...base, services: { ...base.services, outreach: { ...base.services.outreach, slots: 40 } } });
    let a = 0;
    let b = 0;
    for (let r = 0; r < 30; r++) {
      const x = figureOf(without, runReplication(without, 7, r).values, 'atRisk.entries');
      const y = figureOf(withSupport, runReplication(withSupport, 7, r).values, 'atRisk.entries');
      expect(y).toBeLessThanOrEqual(x); // the hazard budget is the same draw: support can only delay
      a += x;
      b += y;
    }
    // Unsupported P = 1 − e^(−2·180/365.25) ≈ 0.63; supported 120 of 180 days at × 0.3:
    // P = 1 − e^(−(0.6·120 + 2·60)/365.25) ≈ 0.41. A child who comes back goes home again and is at risk
    // again, so entries per child are geometric, P/(1 − P): 1.70 against 0.69, a ratio ≈ 0.41 (a little
    // higher as the horizon cuts the chains short).
    expect(b / a).toBeGreaterThan(0.33);
    expect(b / a).toBeLessThan(0.55);
  });

  it('without a re-entry risk a child who goes home never comes back', () => {
    const s = scenario({ demand: [referral([0, 1, 2])] });
    expect(runLogged(s).figure('atRisk.entries')).toBe(0);
  });
});

describe('explicit inputs', () => {
  it('a turned-away referral can go straight to a free local place (placements.whenHubFull.localPlace)', () => {
    const s = scenario({
      demand: [referral([0, 1])],
      services: { hub: { beds: 1, stayDays: fixed(28) }, homes: [{ name: 'Emergency', beds: 1, fixedWeeklyGbpPerBed: 5000 }] },
      placements: { whenHubFull: { localPlace: 1 } },
    });
    const placed = runLogged(s).log.filter((l) => l.what.startsWith('placed-') || l.what === 'spillover').map((l) => `${l.t} ${l.what} ${l.child}`);
    expect(placed).toEqual(['0 placed-hub 1', '1 spillover 2', '1 placed-home 2']);
  });

  it("the placement after a Hub assessment takes its own breakdown factor (seed 001 §26 'better placement stability')", () => {
    // Family placements break down at 50 a year; after an assessment × 0 they do not, until the next placement.
    const s = (factor: number) => scenario({
      demand: [referral([0])],
      services: { hub: { beds: 1, stayDays: fixed(28), outcomes: { home: 0, family: 1 } } },
      placements: { family: { breakdownPerYear: 50 }, afterAssessmentBreakdownFactor: factor },
    });
    expect(runLogged(s(0)).figure('stability.breakdowns')).toBe(0);
    expect(runLogged(s(1)).figure('stability.breakdowns')).toBeGreaterThan(0);
  });

  it('external prices follow the need (placements.external.priceFactorByNeed)', () => {
    const s = scenario({
      needs: ['ebd', 'complex'],
      demand: [{ name: 'd', arrivalDays: [0], route: 'direct', ageYears: fixed(10), needMix: { complex: 1 }, placement: { externalResidential: 1 } }],
      placements: { external: { priceFactorByNeed: { complex: 1.5 } } },
    });
    expect(runLogged(s).figure('cost.external')).toBeCloseTo((365 * 6000 * 1.5) / 7, 6);
  });

  it('a 16-year-old placed externally may go to supported accommodation at its price; a 15-year-old never', () => {
    const s = (age: number) => scenario({
      demand: [{ name: 'd', arrivalDays: [0], route: 'direct', ageYears: fixed(age), needMix: { ebd: 1 }, placement: { externalResidential: 1 } }],
      placements: { external: { supportedAccommodation16plus: { share: 1, weeklyCostGbp: fixed(3000) } } },
    });
    expect(runLogged(s(16.2)).figure('cost.external')).toBeCloseTo((365 * 3000) / 7, 6);
    expect(runLogged(s(15)).figure('cost.external')).toBeCloseTo((365 * 6000) / 7, 6);
  });

  it('a crisis wait needs a Hub wait limit, and a price factor a known need: clear errors', () => {
    const r = validateScenario({ ...scenarioInput(), placements: { ...scenarioInput().placements, whenHubFull: { crisisWait: 1 }, external: { ...scenarioInput().placements.external, priceFactorByNeed: { nope: 2 } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toContainEqual({ path: 'placements.whenHubFull.crisisWait', message: 'a crisis wait for a Hub bed needs services.hub.maxWaitDays above 0' });
      expect(r.issues).toContainEqual({ path: 'placements.external.priceFactorByNeed.nope', message: 'unknown need "nope"' });
    }
  });
});

function scenarioInput() {
  return {
    name: 't', startDate: '2026-04-01', horizonYears: 1, needs: ['ebd'],
    demand: [referral([0])],
    services: { hub: { beds: 1, stayDays: fixed(28), fixedWeeklyGbpPerBed: 1, outcomes: { home: 1 } }, outreach: { slots: 0, episodeDays: fixed(1), fixedWeeklyGbpPerSlot: 0 } },
    placements: {
      family: { weeklyCostGbp: fixed(1000) }, localResidential: {}, crisis: { weeklyCostGbp: fixed(6250) },
      external: { outOfCountyShare: 1, inCountyWeeklyCostGbp: fixed(3000), outOfCountyWeeklyCostGbp: fixed(6000) },
    },
  };
}
