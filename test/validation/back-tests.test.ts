import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACK_TESTS, runBackTest } from './back-tests.js';

/**
 * docs/validation.md states, for each back-test, the range its small run
 * (the first replications of the page's 200, same seed) must fall in. A
 * change to the model or the default scenario that moves a back-test out of
 * its range fails here, so the page has to be updated with it.
 */
const page = readFileSync('docs/validation.md', 'utf8');

/** The `low..high` code span on the table row of back-test `id`. */
function statedRange(id: string): [number, number] {
  const row = page.split('\n').find((l) => l.startsWith(`| \`${id}\``));
  if (!row) throw new Error(`docs/validation.md has no row for ${id}`);
  const m = /`(-?[\d.e]+)\.\.(-?[\d.e]+)`/.exec(row.slice(row.indexOf('|', 2)));
  if (!m) throw new Error(`docs/validation.md row ${id} states no low..high range`);
  return [Number(m[1]), Number(m[2])];
}

describe('back-tests against the councils\' own estimates (docs/validation.md)', () => {
  it.each(BACK_TESTS.map((t) => [t.id, t] as const))('%s lies in the range the page states, with its sign', (id, t) => {
    const [low, high] = statedRange(id);
    const { mean } = runBackTest(t, t.testReplications);
    // Every back-test here is a saving or a caseload: positive.
    expect(low).toBeGreaterThan(0);
    expect(mean).toBeGreaterThan(0);
    expect(mean).toBeGreaterThanOrEqual(low);
    expect(mean).toBeLessThanOrEqual(high);
  }, 120_000);
});
