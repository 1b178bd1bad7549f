import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { startFromCaseload } from '../../src/sim/model/caseload-start.js';
import { runLogged, scenario } from './helpers.js';

const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const row = (setting: string, weeksInPlacement: number, extra: Record<string, unknown> = {}) =>
  ({ ageYears: 12, need: 'ebd', setting, weeklyCostGbp: 0, weeksInPlacement, ...extra });
const carers = (n: number, searchesPerYear: number) => ({
  specialistShare: 0,
  pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: n, weeklyGbp: 700 }],
  whenNoCarer: 'residential',
  // One search every 10 days from the start (36.525 a year): the first on day 5 (foster-supply.test.ts).
  stepDownSearches: [{ from: '2026-04-01', perYear: searchesPerYear }],
});

describe("today's caseload: time already stayed", () => {
  it('a Hub stay (fixed 28 days) already 2 weeks in ends on day 14; one already 28 days in ends the next day', () => {
    const s = scenario({
      services: { hub: { beds: 2, stayDays: { dist: 'fixed', value: 28 }, outcomes: { home: 1 } } },
      initialCaseload: [row('hub', 2), row('hub', 4)],
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what === 'returned-home').map(line)).toEqual(['1 returned-home 2 left', '14 returned-home 1 left']);
  });

  it('an emergency stay (fixed 84 days) already 2 weeks in ends on day 70', () => {
    const s = scenario({
      services: { homes: [{ name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: { dist: 'fixed', value: 84 }, exits: { home: 1 } }] },
      initialCaseload: [row('home:Jarvis', 2)],
    });
    const { log } = runLogged(s);
    expect(log.map(line)).toEqual(['0 placed-home 1 Jarvis', '70 stay-ended 1 Jarvis', '70 returned-home 1 left']);
  });
});

describe("today's caseload: where each child is", () => {
  it('a child stays where they are even if the place would not take them as a new referral (age, purpose)', () => {
    const s = scenario({
      services: { homes: [{ name: 'Under 14s', beds: 1, fixedWeeklyGbpPerBed: 5500, maxAge: 14 }] },
      initialCaseload: [row('home:Under 14s', 2, { ageYears: 16 })],
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.t === 0).map(line)).toEqual(['0 placed-home 1 Under 14s']);
    expect(figure('children.caseloadMoved')).toBe(0);
  });

  it('a child in a house closed on the start date moves as a house move would: to another house before a home', () => {
    const s = scenario({
      services: {
        houses: [
          { name: 'Closed', registration: 'registered', fixedWeeklyGbpPerPlace: 1, closes: '2026-04-01' },
          { name: 'Open', registration: 'registered', fixedWeeklyGbpPerPlace: 1 },
        ],
        homes: [{ name: 'Home', beds: 2, fixedWeeklyGbpPerBed: 1 }],
      },
      initialCaseload: [row('house:Closed', 10)],
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.t === 0).map(line)).toEqual(['0 placed-house 1 Open']);
    expect(figure('children.caseloadMoved')).toBe(1);
  });

  it('a place is found by its kind and full name, a name with a colon included', () => {
    const s = scenario({
      services: { homes: [{ name: 'Welland: North', beds: 1, fixedWeeklyGbpPerBed: 1 }] },
      initialCaseload: [row('home:Welland: North', 2)],
    });
    expect(runLogged(s).log.filter((l) => l.t === 0).map(line)).toEqual(['0 placed-home 1 Welland: North']);
  });

  it('a row naming no place of that kind is refused with its row number and setting, even if the scenario skipped validation', () => {
    const valid = scenario({
      services: { houses: [{ name: 'Ash', registration: 'registered', fixedWeeklyGbpPerPlace: 1 }] },
      initialCaseload: [row('hub', 1), row('house:Ash', 2)],
    });
    // Validation names the setting first (scenario-checks); the model does not rely on it.
    expect(() => scenario({ services: { houses: [{ name: 'Ash', registration: 'registered', fixedWeeklyGbpPerPlace: 1 }] }, initialCaseload: [row('home:Ash', 2)] }))
      .toThrow('initialCaseload[0].setting: unknown setting "home:Ash"');
    const s = { ...valid, initialCaseload: [valid.initialCaseload[0], { ...valid.initialCaseload[1], setting: 'home:Ash' }] };
    expect(() => runReplication(s, 1, 0)).toThrow(new Error('caseload row 2: no place for setting "home:Ash"'));
  });

  it('outreach is requested for the rows that say so, and only those', () => {
    const s = scenario({
      services: { outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 100 } } },
      initialCaseload: [row('family', 1), row('family', 1, { outreach: true }), row('external-in-county', 1)],
    });
    expect(runLogged(s).log.filter((l) => l.what.startsWith('outreach')).map(line)).toEqual(['0 outreach-start 2 Outreach', '100 outreach-end 2 Outreach']);
  });
});

