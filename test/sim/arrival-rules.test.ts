import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { arrive, makeChild } from '../../src/sim/model/arrivals.js';
import { childFamilyKey, childStream } from '../../src/sim/random.js';

/**
 * Demand streams (docs/model.md "Children and demand"): growth compounded from the start date,
 * piecewise rates, scripted days, and the traits each child draws from their own stream.
 * Rates are checked against the expected count Λ = ∫ r(t) dt, worked out in closed form here.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const LN2 = Math.log(2);
/** ∫ from a to b (in years) of 2^s ds: the expected count of a stream at 1 a year doubling every year. */
const doubling = (a: number, b: number) => (2 ** b - 2 ** a) / LN2;

/** Arrivals of a scenario over replications 0..n-1, counted in [from, to) of simulation time. */
function arrivals(s: ReturnType<typeof scenario>, n: number, windows: [number, number][]): number[] {
  const counts = windows.map(() => 0);
  for (let r = 0; r < n; r++) {
    for (const l of runLogged(s, 7, r).log) {
      if (l.what !== 'arrived') continue;
      windows.forEach(([a, b], i) => {
        if (l.t >= a && l.t < b) counts[i]++;
      });
    }
  }
  return counts;
}
/** A Poisson count is within z standard deviations of its mean. */
const poisson = (count: number, mean: number, z = 4.5) => expect(Math.abs(count - mean), `${count} arrivals against ${mean.toFixed(1)} expected`).toBeLessThan(z * Math.sqrt(mean));

// A one-year warm-up (origin at round(365.25) = day 365) and two reporting years from 1 April 2026:
// 2027-04-01 is day 730 and the horizon 2028-04-01 is day 365 + 731 = 1096 (29 February 2028 inside).
const ORIGIN = 365;
const YEAR1 = 730;
const HORIZON = 1096;
const y = (t: number) => (t - ORIGIN) / 365.25;
const REPS = 10;
const stream = (extra: Record<string, unknown>) => ({ name: 'referrals', ratePerYear: 100, growthPerYear: 1, route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 }, ...extra });

describe('growing demand', () => {
  it('growth counts from the start date: in the warm-up a growing stream arrives at its start-date rate, then doubles each year', () => {
    const s = scenario({ warmupYears: 1, horizonYears: 2, demand: [stream({})] });
    const [warmup, first, second] = arrivals(s, REPS, [[0, ORIGIN], [ORIGIN, YEAR1], [YEAR1, HORIZON + 1]]);
    poisson(warmup, REPS * 100 * (ORIGIN / 365.25));
    poisson(first, REPS * 100 * doubling(0, y(YEAR1)));
    poisson(second, REPS * 100 * doubling(y(YEAR1), y(HORIZON)));
  });

  it('piecewise rates carry the growth too: a rate halved from the second year, on a stream doubling each year from the start date', () => {
    const s = scenario({ warmupYears: 1, horizonYears: 2, demand: [stream({ ratePeriods: [{ from: '2027-04-01', ratePerYear: 50 }] })] });
    const [warmup, first, second] = arrivals(s, REPS, [[0, ORIGIN], [ORIGIN, YEAR1], [YEAR1, HORIZON + 1]]);
    poisson(warmup, REPS * 100 * (ORIGIN / 365.25));
    poisson(first, REPS * 100 * doubling(0, y(YEAR1)));
    poisson(second, REPS * 50 * doubling(y(YEAR1), y(HORIZON)));
  });

  it('a declining stream: piecewise rates shrink with negative growth, and the highest rate is never exceeded', () => {
    // 200 a year for six months, then 400 a year, both shrinking by half a year: Λ = r ∫ 0.5^s ds.
    const s = scenario({ horizonYears: 1, demand: [stream({ ratePerYear: 200, growthPerYear: -0.5, ratePeriods: [{ from: '2026-10-01', ratePerYear: 400 }] })] });
    const half = 183 / 365.25; // 2026-10-01 is day 183
    const shrinking = (a: number, b: number) => (0.5 ** a - 0.5 ** b) / LN2;
    const [first, second] = arrivals(s, REPS, [[0, 183], [183, 366]]);
    poisson(first, REPS * 200 * shrinking(0, half));
    poisson(second, REPS * 400 * shrinking(half, 365 / 365.25));
  });
});

