import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fyTable, oocWeeksByYear } from '../../src/report/run-years.js';
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

describe('the by-year table of a run that starts mid-year', () => {
  // Six months from 1 October: FY 2026/27 is covered from 1 October only, and says so in the words of the
  // per-year cost labels (it said "(26 weeks)" before, which left the reader to work out which 26).
  const mid = spawnSync(process.execPath, ['dist/src/cli.js', 'run', 'scenarios/leicestershire.yaml', '--seed', '4', '-r', '3', '--workers', '0', '--json', '--set', 'startDate=2026-10-01', '--set', 'horizonYears=1'], { encoding: 'utf8' });

  it('names the part of each cut-short financial year it covers', () => {
    expect(mid.status, mid.stderr).toBe(0);
    const table = String(fyTable(JSON.parse(mid.stdout) as RunDocument));
    expect(table).toContain('>2026/27 (1 Oct 2026 to 31 Mar 2027 only)<');
    expect(table).toContain('>2027/28 (1 Apr 2027 to 30 Sep 2027 only)<');
    expect(table).not.toMatch(/\(\d+(\.\d)? weeks\)/);
  });
});