describe("today's caseload and step-down to foster care", () => {
  it('a child in foster care today holds a carer: with one carer, the first step-down must wait', () => {
    const s = scenario({
      services: { homes: [{ name: 'Home A', beds: 1, fixedWeeklyGbpPerBed: 5500 }], fosterCarers: carers(1, 36.525) },
      initialCaseload: [row('family', 20), row('home:Home A', 10)],
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.t === 5).map(line)).toEqual(['5 step-down-search 2 Home A', '5 step-down-wait 2 Home A']);
  });

  it('the child longest in a long-term placement is put forward first, counting from when the placement began; an emergency stay is not a step-down candidate', () => {
    const s = scenario({
      services: {
        homes: [
          { name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: { dist: 'fixed', value: 200 }, exits: { home: 1 } },
          { name: 'Long', beds: 2, fixedWeeklyGbpPerBed: 5500 },
        ],
        fosterCarers: carers(3, 36.525),
      },
      // Row 1 has been in the emergency home longest (not a candidate); row 3 has been in Long longer than row 2.
      initialCaseload: [row('home:Jarvis', 20), row('home:Long', 2), row('home:Long', 8)],
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what === 'step-down-search' && l.t < 30).map(line)).toEqual([
      '5 step-down-search 3 Long', '15 step-down-search 2 Long', '25 step-down-search 0 none',
    ]);
  });

  it('a child moved from a closed home starts a new placement today: a child already in the open home is put forward first', () => {
    const s = scenario({
      services: {
        homes: [
          { name: 'Closed', beds: 1, fixedWeeklyGbpPerBed: 1, closes: '2026-04-01' },
          { name: 'Open', beds: 2, fixedWeeklyGbpPerBed: 1 },
        ],
        fosterCarers: carers(2, 36.525),
      },
      initialCaseload: [row('home:Closed', 50), row('home:Open', 1)],
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.t === 0 && l.what.startsWith('placed')).map(line)).toEqual(['0 placed-home 1 Open', '0 placed-home 2 Open']);
    expect(log.filter((l) => l.what === 'step-down-search' && l.t < 20).map(line)).toEqual(['5 step-down-search 2 Open', '15 step-down-search 1 Open']);
  });
});

describe("today's caseload: random streams", () => {
  it("each caseload child has four streams of its own, one per purpose, independent of other children's", () => {
    const s = scenario({ initialCaseload: [row('family', 1), row('family', 1)] });
    const st = createState(s, buildTimeline(s), 1, 0);
    startFromCaseload(st, s.initialCaseload);
    const firsts = [...st.children].flatMap((c) => [c.rng.traits(), c.rng.assessment(), c.rng.placement(), c.rng.support()]);
    expect(new Set(firsts).size).toBe(8);
    for (const u of firsts) expect(Number.isFinite(u) && u >= 0 && u < 1).toBe(true);
  });
});
