import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { oocWeeksByYear } from '../../src/report/run-years.js';
import type { RunDocument } from '../../src/capacity/result-document.js';

// The built CLI (npm test builds first): a short run of the default scenario as a document.
const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', 'scenarios/leicestershire.yaml', '--seed', '4', '-r', '3', '--workers', '0', '--json'], { encoding: 'utf8' });
const doc = JSON.parse(r.stdout) as RunDocument;

describe('out-of-county child-weeks by financial year, from the weekly series', () => {
  const years = [...oocWeeksByYear(doc).entries()].sort((a, b) => a[0] - b[0]);

  it('add up to the whole-period figure (a week across 1 April is shared, not counted twice or whole)', () => {
    const total = doc.figures.find((f) => f.id === 'ooc.childWeeks')!.mean;
    const sum = years.reduce((a, [, y]) => a + y.childWeeks, 0);
    expect(Math.abs(sum - total)).toBeLessThan(1e-6 * total);
  });

  it('give every whole financial year its 365 or 366 days (52.1 or 52.3 weeks), never 53', () => {
    // The default scenario runs five years from 1 April 2026: FY 2026/27 to 2030/31, each whole.
    expect(years.map(([fy]) => fy)).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const [fy, y] of years) {
      const days = fy === 2027 ? 366 : 365; // 29 February 2028 falls in FY 2027/28
      expect(y.weeks * 7).toBeCloseTo(days, 9);
    }
  });
});
