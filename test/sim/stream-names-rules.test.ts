import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { startFromCaseload } from '../../src/sim/model/caseload-start.js';
import { acquireChild } from '../../src/sim/model/child-pool.js';
import { childFamilyKey, childStream } from '../../src/sim/random.js';
import { scenario } from './helpers.js';

/**
 * Common random numbers (docs/model.md "Streams"): a child's four streams are keyed by
 * (seed, replication, demand stream, purpose) and the child's ordinal, so child n of a stream
 * makes the same draws in every option and every version run with the same seed. The expected
 * draws are rebuilt here from random.ts alone, from the stream names.
 */
const PURPOSES = ['traits', 'assessment', 'placement', 'support'] as const;
const expected = (seed: number, rep: number, family: string, ordinal: number, n = 3) =>
  PURPOSES.map((p) => {
    const r = childStream(childFamilyKey(seed, rep, `${family}/${p}`), ordinal);
    return Array.from({ length: n }, () => r());
  });
const drawn = (rng: Record<(typeof PURPOSES)[number], () => number>, n = 3) => PURPOSES.map((p) => Array.from({ length: n }, () => rng[p]()));

describe('stream names', () => {
  it("today's caseload: row i's child draws from the streams caseload/<purpose>, ordinal i", () => {
    const row = { ageYears: 12, need: 'ebd', setting: 'family', weeklyCostGbp: 700, weeksInPlacement: 1 };
    const s = scenario({ initialCaseload: [row, row, row] });
    const st = createState(s, buildTimeline(s), 7, 3);
    startFromCaseload(st, s.initialCaseload); // no draws: ages and needs are given, family care has no exit rates here
    [...st.children].forEach((c, i) => expect(drawn(c.rng)).toEqual(expected(7, 3, 'caseload', i)));
  });

  it('a demand stream: child n draws from the streams <demand name>/<purpose>, ordinal n', () => {
    const s = scenario({
      demand: [
        { name: 'referrals', arrivalDays: [], route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } },
        { name: 'direct homes', arrivalDays: [], route: 'direct', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } },
      ],
    });
    const st = createState(s, buildTimeline(s), 7, 3);
    for (const [i, name] of ['referrals', 'direct homes'].entries()) {
      for (const n of [0, 5]) expect(drawn(acquireChild(st.demand[i].keys, n).rng)).toEqual(expected(7, 3, name, n));
    }
  });

  it('a Hub stay already longer than any the scenario allows takes exactly 1000 tries from the assessment stream, then ends the next day', () => {
    // Stays uniform on [10, 20) days; the child has been in the Hub 4 weeks (28 days): no try can exceed it.
    const s = scenario({
      services: { hub: { beds: 1, stayDays: { dist: 'uniform', min: 10, max: 20 } } },
      initialCaseload: [{ ageYears: 12, need: 'ebd', setting: 'hub', weeklyCostGbp: 0, weeksInPlacement: 4 }],
    });
    const st = createState(s, buildTimeline(s), 7, 3);
    startFromCaseload(st, s.initialCaseload);
    const [child] = [...st.children];
    const r = childStream(childFamilyKey(7, 3, 'caseload/assessment'), 0);
    for (let i = 0; i < 1000; i++) r();
    expect(child.rng.assessment()).toBe(r()); // the 1001st value is the next one the child draws
    expect(st.calendar.peekTime()).toBe(1); // and the stay ends tomorrow
  });
});
