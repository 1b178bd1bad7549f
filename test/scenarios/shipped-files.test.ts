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
  // loss-3000.yaml (issue 15's benchmark: about 1.25 million events a replication, bench/README.md)
  // is past the event budget issue 14 set (EVENT_BUDGET, 500,000), so it cannot run as shipped: the
  // two disagree on main and the lead is told. This test fails once they agree, to be moved above.
  const OVER_BUDGET = 'scenarios/test/loss-3000.yaml';
  it.each(files.filter((f) => f !== OVER_BUDGET))('%s', (f) => runs(loadScenario(f).scenario));
  it(`${OVER_BUDGET} stops at the event budget (a known disagreement with bench/README.md)`, () => {
    expect(() => runs(loadScenario(OVER_BUDGET).scenario)).toThrow(/more than 500,000 events in one replication/);
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
