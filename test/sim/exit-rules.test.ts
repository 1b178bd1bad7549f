import { describe, expect, it } from 'vitest';
import { runLogged, scenario, type LogLine } from './helpers.js';

/**
 * How placements, at-risk windows and short breaks end (src/sim/model/handlers.ts), on tiny
 * scripted scenarios whose event logs and counts are worked out by hand from docs/model.md.
 */
const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const fixed = (value: number) => ({ dist: 'fixed', value });
const atRisk = (name: string, day: number, age: number, riskDays: number) => ({ name, arrivalDays: [day], route: 'outreach', ageYears: fixed(age), needMix: { ebd: 1 }, riskDays: fixed(riskDays), riskBreakdownPerYear: 0 });
const toHome = (name: string, day: number, age = 12) => ({ name, arrivalDays: [day], route: 'direct', ageYears: fixed(age), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } });
const toFamily = (name: string, day: number) => ({ name, arrivalDays: [day], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { family: 1 } });
const home = { name: 'H', beds: 1, fixedWeeklyGbpPerBed: 4000 };
const notArrived = (log: LogLine[]) => log.filter((l) => l.what !== 'arrived');

describe('at-risk windows and 18th birthdays', () => {
  it('an at-risk window that passes without a breakdown ends with "risk-passed"; an at-risk young person\'s 18th birthday ends the risk and is not a young person leaving care', () => {
    // Children are numbered in order of arrival.
    // Child 1 (17.5 at day 0, a 400-day window) turns 18 on day 0.5 × 365.25 = 182.625, inside the window.
    // Child 2 (17.5, placed in a home on day 1) is in care on their birthday, day 1 + 182.625.
    // Child 3 (10, a 30-day window from day 5) comes through it on day 35.
    const s = scenario({
      demand: [atRisk('risk', 0, 17.5, 400), atRisk('risk2', 5, 10, 30), toHome('direct', 1, 17.5)],
      services: { homes: [home] },
    });
    const { log, figure } = runLogged(s);
    expect(notArrived(log).map(line)).toEqual([
      '0 at-risk 1 home',
      '1 placed-home 2 H',
      '5 at-risk 3 home',
      '35 risk-passed 3 left',
      '182.625 risk-ended-at-18 1 left',
      '183.625 turned-18 2 left',
    ]);
    // Only the young person in care left care at 18.
    expect(figure('children.turned18')).toBe(1);
  });
});

describe('placement exits', () => {
  const exits = (rates: Record<string, number>, startOn: string[]) =>
    scenario({
      demand: [toHome('direct', 0)],
      services: { homes: [home], outreach: { slots: 2, episodeDays: fixed(10), startOn } },
      placements: { localResidential: rates },
    });

  it('a placement that can only end by step-down ends in a step-down to family-based care, with no outreach unless the scenario starts it on step-down', () => {
    const { log, figure } = runLogged(exits({ stepDownPerYear: 10 }, ['leaveHub', 'returnHome', 'breakdown']));
    const lines = notArrived(log).filter((l) => l.child === 1);
    expect(lines.map((l) => `${l.what} ${l.where}`)).toEqual(['placed-home H', 'step-down family', 'placed-family family']);
    expect(lines[1].t).toBe(lines[2].t);
    expect(figure('stability.stepDowns')).toBe(1);
    expect(figure('children.returnedHome')).toBe(0);
    expect(figure('children.sgo')).toBe(0);
    expect(figure('outreach.requests')).toBe(0);
  });

  it('with outreach started on step-down, the child who steps down is offered an episode that day', () => {
    const { log, figure } = runLogged(exits({ stepDownPerYear: 10 }, ['stepDown']));
    const down = log.find((l) => l.what === 'step-down')!;
    expect(log.filter((l) => l.what.startsWith('outreach')).map((l) => `${l.t === down.t ? 'step-down day' : l.t} ${l.what} ${l.child}`)).toEqual([
      'step-down day outreach-start 1',
      `${down.t + 10} outreach-end 1`,
    ]);
    expect(figure('outreach.requests')).toBe(1);
  });

  it('a placement that can only end by a return home ends with the child home, with no outreach unless the scenario starts it on a return home', () => {
    const off = runLogged(exits({ returnHomePerYear: 10 }, ['leaveHub', 'stepDown', 'breakdown']));
    expect(notArrived(off.log).map((l) => `${l.what} ${l.child} ${l.where}`)).toEqual(['placed-home 1 H', 'returned-home 1 left']);
    expect(off.figure('children.returnedHome')).toBe(1);
    expect(off.figure('stability.stepDowns')).toBe(0);
    expect(off.figure('outreach.requests')).toBe(0);
    const on = runLogged(exits({ returnHomePerYear: 10 }, ['returnHome']));
    expect(on.figure('outreach.requests')).toBe(1);
  });

  it('a placement that can only end by special guardianship ends in an order, counted once', () => {
    const { log, figure } = runLogged(exits({ sgoPerYear: 10 }, []));
    expect(notArrived(log).map((l) => `${l.what} ${l.child} ${l.where}`)).toEqual(['placed-home 1 H', 'special-guardianship 1 left']);
    expect(figure('children.sgo')).toBe(1);
    expect(figure('stability.stepDowns')).toBe(0);
  });
});

