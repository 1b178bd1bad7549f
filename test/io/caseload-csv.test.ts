import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseloadCsv } from '../../src/io/caseload-csv.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { InputError } from '../../src/io/input-error.js';

const dir = mkdtempSync(join(tmpdir(), 'carecap-caseload-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const errors = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  return [];
};

/** A small scenario whose caseload is the CSV at `csv`. */
const scenarioWith = (csv: string, name: string) => file(name, [
  'name: t', 'startDate: 2026-04-01', 'horizonYears: 1', 'needs: [any]', `caseload: ${csv}`,
  'demand: [{ name: r, ratePerYear: 1, route: assessment, ageYears: { dist: fixed, value: 5 }, needMix: { any: 1 } }]',
  'services:', '  hub: { beds: 1, stayDays: { dist: fixed, value: 28 }, fixedWeeklyGbpPerBed: 1, outcomes: { home: 1 } }',
  '  outreach: { slots: 0, episodeDays: { dist: fixed, value: 1 }, fixedWeeklyGbpPerSlot: 0 }',
  'placements:', '  family: { weeklyCostGbp: { dist: fixed, value: 1 } }', '  localResidential: {}',
  '  external: { outOfCountyShare: 1, inCountyWeeklyCostGbp: { dist: fixed, value: 1 }, outOfCountyWeeklyCostGbp: { dist: fixed, value: 1 } }',
  '  crisis: { weeklyCostGbp: { dist: fixed, value: 1 } }',
].join('\n'));

describe('caseload CSV', () => {
  it('reads a good file, with a BOM and optional columns', () => {
    const p = file('good.csv', '\uFEFFage_years,need,setting,weekly_cost_gbp,weeks_in_placement,single_occupancy\r\n15.5,ebd,family,900,12,no\r\n17,ebd,"external-out-of-county",6500,40,yes\r\n');
    expect(readCaseloadCsv(p)).toEqual([
      { ageYears: 15.5, need: 'ebd', setting: 'family', weeklyCostGbp: 900, weeksInPlacement: 12, singleOccupancy: false, outreach: false },
      { ageYears: 17, need: 'ebd', setting: 'external-out-of-county', weeklyCostGbp: 6500, weeksInPlacement: 40, singleOccupancy: true, outreach: false },
    ]);
  });

  it('names a missing column', () => {
    const p = file('missing.csv', 'age_years,need,setting,weeks_in_placement\n12,ebd,family,3\n');
    expect(errors(() => readCaseloadCsv(p))).toEqual(['row 1: missing column "weekly_cost_gbp"']);
  });

  it('names the row and column of every bad cell at once', () => {
    const p = file('bad.csv', 'age_years,need,setting,weekly_cost_gbp,weeks_in_placement\n19,ebd,family,100,3\n12,ebd,family,lots,3\n12,,family,100,-1\n');
    expect(errors(() => readCaseloadCsv(p))).toEqual([
      'row 2, column age_years: 19 is not under 18 (a young person leaves care at 18)',
      'row 3, column weekly_cost_gbp: "lots" is not a decimal number',
      'row 4, column need: is empty',
      'row 4, column weeks_in_placement: must not be negative',
    ]);
  });

  it('reports an unknown setting with its row through the scenario', () => {
    const csv = file('unknown-setting.csv', 'age_years,need,setting,weekly_cost_gbp,weeks_in_placement\n12,any,home:Atlantis,100,3\n');
    const yaml = scenarioWith(csv, 's.yaml');
    const found = errors(() => loadScenario(yaml));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^caseload .*unknown-setting\.csv: row 2, column setting: unknown setting "home:Atlantis"/);
  });

  it('names rows as a spreadsheet numbers them (blank rows count), and reports the file\'s problems and the scenario\'s together', () => {
    // Rows 3 and 4 are blank; row 5 has a negative weeks cell (the file's own rule), row 6 a setting the scenario
    // does not have. Before: "row 3" for row 5, and row 6's problem only after row 5 was fixed (hostile review 7).
    const csv = file('blank-rows.csv', 'age_years,need,setting,weekly_cost_gbp,weeks_in_placement\n12,any,family,100,3\n\n,,,,\n12,any,family,100,-2\n12,any,home:Atlantis,100,3\n');
    const yaml = scenarioWith(csv, 's-blank.yaml');
    const found = errors(() => loadScenario(yaml));
    expect(found).toEqual([
      expect.stringMatching(/^caseload .*blank-rows\.csv: row 5, column weeks_in_placement: must not be negative$/),
      expect.stringMatching(/^caseload .*blank-rows\.csv: row 6, column setting: unknown setting "home:Atlantis"/),
    ]);
  });
});
