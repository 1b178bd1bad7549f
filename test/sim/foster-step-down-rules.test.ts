import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

type L = { t: number; what: string; child: number; where: string };
const line = (l: L) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const direct = (days: number[], age = 10, placement: Record<string, number> = { inHouseHome: 1 }) =>
  ({ name: `d${age}${Object.keys(placement)[0]}`, arrivalDays: days, route: 'direct', ageYears: { dist: 'fixed', value: age }, needMix: { ebd: 1 }, placement });
const pool = (carers: number, extra: Record<string, unknown> = {}) => ({ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers, weeklyGbp: 700, ...extra });
// perYear = 365.25 / 16 is exact in binary: searches every 16 days, the first 8 days in.
const every16 = [{ from: '2026-04-01', perYear: 365.25 / 16 }];
const fc = (extra: Record<string, unknown> = {}) => ({ specialistShare: 0, pools: [pool(1)], whenNoCarer: 'residential', stepDownSearches: [], ...extra });
const homes = [{ name: 'Home A', beds: 4, fixedWeeklyGbpPerBed: 5500 }];
const stepLines = (log: L[]) => log.filter((l) => l.what.startsWith('step-down')).map(line);

describe('limited foster carers: who gets which carer', () => {
  it('a child needing a specialist carer takes only a specialist carer, never a free mainstream one', () => {
    const s = scenario({
      demand: [direct([0, 1], 10, { family: 1 })],
      services: { homes, fosterCarers: fc({ specialistShare: 1, pools: [pool(1), { ...pool(1), name: 'Specialist', kind: 'specialist', weeklyGbp: 2100 }] }) },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t < 5).map(line)).toEqual(['0 placed-family 1 family', '1 no-carer 2 family', '1 placed-home 2 Home A']);
    expect(figure('carers.0.utilisation')).toBe(0);
    expect(figure('carers.1.utilisation')).toBeCloseTo(1, 12);
    expect(figure('cost.family')).toBeCloseTo((365 * 2100) / 7, 6);
  });

  it('with whenNoCarer spotPurchase a child finding no carer is placed in family care at the spot weekly price', () => {
    const s = scenario({ demand: [direct([0, 1], 10, { family: 1 })], services: { homes, fosterCarers: fc({ whenNoCarer: 'spotPurchase', spotWeeklyGbp: 1400 }) } });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map(line)).toEqual(['0 placed-family 1 family', '1 no-carer 2 family', '1 placed-family 2 family']);
    expect(figure('cost.family')).toBeCloseTo((365 * 700 + 364 * 1400) / 7, 6);
    expect(figure('family.noCarer')).toBe(1);
  });

  it('a carer freed when their child turns 18 is taken at once by the child waiting to step down', () => {
    // Child 1 (17.5) holds the only carer until 18 at day 182.625; child 2 is put forward on day 8 and waits.
    const s = scenario({
      demand: [direct([0], 17.5, { family: 1 }), direct([0], 10)],
      services: { homes, fosterCarers: fc({ stepDownSearches: every16 }) },
    });
    const { log, figure } = runLogged(s);
    const steps = stepLines(log);
    expect(steps.slice(0, 3)).toEqual(['8 step-down-search 2 Home A', '8 step-down-wait 2 Home A', '24 step-down-search 0 none']);
    expect(steps).toContain('182.625 step-down 2 family');
    expect(figure('stepDown.delayedBedDays')).toBeCloseTo(182.625 - 8, 9);
    // One carer, in use all year: first by child 1, then by child 2.
    expect(figure('carers.0.utilisation')).toBeCloseTo(1, 12);
  });

  it('a pool that shrinks is logged as carers removed and takes no one new', () => {
    const s = scenario({
      demand: [direct([40], 10, { family: 1 })],
      services: { homes, fosterCarers: fc({ pools: [pool(1, { capacitySteps: [{ from: '2026-05-01', places: 0 }] })] }) },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map(line)).toEqual(['30 carers-removed 0 In-house 1->0', '40 no-carer 1 family', '40 placed-home 1 Home A']);
  });
});

describe('active step-down searches: who is put forward', () => {
  const search = (demand: unknown[], extra: Record<string, unknown> = {}) =>
    stepLines(runLogged(scenario({ demand, services: { homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: every16 }) }, ...extra })).log);

  it('a child in the Hub is not put forward', () => {
    expect(search([{ name: 'r', arrivalDays: [0], route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }])[0]).toBe('8 step-down-search 0 none');
  });
  it('a child in an external placement is put forward', () => {
    expect(search([direct([0], 10, { externalResidential: 1 })]).slice(0, 2)).toEqual(['8 step-down-search 1 external', '8 step-down-wait 1 external']);
  });
  it('a child of 17 or over is not put forward', () => {
    expect(search([direct([0], 17)])[0]).toBe('8 step-down-search 0 none');
  });
  it('the child longest in their placement is put forward, the first listed on a tie, and a waiting child is not put forward again', () => {
    expect(search([direct([0, 0])]).slice(0, 4)).toEqual(['8 step-down-search 1 Home A', '8 step-down-wait 1 Home A', '24 step-down-search 2 Home A', '24 step-down-wait 2 Home A']);
  });
  it('a child placed in a home after the Hub has been there less long than one placed directly the next day', () => {
    const s = scenario({
      demand: [{ name: 'r', arrivalDays: [0], route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }, direct([1])],
      services: { hub: { outcomes: { home: 0, inHouseHome: 1 } }, homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: [{ from: '2026-04-01', perYear: 365.25 / 80 }] }) },
    });
    expect(stepLines(runLogged(s).log)[0]).toBe('40 step-down-search 2 Home A');
  });
});