describe('step-downs with limited foster carers', () => {
  const carers = { specialistShare: 0, pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 1, weeklyGbp: 700 }], whenNoCarer: 'residential', stepDownSearches: [] };

  it("a step-down from a home when the only carer is taken waits in the home (a delayed step-down), it does not go to family-based care", () => {
    // Child 1 takes the only carer on day 0 and keeps it (no family exits); child 2's home placement steps down.
    const s = scenario({
      demand: [toFamily('fam', 0), toHome('direct', 1)],
      services: { homes: [home], fosterCarers: carers },
      placements: { localResidential: { stepDownPerYear: 20 } },
    });
    const { log, figure } = runLogged(s);
    expect(notArrived(log).filter((l) => l.child === 2).map((l) => `${l.what} ${l.where}`)).toEqual(['placed-home H', 'step-down-wait H']);
    expect(figure('stepDown.waited')).toBe(1);
    expect(figure('stability.stepDowns')).toBe(0);
  });

  it('a child already in family-based care whose placement ends by step-down moves family placement at once, keeping their carer (no wait)', () => {
    const s = scenario({
      demand: [toFamily('fam', 0)],
      services: { fosterCarers: carers },
      placements: { family: { stepDownPerYear: 20 } },
    });
    const { log, figure } = runLogged(s);
    const what = notArrived(log).map((l) => l.what);
    expect(what.length).toBeGreaterThan(3);
    expect(what).not.toContain('step-down-wait');
    expect(what.slice(1).every((w, i) => w === (i % 2 === 0 ? 'step-down' : 'placed-family'))).toBe(true);
    expect(figure('stepDown.waited')).toBe(0);
  });
});

describe('short breaks', () => {
  const breaks = (stayDays: number) => ({ homes: [{ name: 'E', beds: 1, fixedWeeklyGbpPerBed: 4000, purpose: 'shortBreaks', stayDays: fixed(stayDays) }] });
  const brk = (name: string, day: number, age: number) => ({ name, arrivalDays: [day], route: 'shortBreak', ageYears: fixed(age), needMix: { ebd: 1 } });

  it('a young person who turns 18 during a short break ends the break that day: the bed is free for the next family, and no one left care', () => {
    // 17.75 at day 0: 18 on day 0.25 × 365.25 = 91.3125, inside a 100-day break; the next break starts on day 92.
    const s = scenario({ demand: [brk('b', 0, 17.75), brk('b2', 92, 12)], services: breaks(100) });
    const { log, figure } = runLogged(s);
    expect(notArrived(log).map(line)).toEqual([
      '0 short-break 1 E',
      '91.3125 short-break-ended 1 E',
      '92 short-break 2 E',
      '192 short-break-ended 2 E',
    ]);
    expect(figure('shortBreaks.episodes')).toBe(2);
    expect(figure('shortBreaks.refused')).toBe(0);
    expect(figure('children.turned18')).toBe(0);
  });

  it('a child on a short break when the warm-up ends is not a child in care', () => {
    // Breaks arrive only during the 0.1-year warm-up (rate 0 from the start date), 40-day stays: some run past its end.
    const s = scenario({
      warmupYears: 0.1,
      demand: [{ name: 'b', ratePerYear: 200, ratePeriods: [{ from: '2026-04-01', ratePerYear: 0 }], route: 'shortBreak', ageYears: fixed(9), needMix: { ebd: 1 } }],
      services: breaks(40),
    });
    const { log, figure } = runLogged(s);
    const originT = Math.round(0.1 * 365.25);
    expect(log.filter((l) => l.what === 'short-break-ended' && l.t > originT).length).toBeGreaterThan(0);
    expect(log.filter((l) => l.what === 'arrived' && l.t >= originT)).toEqual([]);
    expect(figure('children.inCare')).toBe(0);
  });
});
