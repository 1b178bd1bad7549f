import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/calibration.js';
import { exitKind, exposureDays } from '../../src/calibrate/exits.js';
import { isResidentialEntry } from '../../src/calibrate/entries.js';
import { describeProblem, type RawTable } from '../../src/calibrate/return-types.js';
import { startingCaseload } from '../../src/calibrate/starting-caseload.js';
import { loadScenario } from '../../src/io/load-scenario.js';

const EPISODE_COLUMNS = ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'PL_LOCATION'];
const table = (file: string, kind: RawTable['kind'], header: string[], rows: string[][]): RawTable => ({ file, kind, header, rows });

// Two years' returns, 2024/25 and 2025/26, written out by hand.
// Child A: enters an own home (K2 PR1), a legal-status change (RNE L), breaks down
// to a private home out of county (CREQB), steps down to foster care (CARPL), returns home (E4A).
// Child B: in a voluntary home since before the first year, leaves care on the 18th birthday (E5).
// A's first episode is in both years' files: open in the first, closed in the second.
const y1 = [
  ['A', '10/05/2024', 'S', 'V2', 'N1', 'K2', 'PR1', '01/09/2024', 'X1', '', 'IN'],
  ['A', '01/09/2024', 'L', 'C2', 'N1', 'K2', 'PR1', '', '', '', 'IN'],
  ['B', '01/01/2020', 'S', 'C2', 'N4', 'K2', 'PR5', '', '', '', 'OUT'],
];
const y2 = [
  ['A', '01/09/2024', 'L', 'C2', 'N1', 'K2', 'PR1', '15/06/2025', 'X1', 'CREQB', 'IN'],
  ['A', '15/06/2025', 'P', 'C2', 'N1', 'K2', 'PR4', '01/10/2025', 'X1', 'CARPL', 'OUT'],
  ['A', '01/10/2025', 'P', 'C2', 'N1', 'U4', 'PR1', '20/02/2026', 'E4A', '', 'IN'],
  ['B', '01/01/2020', 'S', 'C2', 'N4', 'K2', 'PR5', '03/03/2026', 'E5', '', 'OUT'],
];
const header = [['A', '1', '01/02/2011'], ['B', '2', '03/03/2008']];

function run(startDate = '2026-04-01') {
  const r = calibrate(
    [table('e1.csv', 'episodes', EPISODE_COLUMNS, y1), table('e2.csv', 'episodes', EPISODE_COLUMNS, y2)],
    [table('h1.csv', 'header', ['CHILD', 'SEX', 'DOB'], header), table('h2.csv', 'header', ['CHILD', 'SEX', 'DOB'], header)],
    startDate,
    false,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.calibration;
}

describe('placements and exits from a hand-written return', () => {
  it('joins legal-status episodes, counts one episode sent twice once, and classifies every end', () => {
    const c = run();
    expect(c.window.years).toEqual([2024, 2025]);
    const ends = c.placements.map((p) => [p.place, p.provider, p.local, p.setting, p.afterResidential, exitKind(p, c.window)]);
    expect(ends).toEqual([
      ['K2', 'PR1', true, 'residential', false, 'breakdown'],
      ['K2', 'PR4', false, 'residential', true, 'stepDown'],
      ['U4', 'PR1', false, 'family', true, 'returnHome'],
      ['K2', 'PR5', false, 'residential', false, null], // left at 18: carecap ends care at 18 itself
    ]);
    expect(c.placements.filter((p) => isResidentialEntry(p, c.window)).length).toBe(1); // A only: B entered before the first year
    expect(c.exits.local.moveReasons).toEqual({ unplanned: 1, planned: 0, none: 0 });
  });

  it('exposure runs from the window (B from 1 April 2024) to the end or the 18th birthday', () => {
    const c = run();
    // A: 10 May 2024 to 15 June 2025, 15 June to 1 October 2025, 1 October 2025 to 20 February 2026; B: 1 April 2024 to 3 March 2026.
    expect(c.placements.map((p) => exposureDays(p, c.window))).toEqual([401, 108, 142, 701]);
  });

  it('two episodes of one child starting the same day in one file: a problem naming both rows', () => {
    const twice = [...y2, ['A', '15/06/2025', 'P', 'C2', 'N1', 'K2', 'PR5', '01/10/2025', 'X1', 'CARPL', 'OUT']];
    const r = calibrate([table('e2.csv', 'episodes', EPISODE_COLUMNS, twice)], [table('h2.csv', 'header', ['CHILD', 'SEX', 'DOB'], header)], '2026-04-01', false);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(describeProblem)).toContain('e2.csv (episodes table) row 6, column DECOM: another episode of this child starts the same day (row 3)');
  });

  it('a group with too few exits is pooled, and says so', () => {
    const c = run();
    expect(c.exits.local.pooled).toMatch(/pooled with external residential/);
    expect(c.exits.local.exposureYears).toBeCloseTo((401 + 108 + 701) / 365.25, 10);
  });

  it('the starting caseload: children in care that day, ages and weeks in placement, no identifiers', () => {
    const c = run('2025-08-01');
    const t = loadScenario('scenarios/leicestershire.yaml').scenario;
    const rows = startingCaseload(c.placements, c.startDay, t).rows;
    // A (born 1 Feb 2011) is in the private home since 15 June 2025 (47 days); B (born 3 March 2008) since 1 January 2020 (2,039 days).
    expect(rows.map((r) => [r.age_years, r.setting, r.weeks_in_placement])).toEqual([
      [17.4, 'external-out-of-county', 291.3],
      [14.4, 'external-out-of-county', 6.7],
    ]);
    expect(Object.keys(rows[0]).sort()).toEqual(['age_years', 'need', 'setting', 'weekly_cost_gbp', 'weeks_in_placement']);
  });
});
