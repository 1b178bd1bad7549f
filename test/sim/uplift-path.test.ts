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
