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
// Distinct amounts for the other two kinds of next placement (seed 003's rows), so a test sees which one was charged.
const LOCAL = 227.91;
const FAMILY = 513.99;
const everywhere = { localResidential: { breakdownUpliftWeeklyGbp: LOCAL }, family: { breakdownUpliftWeeklyGbp: FAMILY } };
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
  const breaksDown = { ...everywhere, family: { breakdownPerYear: 50, breakdownUpliftWeeklyGbp: FAMILY }, external: { breakdownUpliftWeeklyGbp: UPLIFT } };

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
  // blocker placed on day 0 they spill over to an external placement. Either way an uplift is charged: the amount
  // each kind of placement states (placements.*.breakdownUpliftWeeklyGbp).
  const HOME_VARIABLE = 500;
  const blockerInHome = { name: 'in the home', arrivalDays: [0], route: 'direct', ageYears: fixed(12), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } };
  const withHome = (taken: boolean, local = LOCAL) => scenario({
    demand: taken ? [blockerInHome, fragile([1])] : [fragile([1])],
    services: {
      hub: { beds: 1, stayDays: fixed(28), outcomes: { home: 0, inHouseHome: 1 } },
      homes: [{ name: 'Home', beds: 1, fixedWeeklyGbpPerBed: 5000, variableWeeklyGbpPerChild: HOME_VARIABLE }],
    },
    placements: { family: { breakdownPerYear: 50, breakdownUpliftWeeklyGbp: FAMILY }, localResidential: { breakdownUpliftWeeklyGbp: local }, external: { breakdownUpliftWeeklyGbp: UPLIFT } },
  });
  /** Weekly variable cost of child 1's home placement, from the log and cost.localVariable, and the uplift's share of it. */
  const homeWeekly = (s: ReturnType<typeof scenario>) => {
    const { log, figure } = runLogged(s);
    const placed = log.find((l) => l.what === 'placed-home' && l.child === 1);
    if (!placed) throw new Error(`child 1 never reached the home: ${JSON.stringify(log)}`);
    const weeks = (365 - placed.t) / 7;
    return { weekly: figure('cost.localVariable') / weeks, uplift: figure('cost.breakdownUplift') / weeks };
  };
  /** Weekly price of child 2's external placement (the blocker is child 1), and the uplift's share of it. */
  const spilledWeekly = (s: ReturnType<typeof scenario>) => {
    const { log, figure } = runLogged(s);
    const placed = log.find((l) => l.what === 'placed-external' && l.child === 2);
    if (!placed) throw new Error(`child 2 never went external: ${JSON.stringify(log)}`);
    const weeks = (365 - placed.t) / 7;
    return { weekly: figure('cost.external') / weeks, uplift: figure('cost.breakdownUplift') / weeks };
  };

  it('a free home bed carries the local amount on its variable rate; the external placement of a child who finds none carries the external amount', () => {
    const home = homeWeekly(withHome(false));
    expect(home.weekly).toBeCloseTo(HOME_VARIABLE + LOCAL, 6);
    expect(home.uplift).toBeCloseTo(LOCAL, 6);
    const spilled = spilledWeekly(withHome(true));
    expect(spilled.weekly).toBeCloseTo(6000 + UPLIFT, 6);
    expect(spilled.uplift).toBeCloseTo(UPLIFT, 6);
  });

  it('family-based care after a breakdown carries the family amount', () => {
    // An external placement that breaks down within days, then the Hub, then family care that does not break down.
    const s = scenario({
      demand: [{ name: 'fragile', arrivalDays: [0], route: 'direct', ageYears: fixed(10), needMix: { ebd: 1 }, placement: { externalResidential: 1 } }],
      services: { hub: { beds: 1, stayDays: fixed(28), outcomes: { home: 0, family: 1 } } },
      placements: { ...everywhere, external: { breakdownPerYear: 50, breakdownUpliftWeeklyGbp: UPLIFT } },
    });
    const { log, figure } = runLogged(s);
    const family = log.filter((l) => l.what === 'placed-family' && l.child === 1);
    expect(family).toHaveLength(1);
    const weeks = (365 - family[0].t) / 7;
    expect(figure('cost.family')).toBeCloseTo(weeks * (1000 + FAMILY), 4);
    expect(figure('cost.breakdownUplift')).toBeCloseTo(weeks * FAMILY, 4);
  });

  it('a local amount of 0 charges nothing on the home bed (carecap\'s rule before 1 December 2026), the external amount still on the spill-over', () => {
    expect(homeWeekly(withHome(false, 0))).toEqual({ weekly: expect.closeTo(HOME_VARIABLE, 6), uplift: 0 });
    expect(spilledWeekly(withHome(true, 0)).weekly).toBeCloseTo(6000 + UPLIFT, 6);
  });
});

describe('the uplift is stated for every kind of next placement, or for none', () => {
  const refused = (placements: Record<string, unknown>) => {
    try {
      scenario({ placements });
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };

  it('an external amount alone is refused, naming the two left out and what leaving them out would do', () => {
    const message = refused({ external: { breakdownUpliftWeeklyGbp: UPLIFT } });
    expect(message).toMatch(/^placements\.localResidential\.breakdownUpliftWeeklyGbp: state it: placements\.external\.breakdownUpliftWeeklyGbp is £2,077\.63 a week.*a local house or home.*MODEL\.md "Breakdown" has the same 2,077\.63.*lets a free place of this kind save the uplift/m);
    expect(message).toMatch(/^placements\.family\.breakdownUpliftWeeklyGbp: state it/m);
    expect(message.split('\n')).toHaveLength(2);
  });

  it('a 0 stated counts as stated; no amount anywhere is no uplift anywhere', () => {
    expect(refused({ external: { breakdownUpliftWeeklyGbp: UPLIFT }, localResidential: { breakdownUpliftWeeklyGbp: 0 }, family: { breakdownUpliftWeeklyGbp: 0 } })).toBe('accepted');
    expect(refused({})).toBe('accepted');
  });

  it('the old switch breakdownUpliftOn is refused with what replaced it', () => {
    expect(refused({ ...everywhere, external: { breakdownUpliftWeeklyGbp: UPLIFT, breakdownUpliftOn: 'externalOnly' } }))
      .toMatch(/placements\.external\.breakdownUpliftOn: was replaced .* externalOnly is 0 in the last two/);
  });
});
