import { scenario } from './helpers.js';

/** A scenario with every feature switched on and busy, for invariant and monotonicity tests. */
export function richScenario(patch: Record<string, unknown> = {}) {
  const u = (min: number, max: number) => ({ dist: 'uniform', min, max });
  return scenario({
    horizonYears: 3,
    warmupYears: 0.5,
    costGrowthPerYear: 0.04,
    needs: ['ebd', 'complex', 'parent', 'contextual'],
    demand: [
      { name: 'assessed', ratePerYear: 40, route: 'assessment', ageYears: u(8, 17.9), needMix: { ebd: 3, complex: 1, parent: 1, contextual: 1 }, singleOccupancyShare: 0.2 },
      { name: 'direct', ratePerYear: 20, growthPerYear: 0.05, route: 'direct', ageYears: u(12, 17.9), needMix: { ebd: 1, contextual: 1 }, singleOccupancyShare: 0.3, placement: { family: 0.3, inHouseHome: 0.3, house: 0.3, externalResidential: 0.1 } },
      { name: 'at-risk', ratePerYear: 30, route: 'outreach', ageYears: u(5, 17.5), needMix: { ebd: 1, complex: 1 }, riskDays: u(30, 200), riskBreakdownPerYear: 1.5 },
    ],
    services: {
      hub: { beds: 3, stayDays: { dist: 'lognormal', mean: 35, sd: 20 }, maxWaitDays: 7, variableWeeklyGbpPerChild: 100, outcomes: { home: 0.15, family: 0.3, inHouseHome: 0.25, house: 0.2, externalResidential: 0.1 } },
      outreach: { slots: 6, episodeDays: { dist: 'gamma', shape: 2, scale: 45 }, maxWaitDays: 30, breakdownFactor: 0.5, startOn: ['leaveHub', 'atRisk', 'returnHome', 'breakdown'] },
      houses: [
        { name: 'Regulated', registration: 'registered', fixedWeeklyGbpPerPlace: 5477 },
        { name: 'Unregulated A', registration: 'unregulated16plus', fixedWeeklyGbpPerPlace: 2438, variableWeeklyGbpPerChild: 50 },
        { name: 'Unregulated B', registration: 'unregulated16plus', fixedWeeklyGbpPerPlace: 2438, opens: '2027-01-01' },
      ],
      homes: [
        { name: 'EBD home', beds: 3, needs: ['ebd'], minAge: 8, maxAge: 18, fixedWeeklyGbpPerBed: 4500, variableWeeklyGbpPerChild: 75 },
        { name: 'Parent and baby', beds: 3, needs: ['parent'], fixedWeeklyGbpPerBed: 3000, closes: '2028-01-01' },
        { name: 'Any', beds: 2, fixedWeeklyGbpPerBed: 4000 },
      ],
    },
    placements: {
      family: { weeklyCostGbp: u(739, 1320), breakdownUpliftWeeklyGbp: 513.99, breakdownPerYear: 0.4, returnHomePerYear: 0.2, sgoPerYear: 0.1 },
      localResidential: { breakdownUpliftWeeklyGbp: 227.91, breakdownPerYear: 0.5, stepDownPerYear: 0.3, returnHomePerYear: 0.2 },
      external: { outOfCountyShare: 0.6, inCountyWeeklyCostGbp: u(2800, 3789), outOfCountyWeeklyCostGbp: u(3200, 7429), breakdownUpliftWeeklyGbp: 2077.63, breakdownPerYear: 0.6, stepDownPerYear: 0.2, returnHomePerYear: 0.2 },
      crisis: { weeklyCostGbp: u(6250, 8400) },
    },
    policies: { returnFromOutOfCounty: true },
    ...patch,
  });
}
