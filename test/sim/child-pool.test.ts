import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/io/load-scenario.js';
import { runReplication } from '../../src/sim/run-replication.js';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { registerChild } from '../../src/sim/model/arrivals.js';
import { acquireChild, releaseChild } from '../../src/sim/model/child-pool.js';
import { releaseLeavers } from '../../src/sim/release-leavers.js';
import { childStream } from '../../src/sim/random.js';
import { richScenario } from './rich-scenario.js';
import { scenario } from './helpers.js';

/**
 * Child records are reused within a thread (model/child-pool.ts, issue 15).
 * Reuse must be invisible: a replication's results may not depend on what
 * ran before it in the same thread, a reused record's streams are the new
 * child's, and nothing pending from an earlier life may act on the new one.
 */
describe('reused child records', () => {
  it("a replication's figures do not depend on what ran before it in this thread", () => {
    const s = richScenario();
    const first = [0, 1, 2, 3].map((r) => runReplication(s, 11, r));
    // Fill the pool with records from other scenarios, left in every state (in care, waiting, supported).
    for (const file of ['scenarios/leicestershire.yaml', 'scenarios/plan-2020.yaml']) {
      const other = loadScenario(file).scenario;
      for (let r = 0; r < 3; r++) runReplication(other, 5, r);
    }
    const again = [3, 2, 1, 0].map((r) => runReplication(s, 11, r)).reverse();
    expect(again.map((x) => x.values)).toEqual(first.map((x) => x.values));
    expect(again.map((x) => x.weekly)).toEqual(first.map((x) => x.weekly));
    expect(again.map((x) => x.events)).toEqual(first.map((x) => x.events));
  });

  it("a reused record draws the new child's numbers, stream by stream", () => {
    const keys = { traits: 101, assessment: 202, placement: 303, support: 404 };
    const used = acquireChild(keys, 7);
    for (let i = 0; i < 50; i++) used.rng.placement();
    used.rng.traits();
    releaseChild(used);
    const child = acquireChild(keys, 8);
    expect(child).toBe(used); // the pool gives the last record back
    const draws = (f: () => number) => [f(), f(), f()];
    expect(draws(child.rng.support)).toEqual(draws(childStream(404, 8)));
    expect(draws(child.rng.placement)).toEqual(draws(childStream(303, 8)));
    expect(draws(child.rng.traits)).toEqual(draws(childStream(101, 8)));
    expect(draws(child.rng.assessment)).toEqual(draws(childStream(202, 8)));
  });

  it('releasing a record moves its epoch, every token and its life on', () => {
    const c = acquireChild({ traits: 1, assessment: 2, placement: 3, support: 4 }, 0);
    const before = { ...c };
    releaseChild(c);
    for (const k of ['epoch', 'life', 'hazardToken', 'supportToken', 'outreachWaitToken', 'hubWaitToken'] as const) {
      expect(c[k], k).toBeGreaterThan(before[k]);
    }
    expect(c.place).toBeNull();
  });

  it('a leaver queued twice in one event is released once', () => {
    const s = scenario();
    const st = createState(s, buildTimeline(s), 1, 0);
    const keys = { traits: 1, assessment: 2, placement: 3, support: 4 };
    const c = registerChild(st, acquireChild(keys, 0), 10, 0, false);
    c.setting = 'left';
    st.leavers.push(c);
    st.leavers.push(c);
    releaseLeavers(st);
    expect(st.children.has(c)).toBe(false);
    expect(st.leavers.size).toBe(0);
    // Released twice, the record would be handed out twice.
    const a = acquireChild(keys, 1);
    const b = acquireChild(keys, 2);
    expect(a).toBe(c);
    expect(b).not.toBe(a);
  });

  it('a leaver still supported or waiting for outreach is kept, and one back in the model is dropped from the list', () => {
    const s = scenario();
    const st = createState(s, buildTimeline(s), 1, 0);
    const keys = { traits: 1, assessment: 2, placement: 3, support: 4 };
    const supported = registerChild(st, acquireChild(keys, 0), 10, 0, false);
    const waiting = registerChild(st, acquireChild(keys, 1), 10, 0, false);
    const back = registerChild(st, acquireChild(keys, 2), 10, 0, false);
    supported.setting = waiting.setting = 'left';
    supported.supported = true;
    waiting.outreachWaiting = true;
    back.setting = 'atRisk';
    for (const c of [supported, waiting, back]) st.leavers.push(c);
    releaseLeavers(st);
    expect([supported, waiting, back].map((c) => st.children.has(c))).toEqual([true, true, true]);
    expect([st.leavers.at(0), st.leavers.at(1)]).toEqual([supported, waiting]);
    expect(st.leavers.size).toBe(2);
  });

  it('a reused record is filled as a new child: nothing of its earlier life shows', () => {
    const keys = { traits: 1, assessment: 2, placement: 3, support: 4 };
    const s = scenario();
    const st = createState(s, buildTimeline(s), 1, 0);
    const fresh = (rec: ReturnType<typeof acquireChild>) => {
      const { id, rng, epoch, life, hazardToken, supportToken, outreachWaitToken, hubWaitToken, presentSlot, ...rest } = rec;
      return rest;
    };
    // Every field of the earlier life set to something a new child never has.
    const old = registerChild(st, acquireChild(keys, 0), 9, 1, true);
    Object.assign(old, {
      purpose: 'shortBreaks', setting: 'external', place: st.hub, placesHeld: 2, placementStartT: 99, gbpPerDay: 5, costCategory: 'crisis',
      outOfCounty: true, hazardBudget: 3, hazardPerDay: 4, hazardSince: 98, baseHazardPerDay: 6, supported: true, supportSince: 97,
      outreachWaiting: true, outreachWaitSince: 96, hubWaiting: true, hubWaitSince: 95, needsSpecialistCarer: true, carerPool: 2,
      stepDownWaitSince: 94, placements: 7, moves: 8, breakdowns: 9, inCareInReport: true, spilledInReport: true, oocInReport: true, spillPending: true, spillPlacement: true, everResidential: true, upliftDue: true, outreachKind: 3, upliftGbpPerDay: 95, assessed: true,
      occupantSlot: 4,
    });
    st.children.delete(old);
    releaseChild(old);
    st.now = 10;
    const again = registerChild(st, acquireChild(keys, 1), 12, 0, false);
    expect(again).toBe(old);
    // A new child as docs/model.md describes one: at risk (not yet anywhere), no history, no place, clocks from now.
    expect(fresh(again)).toEqual({
      arrivalAge: 12, arrivalT: 10, t18: 10 + 6 * 365.25, need: 0, single: false, purpose: null, setting: 'atRisk', place: null, placesHeld: 0,
      placementStartT: 10, gbpPerDay: 0, costCategory: null, outOfCounty: false, hazardBudget: 0, hazardPerDay: 0, hazardSince: 10, baseHazardPerDay: 0,
      supported: false, supportSince: 10, outreachWaiting: false, outreachWaitSince: 10, hubWaiting: false, hubWaitSince: 10,
      needsSpecialistCarer: null, carerPool: -1, stepDownWaitSince: -1, placements: 0, moves: 0, breakdowns: 0,
      inCareInReport: false, spilledInReport: false, oocInReport: false, spillPending: false, spillPlacement: false, everResidential: false, upliftDue: false, outreachKind: 0, upliftGbpPerDay: 0, assessed: false,
      occupantSlot: -1,
    });
    // Present, in the list's own slot for it.
    expect(st.children.has(again)).toBe(true);
    expect(again.id).toBeGreaterThan(0);
  });

  it('keeps at most 65,536 records for reuse', () => {
    const keys = { traits: 1, assessment: 2, placement: 3, support: 4 };
    // Empty the pool (a record never used before has life 0), then hand back one record more than it keeps.
    while (acquireChild(keys, 0).life !== 0);
    const made = Array.from({ length: 65_537 }, (_, i) => acquireChild(keys, i));
    for (const c of made) releaseChild(c);
    const back = new Set(Array.from({ length: 65_537 }, (_, i) => acquireChild(keys, i)));
    // The first 65,536 come from the pool; the last is a new record, not the one left out.
    expect([...back].filter((c) => made.includes(c))).toHaveLength(65_536);
  });
});
