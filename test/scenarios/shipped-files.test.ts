import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/io/load-scenario.js';
import { readBatchFile } from '../../src/io/batch-file.js';
import { runBatch } from '../../src/sim/run-batch.js';
import { catalogueOf } from '../../src/sim/run-replication.js';
import type { Scenario } from '../../src/sim/scenario.js';

/** Two replications of a scenario: they run, every figure is finite, and something happened. */
function runs(s: Scenario): void {
  const [reps] = runBatch([s], 1, 0, 2);
  expect(reps).toHaveLength(2);
  for (const r of reps) {
    expect(r.events).toBeGreaterThan(0);
    expect(Array.from(r.values).every(Number.isFinite)).toBe(true);
  }
}

const yaml = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));

describe('every shipped test scenario loads and runs', () => {
  const files = yaml('scenarios/test');
  it('includes the Hub loss system and the outreach queue', () => {
    expect(files).toEqual(expect.arrayContaining(['scenarios/test/hub-loss.yaml', 'scenarios/test/outreach-queue.yaml']));
  });
  it.each(files)('%s', (f) => runs(loadScenario(f).scenario));
  it('loss-3000.yaml runs past the default event budget because it says it is meant to (limits.eventsPerReplication)', () => {
    const s = loadScenario('scenarios/test/loss-3000.yaml').scenario;
    expect(s.limits.eventsPerReplication).toBeGreaterThan(1_250_000);
    expect(() => runs({ ...s, limits: { eventsPerReplication: 500_000 } })).toThrow(/more than 500,000 events in one replication.*raise limits\.eventsPerReplication/);
  });

  it('outreach-queue.yaml really queues: children wait for a slot and some go without', () => {
    const s = loadScenario('scenarios/test/outreach-queue.yaml').scenario;
    const ids = catalogueOf(s).scalars.map((m) => m.id);
    const [reps] = runBatch([s], 1, 0, 3);
    const total = (id: string) => reps.reduce((a, r) => a + r.values[ids.indexOf(id)], 0);
    expect(total('outreach.meanWaitingList')).toBeGreaterThan(0);
    expect(total('outreach.shareWaited')).toBeGreaterThan(0);
  });
});

describe('every shipped option file loads, and each of its options runs', () => {
  const files = yaml('scenarios/options');
  it('includes the seeds\' choices and the July opening', () => {
    expect(files).toEqual(expect.arrayContaining(['scenarios/options/seeds-choices.yaml', 'scenarios/options/home-opens-july.yaml']));
  });
  for (const f of files) {
    const batch = readBatchFile(f);
    it(`${f}: baseline`, () => runs(loadScenario(batch.baseline).scenario));
    it.each(batch.options.map((o) => [o.name, o] as const))(`${f}: option %s`, (_, o) => {
      const option = loadScenario(o.file, [], o.settings).scenario;
      const base = loadScenario(batch.baseline).scenario;
      // An option that changes nothing would compare equal to its baseline by construction.
      expect(JSON.stringify(option)).not.toEqual(JSON.stringify(base));
      runs(option);
    });
  }
});
