import { describe, expect, it } from 'vitest';
import { scenario } from './helpers.js';
import { ModelError, runReplication } from '../../src/sim/run-replication.js';

/**
 * What a user sees when a replication fails (docs/running.md "Event budget",
 * "Failures"): an error while handling an event names everything needed to
 * re-run that replication alone (replication, seed, time, event, child), and a
 * runaway replication names the demand stream and the scenario field most
 * likely to blame. Expected messages are written out by hand from the scenario.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
};

describe('an error while handling an event', () => {
  // One child, arriving on day 5, assessed for 28 days: the stay ends on day 33.
  const s = scenario({ demand: [{ name: 'r', arrivalDays: [5], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }], services: { hub: { stayDays: fixed(28) } } });

  it('names the replication, seed, time, event and child it happened in', () => {
    const err = thrown(() => runReplication(s, 11, 4, { trace: (_t, what) => { if (what === 'returned-home') throw new Error('log disk full'); } }));
    expect(err).toBeInstanceOf(ModelError);
    expect((err as Error).message).toBe('log disk full (replication 4, seed 11, t=33.000 days, event stayEnd, child 1)');
    expect((err as ModelError).detail).toEqual({ t: 33, replication: 4, seed: 11, event: 'stayEnd', child: 1 });
  });

  it('an event that is not about one child (an arrival) names no child', () => {
    const err = thrown(() => runReplication(s, 7, 0, { trace: () => { throw new TypeError('boom'); } }));
    expect(err).toBeInstanceOf(ModelError);
    expect((err as Error).message).toBe('boom (replication 0, seed 7, t=5.000 days, event arrival)');
    expect((err as ModelError).detail).toEqual({ t: 5, replication: 0, seed: 7, event: 'arrival', child: undefined });
  });

  it('an error that already names its replication is passed on unchanged, not named twice', () => {
    const inner = new ModelError('already placed', { t: 1, replication: 9, seed: 2, event: 'arrival' });
    const err = thrown(() => runReplication(s, 7, 0, { trace: () => { throw inner; } }));
    expect(err).toBe(inner);
    expect((err as Error).message).toBe('already placed (replication 9, seed 2, t=1.000 days, event arrival)');
  });
});

describe('a runaway replication (limits.eventsPerReplication)', () => {
  // Stays of 1,000 days and ample beds: every event within the year is an arrival.
  const hub = { beds: 2000, stayDays: fixed(1000) };

  it('names the stream with the most arrivals so far and its arrivalDays when it is scripted', () => {
    // Budget 6: arrivals a 1, b 1.5, a 2, b 2.5, a 3, b 3.5 are handled; the 7th, b on day 4.5, is one too many.
    // By then stream a has had 3 arrivals and stream b 4 (counting the one that stopped the run).
    const s = scenario({
      demand: [
        { name: 'a', arrivalDays: [1, 2, 3], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'b', arrivalDays: [1.5, 2.5, 3.5, 4.5, 5.5, 6.5], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
      ],
      services: { hub },
      limits: { eventsPerReplication: 6 },
    });
    const err = thrown(() => runReplication(s, 3, 2));
    expect(err).toBeInstanceOf(ModelError);
    expect((err as Error).message).toBe(
      'more than 6 events in one replication, 4 of them arrivals of demand stream "b": check demand[1].arrivalDays and its growthPerYear, ' +
        'or raise limits.eventsPerReplication if the scenario is meant to be this large (replication 2, seed 3, t=4.500 days, event budget)',
    );
    expect((err as ModelError).detail).toEqual({ t: 4.5, replication: 2, seed: 3, event: 'budget' });
  });

  it('names a stream given by a rate with its ratePerYear, in thousands separated by commas', () => {
    // A single stream: the 1,000 events handled are 1,000 arrivals, and the 1,001st arrival stops the run.
    const s = scenario({
      demand: [{ name: 'flood', ratePerYear: 100_000, route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: { hub },
      limits: { eventsPerReplication: 1000 },
    });
    const err = thrown(() => runReplication(s, 1, 0)) as ModelError;
    expect(err).toBeInstanceOf(ModelError);
    expect(err.message).toMatch(
      /^more than 1,000 events in one replication, 1,001 of them arrivals of demand stream "flood": check demand\[0\]\.ratePerYear \(100000\) and its growthPerYear, or raise limits\.eventsPerReplication if the scenario is meant to be this large \(replication 0, seed 1, t=\d+\.\d{3} days, event budget\)$/,
    );
    expect(err.detail.event).toBe('budget');
    // 100,000 a year is about 274 a day: the 1,001st arrives after about 3.7 days.
    expect(err.detail.t).toBeGreaterThan(2);
    expect(err.detail.t).toBeLessThan(6);
    expect(err.message).toContain(`t=${err.detail.t.toFixed(3)} days`);
  });
});
