import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import { WAIT_THRESHOLDS_DAYS } from '../../src/sim/wait-tally.js';
import { runLogged, scenario } from './helpers.js';

/**
 * Figures a council quotes, read off small scenarios worked by hand: the wait and occupancy
 * distributions (docs/results.md, Waits and occupancy distributions), means over the reporting
 * period when there is a warm-up, shares whose denominator saw nothing (0, never an error), and
 * the weekly series' catalogue. Catalogues are built inside each test, where the model runs.
 */
const DAYS_2026_27 = (Date.UTC(2027, 3, 1) - Date.UTC(2026, 3, 1)) / 86_400_000; // 365: 1 April 2026 to 1 April 2027
const referrals = (days: number[]) => [{ name: 'referrals', arrivalDays: days, route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }];
const direct = (days: number[]) => [{ name: 'direct', arrivalDays: days, route: 'direct', ageYears: { dist: 'fixed', value: 12 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }];

describe('wait and occupancy distributions are in the catalogue, for the Hub and the outreach team', () => {
  it('reports waits ended, waits over 7, 28 and 91 days, and P(wait > t) as waits over t / waits ended', () => {
    const s = scenario({ services: { outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 30 }, startOn: ['atRisk'] } } });
    const cat = catalogueOf(s).scalars;
    expect(WAIT_THRESHOLDS_DAYS).toEqual([7, 28, 91]);
    for (const service of ['outreach', 'hub']) {
      const ids = cat.filter((m) => new RegExp(`^${service}\\.(waitsEnded|waitsOver\\d+Days|shareWaitOver\\d+Days)$`).test(m.id)).map((m) => m.id);
      expect(ids).toEqual([
        `${service}.waitsEnded`,
        ...[7, 28, 91].flatMap((t) => [`${service}.waitsOver${t}Days`, `${service}.shareWaitOver${t}Days`]),
      ]);
      for (const t of [7, 28, 91]) {
        const share = cat.find((m) => m.id === `${service}.shareWaitOver${t}Days`)!;
        // A ratio figure: summarised as a total over a total, so it must name both counts.
        expect(share.ratio).toEqual({ numerator: `${service}.waitsOver${t}Days`, denominator: `${service}.waitsEnded` });
      }
    }
  });

  it('reports P(N = j) for j = 0 … capacity: 4 levels for a 3-bed Hub, 3 for a 2-slot outreach team', () => {
    const s = scenario({ services: { hub: { beds: 3 }, outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 30 }, startOn: ['atRisk'] } } });
    const ids = catalogueOf(s).scalars.map((m) => m.id).filter((id) => id.includes('.shareTimeAt'));
    expect(ids).toEqual(['hub.shareTimeAt0', 'hub.shareTimeAt1', 'hub.shareTimeAt2', 'hub.shareTimeAt3', 'outreach.shareTimeAt0', 'outreach.shareTimeAt1', 'outreach.shareTimeAt2']);
  });

  it('counts the time above the scenario\'s bed count in the last level ("or more"), so the shares add up to 1', () => {
    // One Hub bed, two from 11 April (day 10); 28-day stays from days 0 and 10, then home.
    // In use: 1 bed on days 0-10, 2 on days 10-28, 1 on days 28-38, none after: 38 days with 1 or more.
    const s = scenario({ demand: referrals([0, 10]), services: { hub: { beds: 1, capacitySteps: [{ from: '2026-04-11', places: 2 }] } } });
    const { figure } = runLogged(s);
    expect(figure('hub.shareTimeAt0')).toBeCloseTo((DAYS_2026_27 - 38) / DAYS_2026_27, 12);
    expect(figure('hub.shareTimeAt1')).toBeCloseTo(38 / DAYS_2026_27, 12);
    expect(figure('hub.shareTimeAt0') + figure('hub.shareTimeAt1')).toBeCloseTo(1, 12);
  });
});

describe('means over the reporting period leave out the warm-up', () => {
  it('children waiting for a foster carer (mean) is the delayed step-down bed-days over the 365 days reported', () => {
    // Warm-up of 0.1 years (37 days); arrival days count from the start date. Child 2 steps down on
    // day 15, finds the one carer busy and waits until a second carer is recruited on 1 May (day 30).
    const s = scenario({
      warmupYears: 0.1,
      demand: direct([0, 1]),
      services: {
        homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }],
        fosterCarers: {
          specialistShare: 0,
          pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 1, weeklyGbp: 700, capacitySteps: [{ from: '2026-05-01', places: 2 }] }],
          whenNoCarer: 'residential',
          stepDownSearches: [{ from: '2026-04-01', perYear: 36.525 }, { from: '2026-04-21', perYear: 0 }],
        },
      },
    });
    const { figure } = runLogged(s);
    expect(figure('stepDown.delayedBedDays')).toBe(15);
    expect(figure('stepDown.meanWaiting')).toBeCloseTo(15 / DAYS_2026_27, 12);
  });
});