describe('search timing', () => {
  const times = (periods: unknown[]) =>
    runLogged(scenario({ services: { homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: periods }) } })).log.filter((l) => l.what === 'step-down-search').map((l) => l.t);
  it('the first search is half a gap after its period starts, and none on the day the next period starts', () => {
    expect(times([{ from: '2026-04-11', perYear: 365.25 / 8 }, { from: '2026-04-23', perYear: 0 }])).toEqual([14]);
  });
  it('a period begun before the start date has its searches from the start date on, including one on the start date', () => {
    expect(times([{ from: '2026-03-20', perYear: 365.25 / 8 }]).slice(0, 2)).toEqual([0, 8]);
  });
});

describe('a wait after the step-down clock fires', () => {
  const run = (rates: Record<string, unknown>, setting: Record<string, number> = { inHouseHome: 1 }, key = 'localResidential', r = 0) =>
    runLogged(scenario({ demand: [direct([0], 10, setting)], services: { homes, fosterCarers: fc({ pools: [pool(0)] }) }, placements: { [key]: rates } }), 1, r);

  it('a child waiting in a home can still return home, at the home rate (mean 365.25/20 days)', () => {
    let waits = 0;
    let days = 0;
    for (let r = 0; r < 30; r++) {
      const { log, figure } = run({ stepDownPerYear: 50, returnHomePerYear: 20 }, undefined, undefined, r);
      const w = log.find((l) => l.what === 'step-down-wait');
      if (!w) continue;
      waits++;
      const after = log.filter((l) => l.t >= w.t && l.what !== 'step-down-wait').map((l) => l.what);
      expect(after[0]).toBe('returned-home');
      days += figure('stepDown.delayedBedDays');
    }
    expect(waits).toBeGreaterThan(10);
    expect(days / waits).toBeGreaterThan(365.25 / 20 / 4);
    expect(days / waits).toBeLessThan(365.25 / 20 * 4);
  });

  it('a child waiting in an external placement can still leave, at the external rates', () => {
    let waits = 0;
    for (let r = 0; r < 30; r++) {
      const { log } = runLogged(scenario({ demand: [direct([0], 10, { externalResidential: 1 })], services: { homes, fosterCarers: fc({ pools: [pool(0)] }) }, placements: { external: { stepDownPerYear: 50, sgoPerYear: 20 }, localResidential: { returnHomePerYear: 0 } } }), 1, r);
      const w = log.find((l) => l.what === 'step-down-wait');
      if (!w) continue;
      waits++;
      expect(log.filter((l) => l.t >= w.t && l.what !== 'step-down-wait' && l.what !== 'arrived').map((l) => l.what)[0]).toBe('special-guardianship');
    }
    expect(waits).toBeGreaterThan(10);
  });

  it('with no other exit the wait runs to the horizon and every day of it is a delayed step-down bed-day', () => {
    const { log, figure } = run({ stepDownPerYear: 50 });
    const w = log.find((l) => l.what === 'step-down-wait')!;
    expect(w).toBeDefined();
    expect(figure('stepDown.delayedBedDays')).toBeCloseTo(365 - w.t, 9);
  });
});

describe('step-downs by financial year', () => {
  it('a step-down on the first day of the second year counts in that year', () => {
    const s = scenario({
      horizonYears: 2,
      demand: [direct([0])],
      services: { homes, fosterCarers: fc({ pools: [pool(0, { capacitySteps: [{ from: '2027-04-01', places: 1 }] })], stepDownSearches: [{ from: '2026-04-01', perYear: 365.25 / 16 }, { from: '2026-04-10', perYear: 0 }] }) },
    });
    const { log, figure } = runLogged(s);
    expect(stepLines(log)).toEqual(['8 step-down-search 1 Home A', '8 step-down-wait 1 Home A', '365 step-down 1 family']);
    expect(figure('stepDown.fy2026.count')).toBe(0);
    expect(figure('stepDown.fy2027.count')).toBe(1);
  });
});

