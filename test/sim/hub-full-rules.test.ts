import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { acquireChild } from '../../src/sim/model/child-pool.js';
import { registerChild } from '../../src/sim/model/arrivals.js';
import { seekHub } from '../../src/sim/model/hub.js';
import type { Child } from '../../src/sim/model/child.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { runLogged, scenario, type LogLine } from './helpers.js';

/**
 * What happens to a referral when every Hub bed is taken (docs/model.md "The Hub"):
 * the crisis wait and its limits, the `placements.whenHubFull` mix, and the
 * stream discipline that keeps options comparable. Expected values are worked
 * by hand from the scripted scenarios.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const referrals = (days: number[], extra: Record<string, unknown> = {}) => ({
  demand: [{ name: 'referrals', arrivalDays: days, route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 }, ...extra }],
});
const events = (log: LogLine[]) => log.filter((l) => l.what !== 'arrived').map((l) => `${l.t} ${l.what} ${l.child} ${l.where}`);
const linesOf = (log: LogLine[], child: number) => log.filter((l) => l.child === child && l.what !== 'arrived');

describe('a referral finding every Hub bed taken', () => {
  it('with no Hub beds at all, a referral is not left in a crisis placement waiting for a bed that does not exist', () => {
    const s = scenario({ ...referrals([0]), services: { hub: { beds: 0, maxWaitDays: 30 } }, placements: { whenHubFull: { crisisWait: 1 } } });
    const { log, figure } = runLogged(s);
    expect(events(log)).toEqual(['0 referral 1 Hub', '0 spillover 1 Hub', '0 placed-external 1 out of county']);
    // A whole year out of county at £6,000 a week; nothing in a crisis placement.
    expect(figure('cost.external')).toBeCloseTo((365 * 6000) / 7, 6);
  });

  it('a full Hub waiting list (services.hub.maxWaiting) sends the next referral straight on, and a place on it is taken again once freed', () => {
    // One bed, at most one waiting: child 2 waits from day 1, child 3 finds the list full on day 2.
    const s = scenario({ ...referrals([0, 1, 2]), services: { hub: { beds: 1, maxWaitDays: 30, maxWaiting: 1 } } });
    expect(events(runLogged(s).log)).toEqual([
      '0 referral 1 Hub', '0 placed-hub 1 Hub',
      '1 referral 2 Hub', '1 placed-waitingHub 2 waitingHub',
      '2 referral 3 Hub', '2 spillover 3 Hub', '2 placed-external 3 out of county',
      '28 returned-home 1 left', '28 placed-hub 2 Hub',
      '56 returned-home 2 left',
    ]);
    // maxWaiting 2: both wait, and the second one's 30 days run out on day 32.
    const two = scenario({ ...referrals([0, 1, 2]), services: { hub: { beds: 1, maxWaitDays: 30, maxWaiting: 2 } } });
    expect(events(runLogged(two).log).filter((l) => l.endsWith(' 3 Hub') || l.includes(' 3 waitingHub') || l.includes(' 3 out'))).toEqual([
      '2 referral 3 Hub', '2 placed-waitingHub 3 waitingHub', '32 spillover 3 Hub', '32 placed-external 3 out of county',
    ]);
  });

  it('a turned-away referral can go to family-based care (placements.whenHubFull.family), at the family price', () => {
    const s = scenario({ ...referrals([0, 1]), services: { hub: { beds: 1 } }, placements: { whenHubFull: { family: 1 } } });
    const { log, figure } = runLogged(s);
    expect(events(log)).toEqual(['0 referral 1 Hub', '0 placed-hub 1 Hub', '1 referral 2 Hub', '1 spillover 2 Hub', '1 placed-family 2 family', '28 returned-home 1 left']);
    expect(figure('hub.turnedAway')).toBe(1);
    expect(figure('cost.family')).toBeCloseTo((364 * 1000) / 7, 6);
    expect(figure('cost.external')).toBe(0);
  });

  it('a second wait for a Hub bed gets its own full maxWaitDays: the limit of an earlier wait, ended by an admission, does not cut it short', () => {
    // Child 1 holds the only bed days 0-10. Child 2 waits from day 1 (limit day 101), is admitted on day 10,
    // goes to a family placement on day 20 that breaks down at 365 a year (b within days: 20 < b < 90), and is
    // referred again. Child 3 took the bed on day 20 for 400 days ('complex' need), so child 2 waits again,
    // from the breakdown b, until b + 100: the first wait's limit on day 101 must not end it.
    const s = scenario({
      demand: [
        { name: 'short', arrivalDays: [0, 1], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'long', arrivalDays: [20], route: 'assessment', ageYears: fixed(10), needMix: { complex: 1 } },
      ],
      services: { hub: { beds: 1, maxWaitDays: 100, stayDays: fixed(10), stayDaysByNeed: { complex: fixed(400) }, outcomes: { home: 0, family: 1 } } },
      placements: { family: { breakdownPerYear: 365 } },
    });
    const { log } = runLogged(s);
    const two = linesOf(log, 2);
    const breakdowns = two.filter((l) => l.what === 'breakdown');
    expect(breakdowns.length).toBeGreaterThanOrEqual(1);
    const b = breakdowns[0].t;
    expect(b).toBeGreaterThan(20);
    expect(b).toBeLessThan(90);
    const after = two.filter((l) => l.t >= b).map((l) => l.what);
    expect(after.slice(0, 4)).toEqual(['breakdown', 'referral', 'placed-waitingHub', 'spillover']);
    expect(two.find((l) => l.what === 'spillover')!.t).toBeCloseTo(b + 100, 9);
    expect(two.some((l) => l.what !== 'arrived' && l.t > 100 && l.t < b + 100)).toBe(false);
  });
  it('a child whose crisis wait ran out and who is referred again joins the back of the Hub waiting list', () => {
    // Child 1 holds the only bed days 0-40 ('complex': 40-day stay). Child 2 waits from day 1; the 30-day limit
    // ends the wait on day 31 and they go external, a placement that breaks down at 365 a year (b, within days),
    // so they are referred again and wait from b. Child 3 has waited since day 20: the bed freed on day 40 is theirs.
    const s = scenario({
      demand: [
        { name: 'long', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { complex: 1 } },
        { name: 'short', arrivalDays: [1, 20], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
      ],
      services: { hub: { beds: 1, maxWaitDays: 30, stayDays: fixed(10), stayDaysByNeed: { complex: fixed(40) } } },
      placements: { external: { breakdownPerYear: 365 } },
    });
    const { log } = runLogged(s);
    const b = linesOf(log, 2).find((l) => l.what === 'breakdown')!.t;
    expect(b).toBeGreaterThan(31);
    expect(b).toBeLessThan(40);
    expect(linesOf(log, 2).filter((l) => l.t <= b).map((l) => l.what)).toEqual([
      'referral', 'placed-waitingHub', 'spillover', 'placed-external', 'breakdown', 'referral', 'placed-waitingHub',
    ]);
    expect(log.filter((l) => l.t === 40 && l.what.startsWith('placed-')).map((l) => `${l.what} ${l.child}`)).toEqual(['placed-hub 3']);
  });
});

describe('the whenHubFull mix and the random streams', () => {
  // Two beds, random stays and outcomes from the assessment stream; external placements break down,
  // bringing children back through the Hub, where their next stay and outcome are drawn again.
  const base = (patch: Record<string, unknown>) => scenario({
    horizonYears: 3,
    demand: [{ name: 'r', ratePerYear: 40, route: 'assessment', ageYears: { dist: 'uniform', min: 5, max: 12 }, needMix: { ebd: 1 } }],
    services: { hub: { beds: 2, stayDays: { dist: 'uniform', min: 10, max: 60 }, outcomes: { home: 0.3, family: 0.3, externalResidential: 0.4 } } },
    placements: { external: { breakdownPerYear: 3 }, family: { breakdownPerYear: 1 } },
    ...patch,
  });
  const logsOf = (s: Scenario) => [0, 1, 2].map((r) => runLogged(s, 5, r).log);

  it('a mix that leaves only external placement is the same policy as no mix with no waiting: the same children, the same journeys', () => {
    const none = logsOf(base({}));
    const mix = logsOf(base({ placements: { external: { breakdownPerYear: 3 }, family: { breakdownPerYear: 1 }, whenHubFull: { externalResidential: 1 } } }));
    expect(none.flat().filter((l) => l.what === 'spillover' && l.where === 'Hub').length).toBeGreaterThan(10);
    expect(mix).toEqual(none);
  });

  it('a mix that leaves only the crisis wait is the same policy as no mix with a wait limit', () => {
    const hubWait = { services: { hub: { beds: 2, maxWaitDays: 20, stayDays: { dist: 'uniform', min: 10, max: 60 }, outcomes: { home: 0.3, family: 0.3, externalResidential: 0.4 } } } };
    const none = logsOf(base(hubWait));
    const mix = logsOf(base({ ...hubWait, placements: { external: { breakdownPerYear: 3 }, family: { breakdownPerYear: 1 }, whenHubFull: { crisisWait: 1 } } }));
    expect(none.flat().filter((l) => l.what === 'placed-waitingHub').length).toBeGreaterThan(10);
    expect(mix).toEqual(none);
  });
});

describe('the draw of where a turned-away referral goes', () => {
  /** A child referred to a Hub with no beds, whose assessment stream gives `u`. */
  function referWith(mix: Record<string, number>, u: number): Child {
    const s = scenario({ ...referrals([]), services: { hub: { beds: 0 } }, placements: { whenHubFull: mix } });
    const st = createState(s, buildTimeline(s), 1, 0);
    const child = registerChild(st, acquireChild({ traits: 1, assessment: 2, placement: 3, support: 4 }, 0), 10, 0, false);
    const real = child.rng;
    child.rng = { traits: real.traits, assessment: () => u, placement: () => 0.99, support: real.support } as unknown as Child['rng'];
    seekHub(st, child);
    return child;
  }

  it('a share s of the mix takes exactly the draws in its own interval [from, from + s): a draw on the boundary goes to the next destination', () => {
    const mix = { family: 0.5, externalResidential: 0.5 };
    expect(referWith(mix, 0.4999).setting).toBe('family');
    expect(referWith(mix, 0.5).setting).toBe('external');
    expect(referWith(mix, 0.9999).setting).toBe('external');
  });

  it('a destination with share 0 is never drawn, even by a draw of exactly 0', () => {
    expect(referWith({ localPlace: 0, family: 0.5, externalResidential: 0.5 }, 0).setting).toBe('family');
  });
});