describe('streams that stop', () => {
  it('a stream whose rate falls to zero from a date makes no referral after it, and the run ends', () => {
    const s = scenario({ horizonYears: 1, demand: [stream({ growthPerYear: 0, ratePeriods: [{ from: '2026-07-01', ratePerYear: 0 }] })] });
    const [before, after] = arrivals(s, REPS, [[0, 91], [91, 366]]); // 2026-07-01 is day 91
    poisson(before, REPS * 100 * (91 / 365.25));
    expect(after).toBe(0);
  });

  it('a shrinking stream whose demand has run out does not stop the rest of the run: every scripted referral still arrives', () => {
    // At 0.001 a year halving every year, the stream expects 0.001/ln 2 ≈ 0.0014 referrals ever: its next arrival is "never".
    const s = scenario({
      horizonYears: 1,
      demand: [stream({ name: 'fading', ratePerYear: 0.001, growthPerYear: -0.5 }), { name: 'scripted', arrivalDays: [10, 100, 200, 300], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
    });
    for (let r = 0; r < 5; r++) {
      const { log } = runLogged(s, 7, r);
      expect(log.filter((l) => l.what === 'arrived' && l.where.startsWith('scripted')).map((l) => l.t)).toEqual([10, 100, 200, 300]);
      expect(log.filter((l) => l.what === 'returned-home').map((l) => l.t)).toEqual([38, 128, 228, 328]);
    }
  });

  it('a scripted referral on the last day of the period (the horizon itself) is in the period', () => {
    // One year from 1 April 2026 is 365 days: the period is [0, 365], both ends included.
    const s = scenario({ demand: [{ name: 'referrals', arrivalDays: [0, 365], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }] });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what === 'referral').map((l) => l.t)).toEqual([0, 365]);
    expect(figure('hub.admissions')).toBe(2);
  });
});

