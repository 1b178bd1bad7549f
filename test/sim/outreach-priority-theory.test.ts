import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import type { Scenario } from '../../src/sim/scenario.js';
import { erlangC } from './queueing.js';
import { scenario } from './helpers.js';

/**
 * The outreach team's priority order (services.outreach.priority; MODEL.md: a child waits "FIFO, or by
 * priority") against queueing theory: an M/M/c queue with two classes served non-preemptively, every
 * episode exponential with the same mean. Cobham's formula (Cobham 1954; Kleinrock, Queueing Systems
 * vol. 2, §3.6) gives class k's mean wait
 *   W_k = C(c, a) / (cμ) / ((1 − σ_{k−1})(1 − σ_k)),   σ_k = Σ_{i ≤ k} λ_i / (cμ),
 * with C(c, a) Erlang C. First come, first served gives every class the same wait, C / (cμ − λ), and the
 * order changes who waits, not the work in the system: Σ λ_k W_k is the same under any order.
 *
 * Class "leaveHub": children leaving a Hub of ample beds after a fixed 1-day stay (the output of an M/D/∞
 * queue is Poisson at the input rate). Class "atRisk": children at home whose risk never ends. Tolerances:
 * 3 standard errors of the mean over replications.
 */
const YEAR = 365.25;
const SLOTS = 3;
const MEAN = 30;
const LOAD = { leaveHub: 0.9, atRisk: 1.5 }; // Erlangs: 2.4 on 3 slots, ρ = 0.8

function twoClasses(priority?: string[]): Scenario {
  return scenario({
    horizonYears: 10,
    warmupYears: 2,
    demand: [
      { name: 'assessed', ratePerYear: (LOAD.leaveHub * YEAR) / MEAN, route: 'assessment', ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 } },
      {
        name: 'at-risk', ratePerYear: (LOAD.atRisk * YEAR) / MEAN, route: 'outreach', ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 },
        riskDays: { dist: 'fixed', value: 100_000 }, riskBreakdownPerYear: 0,
      },
    ],
    services: {
      hub: { beds: 1000, stayDays: { dist: 'fixed', value: 1 }, fixedWeeklyGbpPerBed: 0, outcomes: { home: 1 } },
      outreach: { slots: SLOTS, episodeDays: { dist: 'exponential', mean: MEAN }, startOn: ['leaveHub', 'atRisk'], ...(priority ? { priority } : {}) },
    },
  });
}

/** Mean and standard error over replications of each figure. */
function estimates(s: Scenario, ids: string[], n: number) {
  const cat = catalogueOf(s).scalars.map((m) => m.id);
  const idx = ids.map((id) => {
    const i = cat.indexOf(id);
    if (i < 0) throw new Error(`no figure ${id}`);
    return i;
  });
  const sums = ids.map(() => [0, 0]);
  for (let r = 0; r < n; r++) {
    const v = runReplication(s, 20261201, r).values;
    idx.forEach((i, k) => { sums[k][0] += v[i]; sums[k][1] += v[i] * v[i]; });
  }
  return Object.fromEntries(ids.map((id, k) => {
    const mean = sums[k][0] / n;
    return [id, { mean, se: Math.sqrt((sums[k][1] / n - mean * mean) / (n - 1)) }];
  }));
}

const a = LOAD.leaveHub + LOAD.atRisk;
const cMu = SLOTS / MEAN;
const base = erlangC(SLOTS, a) / cMu;
/** Cobham's mean wait of the class whose higher-priority load (in Erlangs) is `above`, own load `own`. */
const cobham = (above: number, own: number) => base / ((1 - above / SLOTS) * (1 - (above + own) / SLOTS));
const WAIT = (k: string) => `outreach.byRequest.${k}.meanWaitDays`;

