import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

/**
 * What happens to children when a place's capacity changes on a date (src/sim/model/capacity-change.ts,
 * docs/model.md "Capacity that changes on dates"), on scripted scenarios worked by hand. Day 10 is 2026-04-11.
 */
const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const fixed = (value: number) => ({ dist: 'fixed', value });
const row = (weeksInPlacement: number) => ({ ageYears: 12, need: 'ebd', setting: 'home:Home A', weeklyCostGbp: 0, weeksInPlacement });

describe('a place that shrinks keeps its longest-settled children', () => {
  it('a home cut from 3 beds to 1 keeps the child placed longest ago (by weeks in placement at the start), not the first listed', () => {
    // Children 1, 2, 3 have been in Home A for 10, 30 and 10 weeks: child 2 is the longest settled and stays.
    // Of the two placed 10 weeks ago, the later-numbered (3) counts as the more recently placed and moves first.
    const s = scenario({
      initialCaseload: [row(10), row(30), row(10)],
      services: { homes: [{ name: 'Home A', beds: 3, fixedWeeklyGbpPerBed: 5500, capacitySteps: [{ from: '2026-04-11', places: 1 }] }] },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.t === 10).map(line)).toEqual([
      '10 places-removed 0 Home A 3->1',
      '10 spillover 3 inHouseHome', '10 turned-away 3 Home A', '10 placed-external 3 out of county',
      '10 spillover 1 inHouseHome', '10 turned-away 1 Home A', '10 placed-external 1 out of county',
    ]);
  });

  it('an outreach team cut from 3 slots to 1 ends the episodes that started last (same day: the later referral), and no one else is touched', () => {
    // Children 1 and 2 start outreach on day 0, child 3 on day 3; child 4 is placed in a home on day 5 (not supported).
    // Cut to 1 slot on day 10: child 3's episode ends first, then child 2's; child 1 keeps the slot; child 4 is untouched.
    const s = scenario({
      demand: [
        { name: 'at-risk', arrivalDays: [0, 0, 3], route: 'outreach', ageYears: fixed(12), needMix: { ebd: 1 }, riskDays: fixed(300), riskBreakdownPerYear: 0 },
        { name: 'direct', arrivalDays: [5], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } },
      ],
      services: {
        homes: [{ name: 'Home A', beds: 1, fixedWeeklyGbpPerBed: 5500 }],
        outreach: { slots: 3, episodeDays: fixed(100), startOn: ['atRisk'], capacitySteps: [{ from: '2026-04-11', places: 1 }] },
      },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.t === 10).map(line)).toEqual(['10 places-removed 0 Outreach 3->1', '10 outreach-end 3 Outreach', '10 outreach-end 2 Outreach']);
  });

  it('an outreach cut ends the episode that started last even when that young person was referred first (support from leaving the Hub)', () => {
    // Child 1 is referred to the Hub on day 0, leaves it on day 20 and starts outreach then; child 2, at risk, starts on day 5.
    // Cut to 1 slot on day 30: child 1's episode started last, so it ends; child 2 keeps the slot.
    const s = scenario({
      demand: [
        { name: 'referrals', arrivalDays: [0], route: 'assessment', ageYears: fixed(12), needMix: { ebd: 1 } },
        { name: 'at-risk', arrivalDays: [5], route: 'outreach', ageYears: fixed(12), needMix: { ebd: 1 }, riskDays: fixed(300), riskBreakdownPerYear: 0 },
      ],
      services: {
        hub: { stayDays: fixed(20) },
        outreach: { slots: 2, episodeDays: fixed(100), startOn: ['leaveHub', 'atRisk'], capacitySteps: [{ from: '2026-05-01', places: 1 }] },
      },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what.startsWith('outreach') || l.what.startsWith('places')).filter((l) => l.t <= 30).map(line)).toEqual([
      '5 outreach-request 2 atRisk', '5 outreach-start 2 Outreach', '20 outreach-request 1 leaveHub', '20 outreach-start 1 Outreach', '30 places-removed 0 Outreach 2->1', '30 outreach-end 1 Outreach',
    ]);
  });

  it('a house re-registered 16+ and cut to 1 place at once moves the under-16 and then the later-placed 16-year-old, each once', () => {
    // Children 1 and 2 (16.5) are placed on days 0 and 1, child 3 (14) on day 2, in a 3-place registered house (ages to 18).
    // Day 10: 16+ only and 1 place. Child 3 may no longer stay and moves; of the rest, child 2 is the later placed and moves.
    const s = scenario({
      demand: [
        { name: 'a', arrivalDays: [0, 1], route: 'direct', ageYears: fixed(16.5), needMix: { ebd: 1 }, placement: { house: 1 } },
        { name: 'b', arrivalDays: [2], route: 'direct', ageYears: fixed(14), needMix: { ebd: 1 }, placement: { house: 1 } },
      ],
      services: { houses: [{ name: 'House 1', places: 3, registration: 'registered', maxAge: 18, fixedWeeklyGbpPerPlace: 5477, capacitySteps: [{ from: '2026-04-11', places: 1, registration: 'unregulated16plus' }] }] },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.t === 10).map(line)).toEqual([
      '10 re-registered 0 House 1 ages 16-18', '10 places-removed 0 House 1 3->1',
      '10 spillover 3 house', '10 placed-external 3 out of county',
      '10 spillover 2 house', '10 turned-away 2 House 1', '10 placed-external 2 out of county',
    ]);
    expect(figure('stability.moves')).toBe(2);
  });

  it('a Hub cut from 2 beds to 1 ends the later stay early into its assessment outcome (here: home)', () => {
    const s = scenario({
      demand: [{ name: 'referrals', arrivalDays: [0, 1], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: { hub: { beds: 2, stayDays: fixed(100), capacitySteps: [{ from: '2026-04-11', places: 1 }] } },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.t === 10).map(line)).toEqual(['10 places-removed 0 Hub 2->1', '10 returned-home 2 left']);
  });

  it('a short-breaks home cut from 2 beds to 1 ends the later break early: that child goes home, not into a placement', () => {
    const brk = (day: number) => ({ name: `b${day}`, arrivalDays: [day], route: 'shortBreak', ageYears: fixed(12), needMix: { ebd: 1 } });
    const s = scenario({
      demand: [brk(0), brk(1)],
      services: { homes: [{ name: 'E', beds: 2, fixedWeeklyGbpPerBed: 4000, purpose: 'shortBreaks', stayDays: fixed(100), capacitySteps: [{ from: '2026-04-11', places: 1 }] }] },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.t === 10).map(line)).toEqual(['10 places-removed 0 E 2->1', '10 short-break-ended 2 E']);
    expect(figure('stability.moves')).toBe(0);
  });

  it('of two children placed back in a home at the same moment, the later-referred counts as the more recently placed and moves first', () => {
    // Children 1 and 2 take Home A's 2 beds on days 0 and 1. Day 10: it closes for a refit (0 places); child 2 moves out first,
    // then child 1. Day 20: 2 places again; both come back from out of county at once (child 2, sent out first, first).
    // Day 30: cut to 1 place. Both were placed back on day 20, so the tie goes by referral: child 2 moves, child 1 stays.
    const s = scenario({
      policies: { returnFromOutOfCounty: true },
      demand: [{ name: 'direct', arrivalDays: [0, 1], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: { homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500, capacitySteps: [{ from: '2026-04-11', places: 0 }, { from: '2026-04-21', places: 2 }, { from: '2026-05-01', places: 1 }] }] },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t <= 30).map(line)).toEqual([
      '0 placed-home 1 Home A', '1 placed-home 2 Home A',
      '10 closed 0 Home A', '10 spillover 2 inHouseHome', '10 placed-external 2 out of county', '10 spillover 1 inHouseHome', '10 placed-external 1 out of county',
      '20 opened 0 Home A', '20 returned-to-county 2 Home A', '20 placed-home 2 Home A', '20 returned-to-county 1 Home A', '20 placed-home 1 Home A',
      '30 places-removed 0 Home A 2->1', '30 spillover 2 inHouseHome', '30 turned-away 2 Home A', '30 placed-external 2 out of county',
    ]);
  });
});

describe('a young person who needs a house to themselves', () => {
  it('holds every place of the house as its places change, stays when it shrinks, and moves when it closes', () => {
    // Child 1 needs single occupancy and takes the 2-place house on day 0. Day 10: 3 places, all theirs, so child 2
    // (day 15) spills over. Day 20: 1 place, still theirs (no move). Day 30: 2 places. Day 40: the house closes: child 1 moves.
    const s = scenario({
      demand: [
        { name: 'single', arrivalDays: [0], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { house: 1 }, singleOccupancyShare: 1 },
        { name: 'other', arrivalDays: [15], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { house: 1 } },
      ],
      services: {
        houses: [{ name: 'House 1', places: 2, registration: 'registered', fixedWeeklyGbpPerPlace: 5477, closes: '2026-05-11',
          capacitySteps: [{ from: '2026-04-11', places: 3 }, { from: '2026-04-21', places: 1 }, { from: '2026-05-01', places: 2 }] }],
      },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t <= 40).map(line)).toEqual([
      '0 placed-house 1 House 1',
      '10 places-added 0 House 1 2->3',
      '15 spillover 2 house', '15 turned-away 2 House 1', '15 placed-external 2 out of county',
      '20 places-removed 0 House 1 3->1',
      '30 places-added 0 House 1 1->2',
      '40 closed 0 House 1',
      '40 spillover 1 house', '40 placed-external 1 out of county',
    ]);
    // Every place of the house is in use while it is open: 2 × 10 + 3 × 10 + 1 × 10 + 2 × 10 = 90 of 90 place-days.
    expect(figure('house.0.utilisation')).toBeCloseTo(1, 12);
  });
});

describe('a place that grows', () => {
  it('offers its new Hub bed to the waiting list on the day it is added', () => {
    // One bed, taken by child 1 on day 0 for 100 days; child 2 (day 1) waits. A second bed on day 10 goes to child 2 then.
    const s = scenario({
      demand: [{ name: 'referrals', arrivalDays: [0, 1], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: { hub: { beds: 1, maxWaitDays: 200, stayDays: fixed(100), capacitySteps: [{ from: '2026-04-11', places: 2 }] } },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t <= 10).map(line)).toEqual([
      '0 referral 1 Hub', '0 placed-hub 1 Hub',
      '1 referral 2 Hub', '1 placed-waitingHub 2 waitingHub',
      '10 places-added 0 Hub 1->2', '10 placed-hub 2 Hub',
    ]);
  });
});
