import { describe, expect, it } from 'vitest';
import { runExperiment, type BatchRunner } from '../../src/capacity/experiment.js';
import type { ReplicationResult } from '../../src/sim/results.js';

type Fake = { scenario: string; replication: number };
const asResult = (f: Fake) => f as unknown as ReplicationResult;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A runner for two scenarios A and B; the first batch dispatched finishes last. */
function fakeRunner(log: { calls: [number, number][]; inFlight: number; maxInFlight: number }, opts: { short?: boolean; scenarios?: string[] } = {}): BatchRunner {
  const scenarios = opts.scenarios ?? ['A', 'B'];
  return async (from, to) => {
    log.calls.push([from, to]);
    log.inFlight += 1;
    log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
    await tick(log.calls.length === 1 ? 30 : 1);
    log.inFlight -= 1;
    const end = opts.short ? to - 1 : to;
    return scenarios.map((s) => Array.from({ length: end - from }, (_, i) => asResult({ scenario: s, replication: from + i })));
  };
}

describe('an experiment delivers replications in index order whatever order batches finish in', () => {
  it('splits [5, 12) into batches of 3, runs two at once and delivers 5..11 with each scenario result', async () => {
    const log = { calls: [] as [number, number][], inFlight: 0, maxInFlight: 0 };
    const delivered: [number, Fake[]][] = [];
    const progress: number[] = [];
    const outcome = await runExperiment(
      fakeRunner(log),
      { from: 5, to: 12, batchSize: 3, concurrency: 2, onProgress: (d) => progress.push(d) },
      (rep, results) => delivered.push([rep, results as unknown as Fake[]]),
    );
    expect(log.calls).toEqual([[5, 8], [8, 11], [11, 12]]);
    expect(log.maxInFlight).toBe(2);
    expect(delivered.map(([rep]) => rep)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    for (const [rep, results] of delivered) {
      expect(results).toEqual([{ scenario: 'A', replication: rep }, { scenario: 'B', replication: rep }]);
    }
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outcome).toEqual({ delivered: 7, stopped: false });
  });

  it('Ctrl-C stops dispatching: only whole batches already started are delivered, and the run says it stopped', async () => {
    const log = { calls: [] as [number, number][], inFlight: 0, maxInFlight: 0 };
    const delivered: number[] = [];
    const outcome = await runExperiment(
      fakeRunner(log),
      { from: 0, to: 10, batchSize: 2, concurrency: 1, shouldStop: () => log.calls.length >= 2 },
      (rep) => delivered.push(rep),
    );
    expect(log.calls).toEqual([[0, 2], [2, 4]]);
    expect(delivered).toEqual([0, 1, 2, 3]);
    expect(outcome).toEqual({ delivered: 4, stopped: true });
  });

  it('a runner that returns fewer replications than asked is not reported as a complete run', async () => {
    const log = { calls: [] as [number, number][], inFlight: 0, maxInFlight: 0 };
    const delivered: number[] = [];
    const outcome = await runExperiment(
      fakeRunner(log, { short: true }),
      { from: 0, to: 4, batchSize: 2, concurrency: 1 },
      (rep) => delivered.push(rep),
    );
    // Batch [0,2) gives only replication 0, so replication 1 never arrives and nothing after it is delivered.
    expect(delivered).toEqual([0]);
    expect(outcome).toEqual({ delivered: 1, stopped: true });
  });

  it('an experiment with no scenarios resolves with nothing delivered rather than crashing', async () => {
    const log = { calls: [] as [number, number][], inFlight: 0, maxInFlight: 0 };
    const outcome = await runExperiment(fakeRunner(log, { scenarios: [] }), { from: 0, to: 2, batchSize: 1, concurrency: 1 }, () => {
      throw new Error('nothing to deliver');
    });
    expect(outcome.delivered).toBe(0);
  });

  it('a failing batch rejects the whole experiment with its error and stops further dispatching', async () => {
    const calls: [number, number][] = [];
    const run: BatchRunner = async (from, to) => {
      calls.push([from, to]);
      if (from === 0) throw new Error('worker crashed on replication 0');
      await tick(10);
      return [Array.from({ length: to - from }, (_, i) => asResult({ scenario: 'A', replication: from + i }))];
    };
    await expect(runExperiment(run, { from: 0, to: 10, batchSize: 1, concurrency: 2 }, () => undefined))
      .rejects.toThrow('worker crashed on replication 0');
    expect(calls).toEqual([[0, 1], [1, 2]]);
  });

  it('reports the first failure when two batches fail', async () => {
    const run: BatchRunner = async (from) => {
      await tick(from === 0 ? 1 : 10);
      throw new Error(`batch ${from} failed`);
    };
    await expect(runExperiment(run, { from: 0, to: 4, batchSize: 1, concurrency: 2 }, () => undefined))
      .rejects.toThrow('batch 0 failed');
  });
});

describe('a stop asked for when nothing is left to dispatch', () => {
  it('Ctrl-C during the last batch loses nothing: every replication is delivered and the run is complete, not "stopped"', async () => {
    const log = { calls: [] as [number, number][], inFlight: 0, maxInFlight: 0 };
    const delivered: number[] = [];
    // Two batches at once; the stop is asked for once both are dispatched, while they run.
    const outcome = await runExperiment(
      fakeRunner(log),
      { from: 0, to: 4, batchSize: 2, concurrency: 2, shouldStop: () => log.calls.length >= 2 },
      (rep) => delivered.push(rep),
    );
    expect(log.calls).toEqual([[0, 2], [2, 4]]);
    expect(delivered).toEqual([0, 1, 2, 3]);
    expect(outcome).toEqual({ delivered: 4, stopped: false });
  });
});
