import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunDocument } from '../../src/capacity/result-document.js';
import { HUB_LOSS, runJson, tempDir } from './helpers.js';

// A replication that throws, without touching the model: runBatch (the one
// entry point) is wrapped so that replication 13 throws, as a ModelError would.
const FAILING = 13;
vi.mock('../../src/sim/run-batch.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/sim/run-batch.js')>();
  return {
    runBatch: (...args: Parameters<typeof actual.runBatch>) => {
      const [, seed, from, to] = args;
      if (from <= FAILING && FAILING < to) throw new Error(`test: invariant broken (replication ${FAILING}, seed ${seed})`);
      return actual.runBatch(...args);
    },
  };
});

describe('a replication that throws', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ends the run as partial with the replications before it, names it and how to re-run it', async () => {
    const out = tempDir();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { code, doc } = await runJson({ workers: 0, batchSize: 5, out });
    expect(code).toBe(1);
    expect(doc.provenance.partial).toBe(true);
    expect(doc.provenance.replications).toBe(FAILING);
    expect(doc.failures).toEqual([{ replication: FAILING, seed: 20260401, message: expect.stringContaining('invariant broken') }]);
    expect(doc.figures.find((f) => f.id === 'cost.total')?.n).toBe(FAILING);
    const said = stderr.mock.calls.map((c) => String(c[0])).join('');
    expect(said).toContain(`replication ${FAILING} (seed 20260401) failed`);
    expect(said).toContain(`carecap run ${HUB_LOSS} --seed 20260401 --set horizonYears=2 --replication ${FAILING}`);
    const written = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as RunDocument;
    expect(written.failures[0].replication).toBe(FAILING);
    const rows = readFileSync(join(out, 'replications.csv'), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(FAILING + 1);
    expect(readdirSync(out).sort()).toEqual(['replications.csv', 'report.html', 'results.json', 'results.xlsx', 'summary.csv', 'weekly.csv']);
  });
});
