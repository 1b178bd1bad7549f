import { describe, expect, it } from 'vitest';
import { runLogged, scenario, RISKY_CHILD_WITH_OUTREACH } from './helpers.js';
import { runReplication } from '../../src/sim/run-replication.js';

/**
 * What a replication's event count (`events` in the replications table and in
 * `carecap run`, docs/results.md) counts: every event the model handles, of
 * every kind, and never a cancelled one (a Hub stay cut short by an 18th
 * birthday, a support episode ended early by a Hub admission). It is also
 * what limits.eventsPerReplication is measured against. Each scenario is
 * small enough that the count is worked out by hand from its description;
 * the period runs from 1 April 2026 to 1 April 2027 (365 days).
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const oneChild = (ageYears: number, demand: Record<string, unknown> = {}) => [
  { name: 'r', arrivalDays: [0], route: 'assessment', ageYears: fixed(ageYears), needMix: { ebd: 1 }, ...demand },
];
const lines = (log: { t: number; what: string; child: number; where: string }[]) => log.map((l) => `${+l.t.toFixed(3)} ${l.what} ${l.child} ${l.where}`);

describe('each kind of event handled is counted once', () => {
  it('a child assessed in the Hub for 28 days and going home: an arrival and an end of stay, 2 events', () => {
    const { result, log } = runLogged(scenario({ demand: oneChild(10), services: { hub: { stayDays: fixed(28) } } }));
    expect(lines(log)).toContain('28 returned-home 1 left');
    expect(result.events).toBe(2);
  });

  it('a stay ending exactly on the last day of the period is handled: the child goes home on day 365, 2 events', () => {
    const { result, log } = runLogged(scenario({ demand: oneChild(10), services: { hub: { stayDays: fixed(365) } } }));
    expect(lines(log)).toContain('365 returned-home 1 left');
    expect(result.events).toBe(2);
  });

  it('a stay ending one day after the period is not: 1 event, the child still in the Hub at the end', () => {
    const { result, log } = runLogged(scenario({ demand: oneChild(10), services: { hub: { stayDays: fixed(366) } } }));
    expect(log.some((l) => l.what === 'returned-home')).toBe(false);
    expect(result.events).toBe(1);
  });

  it('a child placed straight in family care who returns home: an arrival and a placement exit, 2 events', () => {
    // 365 returns home a year: the exit comes within days (the chance of none within the year is e^-365).
    const s = scenario({
      demand: [{ name: 'd', arrivalDays: [0], route: 'direct', placement: { family: 1 }, ageYears: fixed(10), needMix: { ebd: 1 } }],
      placements: { family: { returnHomePerYear: 365 } },
    });
    const { result, log } = runLogged(s);
    expect(log.filter((l) => l.what === 'returned-home')).toHaveLength(1);
    expect(result.events).toBe(2);
  });

  it('three Hub leavers asking for one outreach slot, two giving up after 5 days: 3 arrivals, 3 ends of stay, 2 expiries, 1 end of support', () => {
    // Arrivals on days 0, 1, 2; stays of 10 days; the first is supported 10 to 110; the others wait from 11 and 12 and give up on 16 and 17.
    const s = scenario({
      demand: [{ name: 'r', arrivalDays: [0, 1, 2], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: { hub: { beds: 3, stayDays: fixed(10), outcomes: { home: 1 } }, outreach: { slots: 1, maxWaitDays: 5, episodeDays: fixed(100), startOn: ['leaveHub'] } },
    });
    const { result, log } = runLogged(s);
    expect(lines(log).filter((l) => l.includes('outreach-'))).toEqual([
      '10 outreach-start 1 Outreach',
      '11 outreach-wait 2 Outreach',
      '12 outreach-wait 3 Outreach',
      '16 outreach-gave-up 2 Outreach',
      '17 outreach-gave-up 3 Outreach',
      '110 outreach-end 1 Outreach',
    ]);
    expect(result.events).toBe(3 + 3 + 2 + 1);
  });

  it('a Hub wait that reaches its limit is one event, whether or not the child is still waiting then', () => {
    // One bed; children on days 0 and 1 (stays of 28 days), maxWaitDays 5: the second waits in a crisis
    // placement and goes external on day 6. A third on day 30 finds the bed free. Events: 3 arrivals,
    // 2 ends of stay (days 28 and 58), 1 expiry = 6.
    const s = scenario({
      demand: [{ name: 'r', arrivalDays: [0, 1, 30], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: { hub: { beds: 1, stayDays: fixed(28), maxWaitDays: 5, outcomes: { home: 1 } } },
      placements: { whenHubFull: { crisisWait: 1 } },
    });
    const { result, log } = runLogged(s);
    expect(log.filter((l) => l.what === 'returned-home').map((l) => l.t)).toEqual([28, 58]);
    expect(result.events).toBe(6);
  });

  it('dated changes of capacity are one event each: a Hub with two steps and no referrals has 2 events', () => {
    const s = scenario({ services: { hub: { capacitySteps: [{ from: '2026-06-01', places: 1 }, { from: '2026-10-01', places: 4 }] } } });
    expect(runReplication(s, 1, 0).events).toBe(2);
  });

  it('a carer pool step and four step-down searches a year are one event each: 1 + 4 = 5 events', () => {
    // Searches at 4 a year from the start: 365.25/4 apart, the first half a gap in (45.7, 137.0, 228.3, 319.6 days).
    const carers = (steps: unknown[], perYear: number) => scenario({
      services: {
        fosterCarers: {
          specialistShare: 0,
          pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 1, weeklyGbp: 700, capacitySteps: steps }],
          whenNoCarer: 'residential',
          stepDownSearches: perYear > 0 ? [{ from: '2026-04-01', perYear }] : [],
        },
      },
    });
    expect(runReplication(carers([{ from: '2026-07-01', places: 3 }], 4), 1, 0).events).toBe(5);
    expect(runReplication(carers([{ from: '2026-07-01', places: 3 }], 0), 1, 0).events).toBe(1);
    expect(runReplication(carers([], 4), 1, 0).events).toBe(4);
  });

  it('the end of a warm-up is one event: a year of warm-up with no referrals has 1 event', () => {
    expect(runReplication(scenario({ warmupYears: 1 }), 1, 0).events).toBe(1);
  });
});

describe('cancelled events are neither handled nor counted', () => {
  it('support ended early by a Hub admission: the old episode\'s end neither ends the new one nor counts', () => {
    // An at-risk child, supported from day 0 (episode to day 100; risk window to day 365), breaks down
    // at b (365 a year: within days), enters the Hub (support ends, the risk window is over), goes home
    // at b + 10 and is supported again to b + 110. Handled: arrival, breakdown, end of the Hub stay, end
    // of the second episode = 4. Cancelled: the first episode's end (day 100) and the risk window's (day 365).
    const s = scenario(RISKY_CHILD_WITH_OUTREACH);
    const { result, log } = runLogged(s);
    const b = log.find((l) => l.what === 'breakdown')!.t;
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(80);
    expect(log.filter((l) => l.what === 'outreach-end').map((l) => l.t)).toEqual([b, b + 110]);
    expect(result.events).toBe(4);
  });

  it('a child turning 18 in the Hub leaves care then; the Hub stay\'s planned end is cancelled: 2 events', () => {
    // Aged 17.9 on arrival: 18 after 0.1 × 365.25 = 36.525 days, before the 100-day stay ends.
    const { result, log } = runLogged(scenario({ demand: oneChild(17.9), services: { hub: { stayDays: fixed(100) } } }));
    expect(lines(log)).toContain('36.525 turned-18 1 left');
    expect(log.some((l) => l.what === 'returned-home')).toBe(false);
    expect(result.events).toBe(2);
  });

  it('the event budget counts only handled events: 4 handled and 2 cancelled events fit a budget of 4, not of 3', () => {
    const base = RISKY_CHILD_WITH_OUTREACH;
    // Exactly at the budget is within it, whatever cancelled events pop after the last handled one (the
    // risk window's end on day 365 is one): the budget once stopped this run there.
    expect(runReplication(scenario({ ...base, limits: { eventsPerReplication: 4 } }), 1, 0).events).toBe(4);
    expect(runReplication(scenario({ ...base, limits: { eventsPerReplication: 5 } }), 1, 0).events).toBe(4);
    expect(() => runReplication(scenario({ ...base, limits: { eventsPerReplication: 3 } }), 1, 0)).toThrow(/more than 3 events in one replication/);
  });
});

describe('an 18th birthday after leaving care', () => {
  it('a young person who went home unsupported: the birthday is cancelled with them, logged nowhere and not counted (2 events)', () => {
    // Aged 17.5, home after a 10-day stay, 18 on day 182.625. Nothing acts on them after they leave, so
    // their record is released then (release-leavers.ts) and the birthday scheduled at arrival is cancelled.
    const { result, log } = runLogged(scenario({ demand: oneChild(17.5), services: { hub: { stayDays: fixed(10) } } }));
    expect(lines(log)).toEqual(['0 arrived 1 r age=17.5', '0 referral 1 Hub', '0 placed-hub 1 Hub', '10 returned-home 1 left']);
    expect(result.events).toBe(2);
  });

  it('a young person supported by outreach after going home loses the slot on their 18th birthday (3 events)', () => {
    // Home on day 10 with a 365-day episode: it ends at 18, on day 182.625, not on day 375.
    const s = scenario({ demand: oneChild(17.5), services: { hub: { stayDays: fixed(10) }, outreach: { slots: 1, episodeDays: fixed(365), startOn: ['leaveHub'] } } });
    const { result, log, figure } = runLogged(s);
    expect(lines(log).filter((l) => l.includes('outreach-'))).toEqual(['10 outreach-start 1 Outreach', '182.625 outreach-end 1 Outreach']);
    expect(figure('outreach.meanOccupancy')).toBeCloseTo(172.625 / 365, 9);
    expect(result.events).toBe(3);
  });

  it('a young person waiting for outreach after going home leaves the waiting list on their 18th birthday', () => {
    // The only slot is held by a child aged 10 home on day 10 (episode 365 days); the 17.5-year-old,
    // home on day 11, waits from then until 18 (day 182.625 + 1 = 183.625; arrived on day 1).
    const s = scenario({
      demand: [
        { name: 'young', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'old', arrivalDays: [1], route: 'assessment', ageYears: fixed(17.5), needMix: { ebd: 1 } },
      ],
      services: { hub: { stayDays: fixed(10) }, outreach: { slots: 1, episodeDays: fixed(365), startOn: ['leaveHub'] } },
    });
    const { result, figure } = runLogged(s);
    expect(figure('outreach.meanWaitingList')).toBeCloseTo((183.625 - 11) / 365, 9);
    // 2 arrivals, 2 ends of stay, the birthday; the episode ends after the period.
    expect(result.events).toBe(5);
  });
});
