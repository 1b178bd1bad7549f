import type { Scenario } from '../sim/scenario.js';
import { runBatch } from '../sim/run-batch.js';
import { Piscina } from 'piscina';
import type { BatchReply, BatchTask } from './protocol.js';
import { packResults } from './packing.js';

/**
 * The worker thread's entry (piscina loads the compiled dist/src/workers/worker.js):
 * plain data in, plain data out, and nothing but runBatch, the entry point
 * the in-process runner and the tests call.
 *
 * Scenarios are kept per worker by key, so runReplication's per-scenario
 * preparation (timeline, figure definitions; a WeakMap on the object) is
 * done once per worker rather than once per batch.
 */
const held = new Map<string, Scenario[]>();

/** Runs one batch; the model's errors come back as data so that a rejection always means the thread died. */
export default function runTask(task: BatchTask): BatchReply | ReturnType<typeof transferReply> {
  if (task.exitBeforeRunning) process.exit(1);
  if (task.hangBeforeRunning) for (;;); // test-only: a hung worker
  if (task.scenarios) held.set(task.key, task.scenarios);
  const scenarios = held.get(task.key);
  if (!scenarios) return { kind: 'needScenarios' };
  try {
    return transferReply({ kind: 'done', packed: packResults(runBatch(scenarios, task.seed, task.from, task.to)) });
  } catch (err) {
    const e = err as Error;
    return { kind: 'failed', message: String(e?.message ?? err), stack: e?.stack };
  }
}

/** Marks the packed buffer for transfer (piscina's Transferable protocol): the main thread gets it without a copy. */
function transferReply(reply: Extract<BatchReply, { kind: 'done' }>) {
  const movable = {
    get [Piscina.transferableSymbol]() {
      return [reply.packed.buffer];
    },
    get [Piscina.valueSymbol]() {
      return reply;
    },
  };
  // The symbols are piscina's own accessors; its typings only see unique-symbol keys.
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0]);
}