describe('outreach by priority against Cobham\'s formula (M/M/3, two classes, ρ = 0.8)', () => {
  it.each([
    [['leaveHub'], 'leaveHub', 'atRisk'],
    [['atRisk', 'leaveHub'], 'atRisk', 'leaveHub'],
  ])('priority %j: the first class waits W₁, the other W₂', (priority, first, second) => {
    const loadOf = (k: string) => LOAD[k as keyof typeof LOAD];
    const est = estimates(twoClasses(priority), [WAIT(first), WAIT(second), 'outreach.meanWaitDays'], 300);
    const w1 = cobham(0, loadOf(first));
    const w2 = cobham(loadOf(first), loadOf(second));
    expect(w2).toBeGreaterThan(2 * w1); // the test can tell the classes apart
    expect(Math.abs(est[WAIT(first)].mean - w1)).toBeLessThan(3 * est[WAIT(first)].se);
    expect(Math.abs(est[WAIT(second)].mean - w2)).toBeLessThan(3 * est[WAIT(second)].se);
    // Conservation: the load-weighted mean wait is first come, first served's, C / (cμ − λ).
    const fifo = base / (1 - a / SLOTS);
    expect(Math.abs(est['outreach.meanWaitDays'].mean - fifo)).toBeLessThan(3 * est['outreach.meanWaitDays'].se);
  });

  it('an empty priority list is first come, first served: both classes wait C / (cμ − λ)', () => {
    const est = estimates(twoClasses([]), [WAIT('leaveHub'), WAIT('atRisk')], 300);
    const fifo = base / (1 - a / SLOTS);
    for (const k of ['leaveHub', 'atRisk']) expect(Math.abs(est[WAIT(k)].mean - fifo)).toBeLessThan(3 * est[WAIT(k)].se);
  });

  it('without a priority the results are those of an empty priority list, draw for draw, per-request figures included', () => {
    const plain = twoClasses();
    const empty = twoClasses([]);
    // Two kinds of request: figures by kind are kept with no priority too, so a priority option compares kind by kind.
    expect(catalogueOf(plain).scalars.filter((m) => m.id.startsWith('outreach.byRequest.')).map((m) => m.id)).toEqual(catalogueOf(empty).scalars.filter((m) => m.id.startsWith('outreach.byRequest.')).map((m) => m.id));
    // One kind and no priority: the team's own figures say it all.
    const one = scenario({ services: { outreach: { slots: 1, episodeDays: { dist: 'fixed', value: 1 }, startOn: ['atRisk'] } } });
    expect(catalogueOf(one).scalars.some((m) => m.id.startsWith('outreach.byRequest.'))).toBe(false);
    const shared = catalogueOf(plain).scalars.map((m) => m.id);
    const emptyIds = catalogueOf(empty).scalars.map((m) => m.id);
    for (let r = 0; r < 5; r++) {
      const x = runReplication(plain, 3, r).values;
      const y = runReplication(empty, 3, r).values;
      expect(shared.map((_, i) => x[i])).toEqual(shared.map((id) => y[emptyIds.indexOf(id)]));
    }
  });
});

describe('the priority list is checked', () => {
  const refused = (priority: string[], startOn = ['leaveHub', 'atRisk']) => {
    try {
      scenario({ services: { outreach: { slots: 1, episodeDays: { dist: 'fixed', value: 1 }, startOn, priority } } });
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };
  it('names a kind listed twice, or one no request is ever made for', () => {
    expect(refused(['atRisk', 'atRisk'])).toMatch(/services\.outreach\.priority\[1\]: atRisk is listed twice/);
    expect(refused(['breakdown'])).toMatch(/services\.outreach\.priority\[0\]: breakdown is not in startOn \(leaveHub, atRisk\)/);
    expect(refused(['caseload', 'atRisk'])).toBe('accepted');
  });
});

describe('a full waiting list under a priority order', () => {
  it('makes room for a higher-priority child by dropping the last to join of a lower level, who goes without', async () => {
    const { runLogged } = await import('./helpers.js');
    const fixed = (value: number) => ({ dist: 'fixed', value });
    const atRisk = (name: string, day: number) => ({ name, arrivalDays: [day], route: 'outreach', ageYears: fixed(5), needMix: { ebd: 1 }, riskDays: fixed(1000), riskBreakdownPerYear: 0 });
    const s = scenario({
      demand: [atRisk('first', 0), atRisk('second', 1), { name: 'assessed', arrivalDays: [1], route: 'assessment', ageYears: fixed(5), needMix: { ebd: 1 } }],
      services: {
        hub: { beds: 1, stayDays: fixed(1), outcomes: { home: 1 } },
        outreach: { slots: 1, maxWaiting: 1, episodeDays: fixed(100), startOn: ['leaveHub', 'atRisk'], priority: ['leaveHub'] },
      },
    });
    const { log, figure } = runLogged(s);
    const id = (name: string) => log.find((l) => l.what === 'arrived' && l.where.startsWith(`${name} `))!.child;
    const [first, second, assessed] = [id('first'), id('second'), id('assessed')];
    const lines = log.filter((l) => l.what.startsWith('outreach-') && l.what !== 'outreach-request' && l.t < 100).map((l) => `${l.t} ${l.what} ${l.child} ${l.where}`);
    expect(lines).toEqual([
      `0 outreach-start ${first} Outreach`,
      `1 outreach-wait ${second} Outreach`,
      `2 outreach-gave-up ${second} Outreach (list full: a higher priority took the place)`,
      `2 outreach-wait ${assessed} Outreach`,
    ]);
    expect(figure('outreach.byRequest.atRisk.wentWithout')).toBe(1);
    expect(figure('outreach.byRequest.leaveHub.starts')).toBe(1);
    // First come, first served: the Hub leaver finds the list full and goes without instead.
    const fifo = runLogged(scenario({ ...s, services: { ...s.services, outreach: { ...s.services.outreach, priority: undefined } } })).log;
    expect(fifo.filter((l) => l.what === 'outreach-without').map((l) => l.child)).toEqual([assessed]);
  });
});
