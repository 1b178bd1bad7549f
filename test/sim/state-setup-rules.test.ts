import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { acquireChild } from '../../src/sim/model/child-pool.js';
import { registerChild } from '../../src/sim/model/arrivals.js';
import { endHubStay, hubWaitExpired, seekHub } from '../../src/sim/model/hub.js';
import { endPlacement } from '../../src/sim/model/placements.js';
import { settleFreedPlaces } from '../../src/sim/model/freed.js';
import { runLogged, scenario } from './helpers.js';

const fixed = (value: number) => ({ dist: 'fixed', value });
const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const direct = (days: number[]) => [{ name: 'direct', arrivalDays: days, route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }];

describe('matching order (services.matching)', () => {
  it('a named home in the matching order is tried before the rest', () => {
    const s = scenario({
      demand: direct([0]),
      services: { homes: [{ name: 'Home A', beds: 1, fixedWeeklyGbpPerBed: 1 }, { name: 'Home B', beds: 1, fixedWeeklyGbpPerBed: 1 }] },
      matching: { inHouseHome: ['Home B', 'homes'] },
    });
    expect(runLogged(s).log.filter((l) => l.what.startsWith('placed')).map(line)).toEqual(['0 placed-home 1 Home B']);
  });

  it('"homes" means homes only: with the only home full, a referral for a home spills over rather than taking a house or Hub bed', () => {
    const s = scenario({
      demand: direct([0, 1]),
      services: {
        houses: [{ name: 'House', registration: 'registered', fixedWeeklyGbpPerPlace: 1 }],
        homes: [{ name: 'Home A', beds: 1, fixedWeeklyGbpPerBed: 1 }],
      },
      matching: { inHouseHome: ['homes'] },
    });
    expect(runLogged(s).log.filter((l) => l.what.startsWith('placed') || l.what === 'spillover').map(line)).toEqual([
      '0 placed-home 1 Home A', '1 spillover 2 inHouseHome', '1 placed-external 2 out of county',
    ]);
  });
});

describe('the Hub waiting list', () => {
  it('a child whose earlier wait ran out and who waits again queues from the new wait, behind those already waiting', () => {
    const s = scenario({ services: { hub: { beds: 1, maxWaitDays: 30 } } });
    const st = createState(s, buildTimeline(s), 1, 0);
    const keys = { traits: 1, assessment: 2, placement: 3, support: 4 };
    const [x, a, b] = [0, 1, 2].map((i) => registerChild(st, acquireChild(keys, i), 10, 0, false));
    seekHub(st, x); // takes the only bed
    seekHub(st, a); // waits
    expect(hubWaitExpired(st, a, a.hubWaitToken)).toBe(true); // a's wait runs out: external placement
    seekHub(st, b); // waits
    endPlacement(st, a); // a's external placement breaks down: referred again, waits behind b
    seekHub(st, a);
    expect([a.setting, b.setting]).toEqual(['waitingHub', 'waitingHub']);
    endHubStay(st, x);
    settleFreedPlaces(st);
    expect([b.setting, a.setting]).toEqual(['hub', 'waitingHub']);
  });
});

describe('demand streams', () => {
  it("each demand stream's children have their own four streams: child 0 of two streams are different children", () => {
    const s = scenario({
      demand: [
        { name: 'one', arrivalDays: [], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'two', arrivalDays: [], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
      ],
    });
    const st = createState(s, buildTimeline(s), 1, 0);
    const firsts = st.demand.flatMap((d) => {
      const c = acquireChild(d.keys, 0);
      return [c.rng.traits(), c.rng.assessment(), c.rng.placement(), c.rng.support()];
    });
    expect(new Set(firsts).size).toBe(8);
  });

  it("each at-risk stream keeps its own riskDays: 60 days for one, 200 for the other", () => {
    const s = scenario({
      demand: [
        { name: 'short', arrivalDays: [0], route: 'outreach', ageYears: fixed(10), needMix: { ebd: 1 }, riskDays: fixed(60), riskBreakdownPerYear: 0 },
        { name: 'long', arrivalDays: [0], route: 'outreach', ageYears: fixed(10), needMix: { ebd: 1 }, riskDays: fixed(200), riskBreakdownPerYear: 0 },
      ],
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.t > 0).map(line)).toEqual(['60 risk-passed 1 left', '200 risk-passed 2 left']);
  });
});

describe("a child's age", () => {
  it('grows with time: a 15.95-year-old leaving a 28-day Hub stay is 16 and can take a 16+ home', () => {
    const s = scenario({
      demand: [{ name: 'referrals', arrivalDays: [0], route: 'assessment', ageYears: fixed(15.95), needMix: { ebd: 1 } }],
      services: {
        hub: { outcomes: { home: 0, inHouseHome: 1 } },
        homes: [{ name: 'Sixteen plus', beds: 1, fixedWeeklyGbpPerBed: 1, minAge: 16 }],
      },
    });
    expect(runLogged(s).log.filter((l) => l.t === 28).map(line)).toEqual(['28 placed-home 1 Sixteen plus']);
  });
});