describe('step-down waits: edge rules', () => {
  it('a child in an emergency bed (a purpose stay) is not put forward by a search', () => {
    const s = scenario({
      demand: [{ name: 'e', arrivalDays: [0], route: 'direct', purpose: 'emergency', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: {
        homes: [{ name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: { dist: 'fixed', value: 84 }, exits: { home: 1 } }],
        fosterCarers: fc({ pools: [pool(0)], stepDownSearches: every16 }),
      },
    });
    expect(stepLines(runLogged(s).log)[0]).toBe('8 step-down-search 0 none');
  });

  it('a wait begun on the start date is one wait, never re-entered, and counts every day to the horizon', () => {
    // A search on day 0 (its period began 12 days before the start) puts the caseload child forward; no carer ever.
    const s = scenario({
      initialCaseload: [{ ageYears: 10, need: 'ebd', setting: 'home:Home A', weeksInPlacement: 10, weeklyCostGbp: 5500 }],
      services: { homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: [{ from: '2026-03-20', perYear: 365.25 / 8 }] }) },
      placements: { localResidential: { stepDownPerYear: 20 } },
    });
    const { log, figure } = runLogged(s);
    const steps = stepLines(log);
    expect(steps.slice(0, 3)).toEqual(['0 step-down-search 1 Home A', '0 step-down-wait 1 Home A', '8 step-down-search 0 none']);
    expect(steps.filter((l) => l.includes('step-down-wait'))).toHaveLength(1);
    expect(figure('stepDown.delayedBedDays')).toBeCloseTo(365, 9);
    expect(figure('stepDown.waited')).toBe(1);
  });

  it('waits that begin and end during the warm-up add no delayed step-down bed-days to the reporting period', () => {
    const s = scenario({
      warmupYears: 1,
      demand: [{ name: 'd', ratePerYear: 40, route: 'direct', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: { homes: [{ name: 'Home A', beds: 20, fixedWeeklyGbpPerBed: 5500 }], fosterCarers: fc({ pools: [pool(0)], stepDownSearches: [{ from: '2025-04-01', perYear: 24 }, { from: '2025-10-01', perYear: 0 }] }) },
      placements: { localResidential: { returnHomePerYear: 50 } },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what === 'step-down-wait').length).toBeGreaterThan(3);
    expect(figure('stepDown.delayedBedDays')).toBe(0);
  });
});

describe('a wait after a search', () => {
  it("a child put forward by a search keeps only their placement's own exit clocks: waits end at the home rate (mean 365.25/10 days), not twice it", () => {
    let waits = 0;
    let days = 0;
    for (let r = 0; r < 300; r++) {
      const { log, figure } = runLogged(scenario({
        demand: [direct([0])],
        services: { homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: every16 }) },
        placements: { localResidential: { returnHomePerYear: 10 } },
      }), 1, r);
      if (!log.some((l) => l.what === 'step-down-wait')) continue;
      waits++;
      days += figure('stepDown.delayedBedDays');
    }
    expect(waits).toBeGreaterThan(200);
    // Exponential waits (memoryless), mean 36.525 days; standard error about 2.6 days.
    expect(days / waits).toBeGreaterThan(36.525 - 9);
    expect(days / waits).toBeLessThan(36.525 + 9);
  });
});

describe("a child's need for a specialist carer", () => {
  it('is drawn once: half the children (specialistShare 0.5) step down when mainstream carers are recruited, not more', () => {
    // No carers at first; mainstream carers recruited on days 30-33 (each a chance to serve the waiting list). A child put forward on day 8 waits; only a mainstream child steps down.
    let stepped = 0;
    const n = 400;
    for (let r = 0; r < n; r++) {
      const { log } = runLogged(scenario({
        demand: [direct([0])],
        services: { homes, fosterCarers: fc({ specialistShare: 0.5, pools: [pool(0, { capacitySteps: [{ from: '2026-05-01', places: 5 }, { from: '2026-05-02', places: 6 }, { from: '2026-05-03', places: 7 }, { from: '2026-05-04', places: 8 }] }), { ...pool(0), name: 'Spec', kind: 'specialist' }], stepDownSearches: [{ from: '2026-04-01', perYear: 365.25 / 16 }, { from: '2026-04-10', perYear: 0 }] }) },
      }), 1, r);
      if (log.some((l) => l.what === 'step-down')) stepped++;
    }
    // Binomial(400, 0.5): standard error 0.025.
    expect(stepped / n).toBeGreaterThan(0.4);
    expect(stepped / n).toBeLessThan(0.6);
  });
});

describe('search timing at the horizon', () => {
  it('a search falling exactly on the horizon is made', () => {
    const s = scenario({ services: { homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: [{ from: '2027-03-28', perYear: 365.25 / 8 }, { from: '2027-06-01', perYear: 0 }] }) } });
    expect(runLogged(s).log.filter((l) => l.what === 'step-down-search').map((l) => l.t)).toEqual([365]);
  });
});

describe('the under-17 rule on its boundary', () => {
  it('a child who is exactly 17 on the day of a search is not put forward', () => {
    const s = scenario({
      initialCaseload: [{ ageYears: 17, need: 'ebd', setting: 'home:Home A', weeksInPlacement: 10, weeklyCostGbp: 5500 }],
      services: { homes, fosterCarers: fc({ pools: [pool(0)], stepDownSearches: [{ from: '2026-03-20', perYear: 365.25 / 8 }] }) },
    });
    expect(stepLines(runLogged(s).log)[0]).toBe('0 step-down-search 0 none');
  });
});