describe('the placement after an assessment', () => {
  it('only the first placement after a Hub assessment takes afterAssessmentBreakdownFactor; the next placement breaks down at its own rate', () => {
    // Factor 0: the family placement straight after the Hub never breaks down; it steps down
    // (36.5 a year) to a new family placement, which breaks down at 365 a year, ten times the step-down rate.
    const s = scenario({
      ...referrals([0, 5, 10, 15, 20, 25, 30, 35]),
      services: { hub: { beds: 10, stayDays: fixed(10), outcomes: { home: 0, family: 1 } } },
      placements: { family: { breakdownPerYear: 365, stepDownPerYear: 36.5 }, afterAssessmentBreakdownFactor: 0 },
    });
    const { log } = runLogged(s, 2);
    let brokeAfterStepDown = 0;
    for (let c = 1; c <= 8; c++) {
      const mine = linesOf(log, c).map((l) => l.what);
      const firstStep = mine.indexOf('step-down');
      const firstBreak = mine.indexOf('breakdown');
      // The placement straight after the assessment ends by a step-down, never a breakdown.
      expect(firstStep).toBeGreaterThan(-1);
      if (firstBreak >= 0) expect(firstBreak).toBeGreaterThan(firstStep);
      if (firstBreak === firstStep + 2) brokeAfterStepDown++;
    }
    // Each stepped-down placement breaks down before its own step-down with probability 10/11.
    expect(brokeAfterStepDown).toBeGreaterThanOrEqual(4);
  });
});

