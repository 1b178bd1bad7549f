import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/sim/scenario.js';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import { runLogged, scenario, type LogLine } from '../sim/helpers.js';
import { richScenario } from '../sim/rich-scenario.js';
import { auditable } from '../audit/auditable.js';
import { auditOutreach, birthdaysOf } from '../audit/outreach-log.js';
import { periodsOf } from '../audit/periods.js';

/** The figures of one replication by id. */
function figuresOf(s: Scenario, values: ArrayLike<number>): (id: string) => number {
  const ids = catalogueOf(s).scalars.map((m) => m.id);
  return (id) => {
    const i = ids.indexOf(id);
    if (i < 0) throw new Error(`no figure ${id}`);
    return values[i];
  };
}
const near = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

/** Real (non-auditable) runs: drawn prices, single occupancy, cost growth, warm-up. */
const RICH: [string, Scenario][] = [
  ['rich scenario from 1 April', richScenario()],
  ['rich scenario from 10 July 2027 across a leap year, 2.6 years', richScenario({ startDate: '2027-07-10', horizonYears: 2.6 })],
];

describe('accounting identities on real runs', () => {
  for (const [name, s] of RICH) {
    it(`${name}: costs by financial year and by category each add up to the total`, () => {
      const ids = catalogueOf(s).scalars.map((m) => m.id);
      const cats = ['localFixed', 'localVariable', 'outreach', 'family', 'external', 'other'];
      const fys = [...new Set(ids.filter((id) => /^cost\.fy\d+\.total$/.test(id)))];
      expect(fys.length).toBeGreaterThanOrEqual(3);
      for (let r = 0; r < 3; r++) {
        const f = figuresOf(s, runReplication(s, 7, r).values);
        expect(f('cost.total')).toBeGreaterThan(0);
        near(cats.reduce((a, c) => a + f(`cost.${c}`), 0), f('cost.total'));
        near(fys.reduce((a, id) => a + f(id), 0), f('cost.total'));
        for (const c of cats) near(fys.reduce((a, id) => a + f(id.replace('total', c)), 0), f(`cost.${c}`));
        for (const id of fys) near(cats.reduce((a, c) => a + f(id.replace('total', c)), 0), f(id));
        expect(f('cost.outOfCounty')).toBeLessThanOrEqual(f('cost.external'));
      }
    });

    it(`${name}: every child in care in the period either left it (18, home, special guardianship) or is still in care at the end`, () => {
      for (let r = 0; r < 3; r++) {
        const { log, figure } = runLogged(s, 11, r);
        const stillInCare = childrenInCareAtEnd(log);
        expect(figure('children.inCare')).toBeGreaterThan(stillInCare);
        expect(figure('children.inCare')).toBe(figure('children.turned18') + figure('children.returnedHome') + figure('children.sgo') + stillInCare);
      }
    });
  }
});

/** Children whose last line is a placement (not leaving care, not at risk). */
function childrenInCareAtEnd(log: LogLine[]): number {
  const last = new Map<number, string>();
  for (const l of log) if (l.what.startsWith('placed-') || l.where === 'left' || l.what === 'at-risk') last.set(l.child, l.what);
  return [...last.values()].filter((w) => w.startsWith('placed-')).length;
}

describe('accounting identities on small scenarios worked by hand', () => {
  it('fixed cost = places × days open × weekly rate / 7, stepped by financial-year growth, whatever the occupancy', () => {
    // 3 Hub beds at £5,200 a week; a home of 2 beds at £4,000 opening 1 October 2026 (183 days after
    // 1 April); 4 outreach slots at £660. One calendar year from 1 April 2026 = 365 days, all in
    // FY 2026/27. docs/model.md charges the outreach weekly rate on 52-week years (seed 001 §14:
    // slots × £660 × 52 a year), so a day of outreach costs slots × £660 × 52 / 365.25.
    const s = scenario({
      demand: [{ name: 'referrals', ratePerYear: 30, route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }],
      services: {
        homes: [{ name: 'New', beds: 2, fixedWeeklyGbpPerBed: 4000, opens: '2026-10-01' }],
        outreach: { slots: 4 },
      },
    });
    const f = figuresOf(s, runReplication(s, 3, 0).values);
    near(f('cost.localFixed'), (3 * 365 * 5200) / 7 + (2 * (365 - 183) * 4000) / 7);
    near(f('cost.outreach'), (4 * 660 * 52 * 365) / 365.25);
    near(f('cost.fy2026.localFixed'), f('cost.localFixed'));
  });

  it('out-of-county days charged = out-of-county days counted (one fixed weekly price, no uplift, no growth)', () => {
    const s = auditable({ costGrowthPerYear: 0 });
    s.placements.external.breakdownUpliftWeeklyGbp = 0;
    for (const row of s.initialCaseload) row.weeklyCostGbp = 5400;
    for (let r = 0; r < 3; r++) {
      const f = figuresOf(s, runReplication(s, 5, r).values);
      expect(f('ooc.childWeeks')).toBeGreaterThan(10);
      near(f('cost.outOfCounty'), f('ooc.childWeeks') * 5400);
    }
  });

  it('Hub referrals = admissions + turned away (loss system), + still waiting when referrals may wait', () => {
    const loss = auditable();
    loss.services.hub.maxWaitDays = 0;
    const waiting = auditable({ warmupYears: 0, initialCaseload: [] });
    for (const [s, canWait] of [[loss, false], [waiting, true]] as const) {
      const { log, figure } = runLogged(s, 9, 0);
      const stillWaiting = canWait ? waitingForHubAtEnd(log) : 0;
      expect(figure('hub.turnedAway')).toBeGreaterThan(0);
      expect(figure('spillover.referrals')).toBe(figure('hub.admissions') + figure('hub.turnedAway') + stillWaiting);
    }
  });

  it('outreach requests = started + went without + still waiting + stopped waiting because the risk or the wait\'s reason ended', () => {
    const s = auditable({ warmupYears: 0 });
    const { log, figure } = runLogged(s, 13, 0);
    // Without a warm-up every line is in the period. The fourth term: a wait ended by the risk
    // passing, an at-risk breakdown, or the 18th birthday (docs/model.md "Services"), which the log
    // does not show for a young person who has already left care, so birthdays come from ages.
    const ends = auditOutreach(log, () => true, birthdaysOf(s, log), periodsOf(s).horizonT);
    expect(ends.endedByRisk).toBeGreaterThan(0);
    expect(figure('outreach.wentWithout')).toBeGreaterThan(0);
    expect(ends.stillWaiting).toBeGreaterThan(0);
    expect(figure('outreach.requests')).toBe(figure('outreach.admissions') + figure('outreach.wentWithout') + ends.stillWaiting + ends.endedByRisk);
  });
});

function waitingForHubAtEnd(log: LogLine[]): number {
  const waiting = new Set<number>();
  for (const l of log) {
    if (l.what === 'placed-waitingHub') waiting.add(l.child);
    else if (l.what.startsWith('placed-') || l.where === 'left') waiting.delete(l.child);
  }
  return waiting.size;
}
