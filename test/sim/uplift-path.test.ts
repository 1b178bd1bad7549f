import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

/**
 * One rule per cost effect (issue 11): the breakdown uplift (seed 003,
 * +£2,077.63 a week) follows the child's history, not the route. A child
 * whose family placement breaks down and who ends up in an external
 * placement pays the same weekly price whether the Hub had a bed, was full,
 * or kept them waiting until the wait ran out.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const UPLIFT = 2077.63;
const fragile = (days: number[], age = 10) => ({ name: 'fragile', arrivalDays: days, route: 'direct', ageYears: fixed(age), needMix: { ebd: 1 }, placement: { family: 1 } });
const blocker = { name: 'blocker', arrivalDays: [0], route: 'assessment', ageYears: fixed(12), needMix: { ebd: 1 } };

/** Weekly price of child `id`'s external placement: cost of its days, read off the log and cost.external. */
function externalWeekly(s: ReturnType<typeof scenario>, id: number): number {
  const { log, figure } = runLogged(s);
  const placed = log.find((l) => l.what === 'placed-external' && l.child === id);
  if (!placed) throw new Error(`child ${id} never went external: ${JSON.stringify(log)}`);
  const waited = log.filter((l) => l.what === 'placed-waitingHub' && l.child === id).map((l) => placed.t - l.t)[0] ?? 0;
  const crisis = (waited * 6250) / 7;
  return ((figure('cost.external') - crisis) / (365 - placed.t)) * 7;
}

describe('the breakdown uplift follows the child, whatever the route', () => {
  const breaksDown = { family: { breakdownPerYear: 50 }, external: { breakdownUpliftWeeklyGbp: UPLIFT } };

  it('through a Hub bed and on to an external placement', () => {
    const s = scenario({
      demand: [fragile([0])],
      services: { hub: { beds: 1, stayDays: fixed(28), outcomes: { home: 0, externalResidential: 1 } } },
      placements: breaksDown,
    });
    expect(externalWeekly(s, 1)).toBeCloseTo(6000 + UPLIFT, 6);
  });

  it('turned away by a full Hub', () => {
    const s = scenario({ demand: [fragile([0])], services: { hub: { beds: 0 } }, placements: breaksDown });
    expect(externalWeekly(s, 1)).toBeCloseTo(6000 + UPLIFT, 6);
  });

  it('after a crisis wait for a Hub bed runs out', () => {
    const s = scenario({
      demand: [blocker, fragile([0])],
      services: { hub: { beds: 1, stayDays: fixed(200), maxWaitDays: 5, outcomes: { home: 1 } } },
      placements: { ...breaksDown, whenHubFull: { crisisWait: 1 } },
    });
    expect(externalWeekly(s, 2)).toBeCloseTo(6000 + UPLIFT, 6);
  });

  it('not for a child entering care from an at-risk situation (no placement in care broke down)', () => {
    const s = scenario({
      demand: [{ name: 'at-risk', arrivalDays: [0], route: 'outreach', ageYears: fixed(10), needMix: { ebd: 1 }, riskDays: fixed(300), riskBreakdownPerYear: 50 }],
      services: { hub: { beds: 0 } },
      placements: breaksDown,
    });
    expect(externalWeekly(s, 1)).toBeCloseTo(6000, 6);
  });
});

describe('the breakdown uplift does not depend on whether a bed was free (MODEL.md "Breakdown")', () => {
  // Child 1's family placement breaks down within days; the Hub has a bed; after 28 days the child is sent to the
  // in-house home (variable rate £500 a week). With the home's one bed free they go there; with it taken by a
  // blocker placed on day 0 they spill over to an external placement. Either way the uplift is charged.
  const HOME_VARIABLE = 500;
  const blockerInHome = { name: 'in the home', arrivalDays: [0], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } };
  const withHome = (taken: boolean, on?: 'anyNextPlacement' | 'externalOnly') => scenario({
    demand: taken ? [blockerInHome, fragile([1])] : [fragile([1])],
    services: {
      hub: { beds: 1, stayDays: fixed(28), outcomes: { home: 0, inHouseHome: 1 } },
      homes: [{ name: 'Home', beds: 1, fixedWeeklyGbpPerBed: 5000, variableWeeklyGbpPerChild: HOME_VARIABLE }],
    },
    placements: { family: { breakdownPerYear: 50 }, external: { breakdownUpliftWeeklyGbp: UPLIFT, ...(on ? { breakdownUpliftOn: on } : {}) } },
  });
  /** Weekly variable cost of child 1's home placement, from the log and cost.localVariable. */
  const homeWeekly = (s: ReturnType<typeof scenario>) => {
    const { log, figure } = runLogged(s);
    const placed = log.find((l) => l.what === 'placed-home' && l.child === 1);
    if (!placed) throw new Error(`child 1 never reached the home: ${JSON.stringify(log)}`);
    return (figure('cost.localVariable') / (365 - placed.t)) * 7;
  };
  /** Weekly price of child 2's external placement (the blocker is child 1). */
  const spilledWeekly = (s: ReturnType<typeof scenario>) => {
    const { log, figure } = runLogged(s);
    const placed = log.find((l) => l.what === 'placed-external' && l.child === 2);
    if (!placed) throw new Error(`child 2 never went external: ${JSON.stringify(log)}`);
    return (figure('cost.external') / (365 - placed.t)) * 7;
  };

  it('a free home bed carries the uplift on its variable rate, as the external placement of a child who finds none carries it on its price', () => {
    expect(homeWeekly(withHome(false))).toBeCloseTo(HOME_VARIABLE + UPLIFT, 6);
    expect(spilledWeekly(withHome(true))).toBeCloseTo(6000 + UPLIFT, 6);
  });

  it('family-based care after a breakdown carries it too', () => {
    // An external placement that breaks down within days, then the Hub, then family care that does not break down.
    const s = scenario({
      demand: [{ name: 'fragile', arrivalDays: [0], route: 'direct', ageYears: fixed(10), needMix: { ebd: 1 }, placement: { externalResidential: 1 } }],
      services: { hub: { beds: 1, stayDays: fixed(28), outcomes: { home: 0, family: 1 } } },
      placements: { external: { breakdownPerYear: 50, breakdownUpliftWeeklyGbp: UPLIFT } },
    });
    const { log, figure } = runLogged(s);
    const family = log.filter((l) => l.what === 'placed-family' && l.child === 1);
    expect(family).toHaveLength(1);
    expect(figure('cost.family')).toBeCloseTo(((365 - family[0].t) * (1000 + UPLIFT)) / 7, 4);
  });

  it('breakdownUpliftOn: externalOnly charges it on external placements alone (the rule before 1 December 2026)', () => {
    expect(homeWeekly(withHome(false, 'externalOnly'))).toBeCloseTo(HOME_VARIABLE, 6);
    expect(spilledWeekly(withHome(true, 'externalOnly'))).toBeCloseTo(6000 + UPLIFT, 6);
  });
});
