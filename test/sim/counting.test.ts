import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import { runLogged, scenario } from './helpers.js';

/** Counting rules of issue 11, each on a scripted scenario whose answer is known by hand. */
const fixed = (value: number) => ({ dist: 'fixed', value });
const direct = (name: string, days: number[], age: number, placement: Record<string, number>, extra: Record<string, unknown> = {}) => ({
  name, arrivalDays: days, route: 'direct', ageYears: fixed(age), needMix: { ebd: 1 }, placement, ...extra,
});
const referral = (name: string, days: number[], age: number) => ({ name, arrivalDays: days, route: 'assessment', ageYears: fixed(age), needMix: { ebd: 1 } });
const caseRow = (setting: string, ageYears = 12) => ({ ageYears, need: 'ebd', setting, weeklyCostGbp: 7000, weeksInPlacement: 10 });

describe('counting rules', () => {
  it('a young person waiting for outreach is never served after their 18th birthday', () => {
    // Child 1 takes the only slot for 200 days; child 2 (17.9) leaves the Hub home on day 11 and waits;
    // they turn 18 on day ~37.5, so the slot freed on day 210 must not go to them.
    const s = scenario({
      demand: [referral('young', [0], 10), referral('nearly-18', [1], 17.9)],
      services: { hub: { beds: 2, stayDays: fixed(10) }, outreach: { slots: 1, episodeDays: fixed(200), startOn: ['leaveHub'] } },
    });
    const { log } = runLogged(s);
    expect(log.some((l) => l.what === 'outreach-wait' && l.child === 2)).toBe(true);
    expect(log.filter((l) => l.what === 'outreach-start').map((l) => l.child)).toEqual([1]);
  });

  it('a breakdown of a child not in care is an entry to care, not a placement breakdown', () => {
    const s = scenario({
      demand: [{ name: 'at-risk', arrivalDays: [0], route: 'outreach', ageYears: fixed(10), needMix: { ebd: 1 }, riskDays: fixed(300), riskBreakdownPerYear: 50 }],
      services: { hub: { outcomes: { home: 0, family: 1 } } },
    });
    const { figure } = runLogged(s);
    expect(figure('atRisk.entries')).toBe(1);
    expect(figure('stability.breakdowns')).toBe(0);
    expect(figure('stability.breakdownsPerChild')).toBe(0);
  });

  it("today's caseload is not counted as residential starts or admissions", () => {
    const s = scenario({
      services: { homes: [{ name: 'Home', beds: 2, fixedWeeklyGbpPerBed: 5000 }] },
      initialCaseload: [caseRow('external-out-of-county'), caseRow('home:Home')],
    });
    const { figure } = runLogged(s);
    expect(figure('residential.starts')).toBe(0);
    expect(figure('homes.admissions')).toBe(0);
    expect(figure('children.inCare')).toBe(2);
  });

  it('a single-occupancy child holds both places of a house but counts as one child', () => {
    const s = scenario({
      demand: [direct('solo', [0], 14, { house: 1 }, { singleOccupancyShare: 1 })],
      services: { houses: [{ name: 'Oak', registration: 'registered', fixedWeeklyGbpPerPlace: 2438 }] },
    });
    const { figure } = runLogged(s);
    expect(figure('houses.meanOccupancy')).toBeCloseTo(2, 9);
    expect(figure('houses.meanChildren')).toBeCloseTo(1, 9);
    expect(figure('house.0.meanChildren')).toBeCloseTo(1, 9);
  });

  it('whole years are calendar years: five years from 2027-04-01 charge FY 2031/32 all 366 days', () => {
    const tl = buildTimeline(scenario({ startDate: '2027-04-01', horizonYears: 5 }));
    expect(tl.horizonT - tl.originT).toBe(1827); // 2027-04-01 to 2032-03-31 inclusive, two leap days
    const last = tl.years[tl.years.length - 1];
    expect(last.label).toBe('2031/32');
    expect(last.endT - last.startT).toBe(366);
    expect(tl.years).toHaveLength(5);
  });

  it('the registered house takes under-16s only (seed 001 §22), the 16+ houses 16-17-year-olds', () => {
    const s = scenario({
      demand: [direct('sixteen', [0], 16.2, { house: 1 }), direct('fifteen', [1], 15, { house: 1 })],
      services: { houses: [{ name: 'Registered', registration: 'registered', fixedWeeklyGbpPerPlace: 5477 }] },
    });
    const placed = runLogged(s).log.filter((l) => l.what.startsWith('placed-')).map((l) => `${l.child} ${l.what}`);
    expect(placed).toEqual(['1 placed-external', '2 placed-house']);
  });

  it("after a warm-up, today's caseload is placed on the start date, not at the start of the warm-up", () => {
    // A 17.5-year-old in an external placement: placed at the warm-up's start they would turn 18 and leave
    // before the reporting period; placed on the start date they are in care for half a year of it.
    const s = scenario({ warmupYears: 1, initialCaseload: [caseRow('external-out-of-county', 17.5)] });
    const { figure } = runLogged(s);
    expect(figure('children.inCare')).toBe(1);
    expect(figure('cost.external')).toBeCloseTo((0.5 * 365.25 * 7000) / 7, 6);
  });

  it('out-of-county cost is labelled as part of external cost, and the categories add up to the total', () => {
    const s = scenario({ initialCaseload: [caseRow('external-out-of-county'), caseRow('family')] });
    const { figure, result } = runLogged(s);
    const parts = ['localFixed', 'localVariable', 'outreach', 'family', 'external', 'other'].reduce((a, c) => a + figure(`cost.${c}`), 0);
    expect(parts).toBeCloseTo(figure('cost.total'), 6);
    expect(figure('cost.outOfCounty')).toBeLessThanOrEqual(figure('cost.external'));
    expect(result.values.length).toBeGreaterThan(0);
    expect(catalogueLabel(s, 'cost.outOfCounty')).toMatch(/part of cost\.external/);
  });

  it('spill-overs are split into Hub turn-aways and house or home spill-overs', () => {
    // Hub 1 bed: of 2 referrals on day 0 one is turned away. One direct request for a house with none: spilled.
    const s = scenario({
      demand: [referral('hub', [0, 0], 10), direct('house', [5], 16.5, { house: 1 })],
      services: { hub: { beds: 1 } },
    });
    const { figure } = runLogged(s);
    expect(figure('spillover.hubTurnedAwayShare')).toBeCloseTo(0.5, 12);
    expect(figure('spillover.localCount')).toBe(1);
    expect(figure('spillover.localShare')).toBe(1);
    expect(figure('spillover.count')).toBe(2);
  });

  it('a service with no places has no room all the time', () => {
    const s = scenario({ demand: [referral('hub', [3], 10)], services: { hub: { beds: 0 } } });
    const { figure } = runLogged(s);
    expect(figure('hub.turnedAway')).toBe(1);
    expect(figure('hub.shareTimeFull')).toBe(1);
  });
});

function catalogueLabel(s: ReturnType<typeof scenario>, id: string): string {
  return catalogueOf(s).scalars.find((m) => m.id === id)!.label;
}