describe('a share whose denominator saw nothing is 0, not an error', () => {
  it('a foster pool with no carers at all has utilisation 0', () => {
    const s = scenario({
      demand: direct([0]),
      services: {
        homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }],
        fosterCarers: {
          specialistShare: 0,
          pools: [
            { name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 1, weeklyGbp: 700 },
            { name: 'Agency', kind: 'mainstream', provider: 'agency', carers: 0, weeklyGbp: 900 },
          ],
          whenNoCarer: 'residential',
          stepDownSearches: [],
        },
      },
    });
    const { figure } = runLogged(s);
    expect(figure('carers.1.utilisation')).toBe(0);
  });

  it('short breaks with no requests in the period have a refused share of 0', () => {
    const s = scenario({
      demand: [{ name: 'breaks', arrivalDays: [], route: 'shortBreak', ageYears: { dist: 'fixed', value: 12 }, needMix: { ebd: 1 } }],
      services: { homes: [{ name: 'Elmslie', beds: 1, fixedWeeklyGbpPerBed: 4000, purpose: 'shortBreaks', stayDays: { dist: 'fixed', value: 2 } }] },
    });
    const { figure } = runLogged(s);
    expect(figure('shortBreaks.episodes')).toBe(0);
    expect(figure('shortBreaks.refusedShare')).toBe(0);
  });

  it('with only a block-contract home there are no in-house homes figures (a 0% would read as "never full"), and the contracted bed has its own', () => {
    const s = scenario({
      demand: direct([0]),
      services: { homes: [{ name: 'Block contract', beds: 1, fixedWeeklyGbpPerBed: 4800, provider: 'blockContract' }] },
    });
    const { figure } = runLogged(s);
    expect(catalogueOf(s).scalars.filter((m) => m.id.startsWith('homes.'))).toEqual([]);
    expect(figure('home.0.shareTimeFull')).toBe(1); // the contracted bed itself is taken from day 0
    // One in-house home beside it brings the group back, over the in-house home only.
    const both = scenario({
      demand: direct([0]),
      services: { homes: [{ name: 'Block contract', beds: 1, fixedWeeklyGbpPerBed: 4800, provider: 'blockContract' }, { name: 'Oak', beds: 1, fixedWeeklyGbpPerBed: 4500, minAge: 17 }] },
    });
    expect(runLogged(both).figure('homes.shareTimeFull')).toBe(0); // Oak takes only 17-year-olds: never full
  });
});

describe('the weekly series catalogue matches the series a replication produces', () => {
  it('has one series per weekly vector, each with a capacity for every reported week (0 where there is no capacity)', () => {
    const s = scenario({
      demand: direct([0]),
      services: {
        houses: [{ name: 'Rose', registration: 'registered', fixedWeeklyGbpPerPlace: 5477 }],
        homes: [{ name: 'Oak', beds: 2, fixedWeeklyGbpPerBed: 4500 }],
        outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 30 }, startOn: ['atRisk'] },
      },
    });
    const cat = catalogueOf(s);
    const weekly = runReplication(s, 1, 0).weekly;
    const weeks = cat.weekStarts.length;
    expect(weeks).toBe(Math.ceil(DAYS_2026_27 / 7)); // 52 full weeks and a 1-day week
    expect(cat.series.map((x) => x.id)).toEqual(['hub', 'house.0', 'home.0', 'outreach', 'outreach.waiting', 'ooc', 'residential']);
    expect(weekly).toHaveLength(cat.series.length);
    for (const x of cat.series) expect(`${x.id} ${x.capacity.length}`).toBe(`${x.id} ${weeks}`);
    const cap = (id: string) => cat.series.find((x) => x.id === id)!.capacity;
    expect(new Set(cap('hub'))).toEqual(new Set([3]));
    expect(new Set(cap('home.0'))).toEqual(new Set([2]));
    expect(new Set(cap('outreach'))).toEqual(new Set([2]));
    for (const id of ['outreach.waiting', 'ooc', 'residential']) expect(new Set(cap(id))).toEqual(new Set([0]));
  });
});
