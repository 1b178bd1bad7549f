import { describe, expect, it } from 'vitest';
import { figuresOf, runJson } from './helpers.js';

// Replication i depends on (seed, i) alone and the summariser is fed in index
// order, so the figures are identical however replications were spread.
describe('same seed, same figures, whatever the threads and batches', () => {
  it('gives identical figures with --workers 0, 1, 2 and 4 and batch sizes 7 and 25', async () => {
    const reference = await runJson({ workers: 0, batchSize: 40 });
    expect(reference.code).toBe(0);
    expect(reference.doc.provenance.replications).toBe(40);
    for (const workers of [0, 1, 2, 4]) {
      for (const batchSize of [7, 25]) {
        const { code, doc } = await runJson({ workers, batchSize });
        expect(code).toBe(0);
        expect(doc.provenance.workers).toBe(workers);
        expect(doc.provenance.partial).toBe(false);
        expect(figuresOf(doc)).toEqual(figuresOf(reference.doc));
      }
    }
  });

  it('reaches the same --precision replication count with any worker count', async () => {
    const a = await runJson({ workers: 0, replications: 10, precision: 0.01, maxReplications: 300, batchSize: 13 });
    const b = await runJson({ workers: 2, replications: 10, precision: 0.01, maxReplications: 300, batchSize: 5 });
    expect(a.doc.precision?.target).toBe(0.01);
    expect(a.doc.provenance.replications).toBeGreaterThan(10);
    expect(a.doc.provenance.replications).toBeLessThanOrEqual(300);
    expect(a.doc.precision?.met || a.doc.provenance.replications === 300).toBe(true);
    expect(figuresOf(b.doc)).toEqual(figuresOf(a.doc));
    expect(b.doc.precision).toEqual(a.doc.precision);
  });
});
