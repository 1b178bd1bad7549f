import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { runLogged, scenario } from './helpers.js';

/**
 * Spill-overs and out-of-county placements are events; `spillover.children`
 * and `ooc.children` count each child once in the reporting period. Scripted
 * scenarios whose answers are known by hand, and an identity on a random one.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const referral = (name: string, days: number[]) => ({ name, arrivalDays: days, route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } });

describe('children counted once', () => {
  it('a child turned away by a full Hub three times is three spill-overs but one child', () => {
    // One Hub bed taken all year by child 1; child 2 is turned away on day 1 to an out-of-county placement that
    // breaks down within days (a hazard of 50 a year), is referred again, turned away again, and so on.
    const s = scenario({
      demand: [referral('long', [0]), referral('churn', [1])],
      services: { hub: { beds: 1, stayDays: fixed(400) } },
      placements: { external: { breakdownPerYear: 50 } },
    });
    const { log, figure } = runLogged(s);
    const spills = log.filter((l) => l.what === 'spillover');
    expect(new Set(spills.map((l) => l.child))).toEqual(new Set([2]));
    expect(spills.length).toBeGreaterThanOrEqual(3);
    expect(figure('spillover.count')).toBe(spills.length);
    expect(figure('spillover.children')).toBe(1);
    expect(figure('ooc.placements')).toBe(spills.length);
    expect(figure('ooc.children')).toBe(1);
    // Every external placement here is one a spill-over sent the child to: the cost of spill-overs is all of it.
    expect(figure('cost.spillovers')).toBeCloseTo(figure('cost.external'), 6);
    expect(figure('cost.spillovers')).toBeGreaterThan(0);
  });

  it("the cost of spill-overs leaves out today's out-of-county children and a crisis wait that ends in a Hub bed", () => {
    const row = { ageYears: 12, need: 'ebd', setting: 'external-out-of-county', weeklyCostGbp: 7000, weeksInPlacement: 10 };
    // Child 2 waits in a crisis placement for the Hub's one bed (held by child 1 for 30 days), then gets it: no spill-over.
    const s = scenario({
      demand: [referral('first', [0]), referral('waits', [1])],
      services: { hub: { beds: 1, stayDays: fixed(30), maxWaitDays: 60 } },
      placements: { whenHubFull: { crisisWait: 1 } },
      initialCaseload: [row],
    });
    const { log, figure } = runLogged(s);
    expect(log.some((l) => l.what === 'placed-waitingHub')).toBe(true);
    expect(figure('spillover.count')).toBe(0);
    expect(figure('cost.external')).toBeGreaterThan(0);
    expect(figure('cost.spillovers')).toBe(0);
  });

  it("today's out-of-county children are counted once, with the new ones, and in-county ones not at all", () => {
    const row = (setting: string) => ({ ageYears: 12, need: 'ebd', setting, weeklyCostGbp: 7000, weeksInPlacement: 10 });
    const s = scenario({
      demand: [referral('long', [0]), referral('turned away', [5])],
      services: { hub: { beds: 1, stayDays: fixed(400) } },
      initialCaseload: [row('external-out-of-county'), row('external-out-of-county'), row('external-in-county')],
    });
    const { figure } = runLogged(s);
    expect(figure('ooc.placements')).toBe(1); // today's are not starts
    expect(figure('ooc.children')).toBe(3);
    expect(figure('spillover.children')).toBe(1);
  });

  it('after a warm-up, spill-overs count from the period on, and a child out of county when it starts counts once', () => {
    // Referrals at 30 a year into one Hub bed held 400 days: most are turned away, out of county for good (no
    // breakdowns or exits, ages 10 so nobody turns 18). Read from the event log, over several replications.
    const s = scenario({
      warmupYears: 0.5,
      horizonYears: 1,
      demand: [{ name: 'referrals', ratePerYear: 30, route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: { hub: { beds: 1, stayDays: fixed(400) } },
    });
    const origin = buildTimeline(s).originT; // the reporting period starts here
    let warmupOoc = 0;
    for (let r = 0; r < 5; r++) {
      const { log, figure } = runLogged(s, 3, r);
      const spills = log.filter((l) => l.what === 'spillover' && l.t >= origin);
      const ooc = new Set(log.filter((l) => l.what === 'placed-external').map((l) => l.child));
      warmupOoc += new Set(log.filter((l) => l.what === 'placed-external' && l.t < origin).map((l) => l.child)).size;
      expect(figure('spillover.count')).toBe(spills.length);
      expect(figure('spillover.children')).toBe(new Set(spills.map((l) => l.child)).size);
      expect(figure('ooc.children')).toBe(ooc.size);
      expect(figure('ooc.placements')).toBeLessThan(ooc.size); // the warm-up's are not starts in the period, but are counted children
    }
    expect(warmupOoc).toBeGreaterThan(0); // the case the rule is about happened
  });
});
