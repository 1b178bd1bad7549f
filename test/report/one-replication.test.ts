import { describe, expect, it } from 'vitest';
import { formatMeanPm } from '../../src/report/format-interval.js';
import { countOf } from '../../src/report/format.js';
import { warnings } from '../../src/report/scenario-section.js';
import type { RunProvenance } from '../../src/capacity/result-document.js';

/** A run of one replication has no interval: it must not read as "the same in every replication", nor as "1 replications". */
describe('a count and its noun', () => {
  it('is singular for one and plural otherwise, with thousands separated', () => {
    expect(countOf(1, 'replication')).toBe('1 replication');
    expect(countOf(0, 'replication')).toBe('0 replications');
    expect(countOf(2, 'worker')).toBe('2 workers');
    expect(countOf(10_000, 'replication')).toBe('10,000 replications');
    expect(countOf(1, 'child', 'children')).toBe('1 child');
    expect(countOf(3, 'child', 'children')).toBe('3 children');
  });
});

describe('a mean over one replication', () => {
  it('says there is no interval, where a point interval over many says the value never varied', () => {
    expect(formatMeanPm(0.77, [0.77, 0.77], 'share', true, 1)).toBe('77.0% (one replication: no interval)');
    expect(formatMeanPm(0.77, [0.77, 0.77], 'share', true, 200)).toBe('77.0% (the same in every replication)');
    expect(formatMeanPm(0.77, [0.77, 0.77], 'share')).toBe('77.0% (the same in every replication)');
  });

  it('puts a banner on the report of a one-replication run, and none on a run of two', () => {
    const p = (replications: number): RunProvenance => ({
      carecapVersion: '0', scenarioName: 's', scenarioHash: 'h', scenarioFile: 'f', seed: 1, replications, workers: 1, wallMs: 1, partial: false, writtenAt: 'now',
    });
    expect(String(warnings(p(1)))).toContain('One replication: no interval or spread can be estimated');
    expect(String(warnings(p(2)))).not.toContain('One replication');
  });
});