describe('18th birthdays at the horizon', () => {
  it('a young person in care whose 18th birthday is the last day of the period (the horizon itself) leaves care in the period', () => {
    // One year from 1 April 2026 is 365 days. Arriving on day 273.6875 aged 17.75, the birthday is 273.6875 + 0.25 × 365.25 = 365.
    const s = scenario({
      demand: [{ name: 'direct', arrivalDays: [273.6875], route: 'direct', ageYears: fixed(17.75), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: { homes: [{ name: 'H', beds: 1, fixedWeeklyGbpPerBed: 4000 }] },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map((l) => `${l.t} ${l.what}`)).toEqual(['273.6875 placed-home', '365 turned-18']);
    expect(figure('children.turned18')).toBe(1);
  });
});

describe('at-risk referrals', () => {
  const risk = (startOn: string[]) =>
    scenario({
      demand: [{ name: 'risk', arrivalDays: [0], route: 'outreach', ageYears: fixed(10), needMix: { ebd: 1 }, riskDays: fixed(60), riskBreakdownPerYear: 0 }],
      services: { outreach: { slots: 2, episodeDays: fixed(10), startOn } },
    });

  it('an at-risk referral is offered outreach only when the scenario starts outreach on "atRisk"', () => {
    expect(runLogged(risk(['leaveHub', 'returnHome', 'stepDown', 'breakdown'])).figure('outreach.requests')).toBe(0);
    const on = runLogged(risk(['atRisk']));
    expect(on.figure('outreach.requests')).toBe(1);
    expect(on.log.filter((l) => l.what.startsWith('outreach')).map((l) => `${l.t} ${l.what}`)).toEqual(['0 outreach-start', '10 outreach-end']);
  });
});

describe("a child's traits come from their own stream (common random numbers)", () => {
  /** Children 0..n-1 of the scenario's first stream, made as arrivals make them, at time 0 of replication 0 of seed 5. */
  function children(s: ReturnType<typeof scenario>, n: number) {
    const st = createState(s, buildTimeline(s), 5, 0);
    return Array.from({ length: n }, () => makeChild(st, st.demand[0], s.demand[0].singleOccupancyShare));
  }
  /** The traits stream of child `ordinal` of stream `name`, per docs/model.md "Streams". */
  const traits = (name: string, ordinal: number) => childStream(childFamilyKey(5, 0, `${name}/traits`), ordinal);
  const demand = (extra: Record<string, unknown>) => ({ name: 'referrals', ratePerYear: 10, route: 'assessment', ageYears: { dist: 'uniform', min: 8, max: 16 }, ...extra });

  it('child n draws age, then need, then single occupancy from the n-th child stream of its demand stream', () => {
    const s = scenario({ needs: ['ebd', 'complex'], demand: [demand({ needMix: { ebd: 1, complex: 3 }, singleOccupancyShare: 0.3 })] });
    const made = children(s, 40);
    made.forEach((c, n) => {
      const u = traits('referrals', n);
      expect(c.arrivalAge).toBe(8 + 8 * u());
      expect(c.need).toBe(u() < 0.25 ? 0 : 1);
      expect(c.single).toBe(u() < 0.3);
    });
    // Not vacuous: both answers occur.
    expect(new Set(made.map((c) => c.single))).toEqual(new Set([true, false]));
    expect(new Set(made.map((c) => c.need))).toEqual(new Set([0, 1]));
  });

  it('with one need there is no need draw: single occupancy is the draw after age', () => {
    const s = scenario({ needs: ['ebd'], demand: [demand({ needMix: { ebd: 1 }, singleOccupancyShare: 0.5 })] });
    const made = children(s, 40);
    made.forEach((c, n) => {
      const u = traits('referrals', n);
      expect(c.arrivalAge).toBe(8 + 8 * u());
      expect(c.need).toBe(0);
      expect(c.single).toBe(u() < 0.5);
    });
    expect(new Set(made.map((c) => c.single))).toEqual(new Set([true, false]));
  });

  it('with no single-occupancy share there is no single draw: no child needs single occupancy, and the next draw (a specialist-carer need) is the one after age', () => {
    const s = scenario({ needs: ['ebd'], demand: [demand({ needMix: { ebd: 1 } })] });
    children(s, 20).forEach((c, n) => {
      const u = traits('referrals', n);
      u();
      expect(c.single).toBe(false);
      expect(c.rng.traits()).toBe(u());
    });
  });
});

describe('need and single-occupancy bands are half-open: a draw exactly on a boundary falls in the band above', () => {
  // Child streams give multiples of 2^-32, so a draw of exactly 0.5 exists. Find the child ordinal whose first
  // traits draw is 0.5 by inverting the stream (random.ts: state_k = mix32(seed) + k·0x9e3779b9, draw = mix32(state_k) / 2^32,
  // seed = familyKey ^ (ordinal + 1)·0x9e3779b9): the share 0.5 is the band [0, 0.5), so 0.5 itself is "no" / the second need.
  const GOLDEN = 0x9e3779b9;
  const inverse = (c: number) => {
    let x = c;
    for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(c, x));
    return x;
  };
  const unmix32 = (y: number) => {
    let x = (y ^ (y >>> 16)) >>> 0;
    x = Math.imul(x, inverse(0xc2b2ae35)) >>> 0;
    x = (x ^ (x >>> 13) ^ (x >>> 26)) >>> 0;
    x = Math.imul(x, inverse(0x85ebca6b)) >>> 0;
    return (x ^ (x >>> 16)) >>> 0;
  };
  /** The ordinal of the child of stream `name` (seed 5, replication 0) whose first traits draw is exactly 0.5. */
  function ordinalDrawingHalf(name: string): number {
    const familyKey = childFamilyKey(5, 0, `${name}/traits`);
    const seed = unmix32((unmix32(2 ** 31) - GOLDEN) >>> 0);
    const ordinal = ((Math.imul((familyKey ^ seed) >>> 0, inverse(GOLDEN)) >>> 0) - 1) >>> 0;
    expect(childStream(familyKey, ordinal)()).toBe(0.5);
    return ordinal;
  }
  function childAt(s: ReturnType<typeof scenario>, ordinal: number) {
    const st = createState(s, buildTimeline(s), 5, 0);
    st.demand[0].nextOrdinal = ordinal;
    return makeChild(st, st.demand[0], s.demand[0].singleOccupancyShare);
  }
  const referrals = (extra: Record<string, unknown>) => ({ name: 'referrals', ratePerYear: 10, route: 'assessment', ageYears: fixed(10), ...extra });

  it('a single-occupancy share of 0.5: a child drawing exactly 0.5 does not need single occupancy', () => {
    const s = scenario({ needs: ['ebd'], demand: [referrals({ needMix: { ebd: 1 }, singleOccupancyShare: 0.5 })] });
    expect(childAt(s, ordinalDrawingHalf('referrals')).single).toBe(false);
  });

  it('a need mix of half and half: a child drawing exactly 0.5 has the second need', () => {
    const s = scenario({ needs: ['ebd', 'complex'], demand: [referrals({ needMix: { ebd: 1, complex: 1 } })] });
    expect(childAt(s, ordinalDrawingHalf('referrals')).need).toBe(1);
  });
});

describe('piecewise rates by thinning, with scripted draws (Lewis & Shedler: candidates at the highest rate, each kept with probability rate / highest)', () => {
  // A short-break stream with no short-break place: the referral is refused and schedules nothing, so after
  // arrive() the calendar holds only the stream's next arrival, if any. Age 10: no birthday inside the year.
  const stream = (ratePerYear: number, ratePeriods: { from: string; ratePerYear: number }[]) =>
    scenario({ demand: [{ name: 'breaks', ratePerYear, ratePeriods, route: 'shortBreak', ageYears: fixed(10), needMix: { ebd: 1 } }] });
  /** A run's state at time `now`, whose stream draws the given numbers in turn, then `rest` for ever. */
  function stateAt(s: ReturnType<typeof scenario>, now: number, draws: number[], rest: number) {
    const st = createState(s, buildTimeline(s), 1, 0);
    st.now = now;
    let i = 0;
    st.demand[0].arrivals = () => (i < draws.length ? draws[i++] : rest);
    return st;
  }
  const GAP = (Math.LN2 * 365.25) / 100; // a candidate gap for a draw of 0.5 at a highest rate of 100 a year

  it('a candidate at exactly rate / highest is rejected: with 50 a year against a highest 100, an acceptance draw of 0.5 is a "no"', () => {
    // Highest rate 100 (before the start date), 50 from the start date: candidates every GAP days (draws of 0.5);
    // the first is rejected (0.5 × 100 is not below 50), the second kept (0 × 100 < 50).
    const st = stateAt(stream(100, [{ from: '2026-04-01', ratePerYear: 50 }]), 0, [0.5, 0.5, 0.5, 0], 0.5);
    arrive(st, 0);
    expect(st.calendar.size).toBe(1);
    expect(st.calendar.peekTime()).toBeCloseTo(2 * GAP, 12);
  });

  it('a period applies from the first instant of its date: a candidate at exactly 1 July takes the new rate', () => {
    // 100 a year until 2026-07-01 (day 91), 0 from then. A candidate at exactly day 91 (a gap draw of 0) is
    // judged at the new rate 0, so it is rejected, as is every later one: no further arrival.
    const st = stateAt(stream(100, [{ from: '2026-07-01', ratePerYear: 0 }]), 91, [0, 0.5], 0.5);
    arrive(st, 0);
    expect(st.calendar.size).toBe(0);
  });

  it('a candidate at exactly the horizon is still thinned: rejected there, the stream has no further arrival', () => {
    // One year from 1 April 2026: the horizon is day 365. A candidate at 365 (gap draw 0) at rate 50 of 100, draw 0.75: rejected.
    const st = stateAt(stream(100, [{ from: '2026-04-01', ratePerYear: 50 }]), 365, [0, 0.75], 0.5);
    arrive(st, 0);
    expect(st.calendar.size).toBe(0);
  });

  it('a stream whose every rate is zero makes no draw and no arrival (docs/model.md: no draw where a rate of zero leaves no choice)', () => {
    const st = stateAt(stream(0, [{ from: '2026-07-01', ratePerYear: 0 }]), 0, [], 0);
    st.demand[0].arrivals = () => {
      throw new Error('a stream with no demand drew a number');
    };
    arrive(st, 0);
    expect(st.calendar.size).toBe(0);
  });
});
