import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReturnDate, parseReturnDate } from '../../src/calibrate/return-dates.js';

// The built CLI (npm test builds first), as a council analyst runs it.
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'carecap-calibrate-'));
const ret = join(dir, 'return');
const files = (prefix: string) => readdirSync(ret).filter((f) => f.startsWith(prefix)).sort().map((f) => join(ret, f));
const read = (f: string) => readFileSync(f, 'utf8').trimEnd().split('\n').map((l) => l.split(','));
const write = (f: string, rows: string[][]) => writeFileSync(f, rows.map((r) => r.join(',')).join('\n') + '\n');
let n = 0;

/** Calibrate with one episodes file replaced by `rows` (the others as made); returns the result and the out folder. */
function calibrateWith(change: (rows: string[][]) => string[][], extra: string[] = [], table: 'episodes' | 'header' = 'episodes') {
  const chosen = files(table)[1];
  const bad = join(dir, `bad-${++n}.csv`);
  write(bad, change(read(chosen)));
  const args = (t: string) => files(t).flatMap((f) => [`--${t}`, t === table && f === chosen ? bad : f]);
  const out = join(dir, `out-${n}`);
  return { r: cli('calibrate', ...args('episodes'), ...args('header'), '--start-date', '2026-04-01', '--out', out, ...extra), out, bad };
}
const col = (rows: string[][], name: string) => rows[0].indexOf(name);
const closedRow = (rows: string[][]) => rows.findIndex((r, i) => i > 0 && r[col(rows, 'DEC')] !== '');

beforeAll(() => {
  const r = cli('synth-903', 'scenarios/leicestershire.yaml', '--seed', '3', '--years', '2', '--out', ret);
  expect(r.status).toBe(0);
});

describe('carecap calibrate on a good return', () => {
  it('writes a scenario that validates and runs, and a caseload with no identifiers', () => {
    const { r, out } = calibrateWith((rows) => rows);
    expect(r.status).toBe(0);
    const yaml = readFileSync(join(out, 'scenario.yaml'), 'utf8');
    expect(yaml).toMatch(/ratePerYear: [\d.]+ # calibrated: .*95% CI/);
    expect(yaml).toMatch(/beds: 3 # assumed, not in the SSDA903/);
    expect(readFileSync(join(out, 'caseload.csv'), 'utf8').split('\n')[0]).toMatch(/^\uFEFFage_years,need,setting,weekly_cost_gbp,weeks_in_placement\r?$/);
    const run = cli('run', join(out, 'scenario.yaml'), '--seed', '1', '-r', '4', '--workers', '0', '--out', join(out, 'run'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('privacy: no CHILD id, postcode or date of birth in the scenario, the caseload or the terminal', () => {
    const { r, out } = calibrateWith((rows) => rows);
    const ids = files('episodes').flatMap((f) => read(f).slice(1).map((row) => row[0]));
    const births = files('header').flatMap((f) => read(f).slice(1).map((row) => row[2]));
    const iso = births.map((d) => d.split('/').reverse().join('-'));
    const written = [readFileSync(join(out, 'scenario.yaml'), 'utf8'), readFileSync(join(out, 'caseload.csv'), 'utf8'), r.stdout, r.stderr].join('\n');
    expect(ids.length).toBeGreaterThan(100);
    for (const id of new Set(ids)) expect(written).not.toContain(id);
    for (const d of new Set([...births, ...iso])) expect(written).not.toContain(d);
    expect(written).not.toContain('ZZ99');
  });
});

describe('bad returns: every problem at once, naming table, file, row and column; exit 2; nothing written', () => {
  const fails = (res: ReturnType<typeof calibrateWith>, pattern: RegExp) => {
    expect(res.r.status).toBe(2);
    expect(res.r.stderr).toMatch(pattern);
    expect(res.r.stderr).not.toMatch(/SYN\d{6}|at .*\.js:\d+/); // no child id, no stack trace
    expect(existsSync(res.out)).toBe(false);
  };

  it('a code not on the DfE list', () => {
    const res = calibrateWith((rows) => rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === col(rows, 'PLACE') ? 'K9' : c)) : r)));
    fails(res, /bad-\d+\.csv \(episodes table\) row 3, column PLACE: "K9" is not a DfE code for PLACE/);
  });

  it('dates out of order (DEC before DECOM)', () => {
    let row = 0;
    const res = calibrateWith((rows) => {
      row = closedRow(rows);
      return rows.map((r, i) => (i === row ? r.map((c, j) => (j === col(rows, 'DEC') ? '01/01/2000' : c)) : r));
    });
    fails(res, new RegExp(`row ${row + 1}, column DEC: is before DECOM`));
  });

  it('overlapping episodes of one child', () => {
    let last = 0;
    const res = calibrateWith((rows) => {
      const day = (r: string[], c: string) => parseReturnDate(r[col(rows, c)]) ?? NaN;
      const i = rows.findIndex((r, k) => k > 0 && day(r, 'DEC') - day(r, 'DECOM') >= 2);
      const inside = [...rows[i]];
      inside[col(rows, 'DECOM')] = formatReturnDate(day(rows[i], 'DECOM') + 1); // starts while the episode is still running
      inside[col(rows, 'RNE')] = 'P';
      last = rows.length + 1;
      return [...rows, inside];
    });
    fails(res, new RegExp(`row ${last}, column DECOM: overlaps the child's previous episode`));
  });

  it('a child 18 or over when an episode starts', () => {
    const res = calibrateWith((rows) => rows.map((r, i) => (i > 0 ? [r[0], r[1], '01/01/1990', ...r.slice(3)] : r)), [], 'header');
    fails(res, /\(episodes table\) row \d+, column DECOM: the child is 18 or over/);
    expect(res.r.stderr).not.toContain('01/01/1990');
  });

  it('a header row with a bad DOB, or an episode row too short to read, is reported as such, never as a child with no header row (hostile review 7)', () => {
    const badDob = calibrateWith((rows) => rows.map((r, i) => (i === 1 ? [r[0], r[1], 'not a date', ...r.slice(3)] : r)), [], 'header');
    fails(badDob, /\(header table\) row 2, column DOB: /);
    expect(badDob.r.stderr).not.toContain('has no row in the header table');
    const short = calibrateWith((rows) => rows.map((r, i) => (i === 2 ? r.slice(0, -1) : r)));
    fails(short, /row 3: has 13 cells, the header has 14/);
    expect(short.r.stderr).not.toContain('has no row in the header table');
    // A child no header row names at all is still told so.
    const missing = calibrateWith((rows) => rows.map((r, i) => (i === 1 ? ['SYN999999', ...r.slice(1)] : r)));
    fails(missing, /\(episodes table\) row \d+, column CHILD: has no row in the header table/);
  });

  it('a missing column', () => {
    const res = calibrateWith((rows) => rows.map((r) => r.filter((_, j) => j !== col(rows, 'REASON_PLACE_CHANGE'))));
    fails(res, /\(episodes table\) row 1, column REASON_PLACE_CHANGE: missing column \(another year's layout\?/);
  });

  it("another year's format: ISO dates, and a header table given as episodes", () => {
    const iso = calibrateWith((rows) => rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === col(rows, 'DECOM') ? c.split('/').reverse().join('-') : c)) : r)));
    fails(iso, /row 3, column DECOM: is a date as yyyy-mm-dd; the return writes dates as dd\/mm\/yyyy/);
    const swapped = calibrateWith(() => read(files('header')[0]));
    fails(swapped, /row 1, column DECOM: missing column \(this looks like a header table\)/);
  });

  it('reports every problem at once, then --drop-invalid leaves those children out and says how many', () => {
    const change = (rows: string[][]) => rows.map((r, i) => (i === 2 || i === 5 ? r.map((c, j) => (j === col(rows, 'LS') ? 'XX' : c)) : r));
    const res = calibrateWith(change);
    fails(res, /row 3, column LS: "XX" is not a DfE code for LS[\s\S]*row 6, column LS:[\s\S]*2 problems in the return \(--drop-invalid/);
    const dropped = calibrateWith(change, ['--drop-invalid']);
    expect(dropped.r.status).toBe(0);
    expect(dropped.r.stdout).toMatch(/Left out [12] children with 2 problems in their rows \(--drop-invalid\)/);
  });

  it('a start date outside the returns', () => {
    const r = cli('calibrate', ...files('episodes').flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2030-04-01', '--out', join(dir, 'late'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--start-date: 2030-04-01 is outside the returns' years: they cover 2024-04-01 to 2026-03-31, so a start date may be from 2024-04-01 to 2026-04-01 \(the day after they end\)/);
    expect(existsSync(join(dir, 'late'))).toBe(false);
  });

  it('a start date that is not in the calendar (it used to be read as the day it overflows to)', () => {
    for (const date of ['2026-02-30', '2025-13-01', '2026-04-31']) {
      const r = cli('calibrate', ...files('episodes').flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', date, '--out', join(dir, 'nodate'));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--start-date: "${date}" is not a date in the calendar`);
      expect(existsSync(join(dir, 'nodate'))).toBe(false);
    }
  });

  it('run from another folder, the default template is the scenario shipped with carecap, not one in that folder', () => {
    const out = join(dir, 'elsewhere');
    const r = spawnSync(process.execPath, [join(process.cwd(), 'dist/src/cli.js'), 'calibrate', ...files('episodes').flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2026-04-01', '--out', out], { encoding: 'utf8', cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toMatch(/on the template leicestershire\.yaml/);
  });

  it('episodes files with only their header row: the files are named as holding no episode, not "0 problems"', () => {
    const out = join(dir, 'empty-episodes');
    const only = files('episodes').map((f, i) => {
      const g = join(dir, `header-only-${i}.csv`);
      write(g, read(f).slice(0, 1));
      return g;
    });
    const r = cli('calibrate', ...only.flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2026-04-01', '--out', out);
    expect(r.status).toBe(2);
    for (const f of only) expect(r.stderr).toContain(`${f} (episodes table) row 2, column DECOM: no episode rows (only the header)`);
    expect(r.stderr).toContain(`${only.length} problems in the return`);
    expect(r.stderr).not.toMatch(/^0 problems/m);
    expect(existsSync(out)).toBe(false);
  });

  it('a return with no family-based placements keeps the template\'s family rates, marked assumed, and runs', () => {
    const ret2 = join(dir, 'hub-only-return');
    expect(cli('synth-903', 'scenarios/test/hub-loss.yaml', '--seed', '1', '--years', '2', '--out', ret2).status).toBe(0);
    const out = join(dir, 'hub-only');
    const all = (p: string) => readdirSync(ret2).filter((f) => f.startsWith(p)).sort().flatMap((f) => [`--${p}`, join(ret2, f)]);
    const r = cli('calibrate', ...all('episodes'), ...all('header'), '--start-date', '2026-04-01', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('family-based after residential not estimable (no such placements in the return');
    expect(r.stdout).not.toContain('NaN');
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toMatch(/breakdownPerYear: [\d.]+ # assumed, not in the SSDA903/);
    expect(cli('run', join(out, 'scenario.yaml'), '--seed', '1', '-r', '2', '--workers', '0').status).toBe(0);
  });

  it('a template with a long name gives a calibrated name the schema accepts (80 characters at most)', () => {
    const out = join(dir, 'long-name');
    const r = cli('calibrate', ...files('episodes').flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2026-04-01', '--template', 'scenarios/benefits-2026.yaml', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const name = /^name: (.*?) # /m.exec(readFileSync(join(out, 'scenario.yaml'), 'utf8'))![1];
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/…, calibrated from an SSDA903 return$/);
  });

  it('one mistyped year in an end date is named at its row and column, not reported as a missing year at row 1', () => {
    let row = -1;
    const { r, bad } = calibrateWith((rows) => {
      row = closedRow(rows);
      const copy = rows.map((x) => [...x]);
      const [d, m, y] = copy[row][col(copy, 'DEC')].split('/');
      copy[row][col(copy, 'DEC')] = `${d}/${m}/${Number(y) + 2}`;
      return copy;
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(episodes table\\) row ${row + 1}, column DEC: \\d\\d/\\d\\d/\\d{4} is after the end of this return's year`));
    expect(r.stderr).not.toContain('the returns skip the year');
  });

  it('a column given twice is refused, naming it and both places, not read from its last copy', () => {
    const { r, bad } = calibrateWith((rows) => rows.map((x, i) => [...x, i === 0 ? 'PLACE' : x[col(rows, 'PLACE')]]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`\\(episodes table\\) row 1, column PLACE: column given twice \\(columns \\d+ and \\d+\\): keep one`));
    expect(r.stderr).toContain(bad);
  });

  it('the same file given twice is refused on the command line, not read as every episode clashing with itself', () => {
    const [first] = files('episodes');
    const r = cli('calibrate', '--episodes', first, '--episodes', first, ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2026-04-01', '--out', join(dir, 'twice'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--episodes ${first}: the same file as --episodes ${first}; give each year once`);
    expect(r.stderr).not.toContain('starts the same day');
  });

  it('--drop-invalid that leaves no child says so, not "0 problems in the return"', () => {
    // Every episodes file with an invalid CIN in every row: no child is left once the invalid ones are dropped.
    const all = files('episodes').map((f, k) => {
      const g = join(dir, `all-bad-${k}.csv`);
      const rows = read(f);
      write(g, rows.map((x, i) => (i === 0 ? x : x.map((c, j) => (j === col(rows, 'CIN') ? 'ZZ' : c)))));
      return g;
    });
    const every = cli('calibrate', ...all.flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2026-04-01', '--drop-invalid', '--out', join(dir, 'none-left'));
    expect(every.status).toBe(2);
    expect(every.stderr).toMatch(/every child's episodes have a problem \(\d+ children, \d+ problems\): --drop-invalid leaves nothing to calibrate from/);
    expect(every.stderr).not.toMatch(/^0 problems/m);
    expect(existsSync(join(dir, 'none-left'))).toBe(false);
  });

  it('a row with a cell left out is refused by its cell count, echoing no value: a date of birth or postcode shifted into a code column was printed', () => {
    // Header table: the SEX cell left out of row 2, so the date of birth would fall in SEX.
    const header = calibrateWith((rows) => rows.map((x, i) => (i === 1 ? x.filter((_, j) => j !== col(rows, 'SEX')) : x)), [], 'header');
    expect(header.r.status).toBe(2);
    expect(header.r.stderr).toContain(`${header.bad} (header table) row 2: has ${read(files('header')[1])[0].length - 1} cells, the header has ${read(files('header')[1])[0].length}`);
    const dob = read(files('header')[1])[1][col(read(files('header')[1]), 'DOB')];
    expect(header.r.stderr).not.toContain(dob);
    // Episodes: an extra cell at the start of row 3 shifts every value one column on.
    const episodes = calibrateWith((rows) => rows.map((x, i) => (i === 2 ? ['X', ...x] : x)), ['--drop-invalid']);
    expect(episodes.r.status).toBe(2); // not dropped: whose child the row is cannot be told
    expect(episodes.r.stderr).toMatch(/\(episodes table\) row 3: has \d+ cells, the header has \d+/);
    expect(episodes.r.stderr).not.toMatch(/is not a DfE code/);
    expect(existsSync(episodes.out)).toBe(false);
  });

  it('a quoted cell holding a line break is one cell (RFC 4180), and the rows after it keep their numbers', () => {
    // A free-text REASON_PLACE_CHANGE-like cell with a line break, in a column calibrate does not read; row 4 then gets a bad code.
    const good = calibrateWith((rows) => [[...rows[0], 'NOTE'], ...rows.slice(1).map((x, i) => [...x, i === 0 ? '"moved, then\nmoved again"' : ''])]);
    expect(good.r.stderr).toBe('');
    expect(good.r.status).toBe(0);
    const bad = calibrateWith((rows) => [[...rows[0], 'NOTE'], ...rows.slice(1).map((x, i) => [...(i === 2 ? x.map((c, j) => (j === col(rows, 'CIN') ? 'ZZ' : c)) : x), i === 0 ? '"line one\nline two"' : ''])]);
    expect(bad.r.status).toBe(2);
    expect(bad.r.stderr).toMatch(/\(episodes table\) row 4, column CIN: "ZZ" is not a DfE code/);
    expect(bad.r.stderr).not.toMatch(/row 5|has \d+ cells/);
  });

  it('a template whose streams share a node by a YAML anchor is calibrated, not an internal error (the alias dangled)', () => {
    // The direct stream's ageYears (which calibrate replaces) anchored, and the outreach stream's (which it keeps) an alias of it.
    const text = readFileSync('scenarios/leicestershire.yaml', 'utf8');
    const direct = text.indexOf('    route: direct\n    ageYears:');
    let t = text.slice(0, direct) + text.slice(direct).replace('    ageYears:', '    ageYears: &ages');
    const outreach = t.indexOf('    route: outreach\n    ageYears:');
    const needMix = t.indexOf('    needMix:', outreach);
    t = t.slice(0, outreach) + '    route: outreach\n    ageYears: *ages\n' + t.slice(needMix);
    const template = join(dir, 'anchored.yaml');
    writeFileSync(template, t.replace(/^caseload: (.*)$/m, `caseload: ${join(process.cwd(), 'scenarios', 'leicestershire-caseload.csv')}`));
    expect(cli('run', template, '-s', '1', '-r', '1', '-w', '0', '--json').status).toBe(0);
    const { r, out } = calibrateWith((rows) => rows, ['--template', template]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const run = cli('run', join(out, 'scenario.yaml'), '--seed', '1', '-r', '2', '--workers', '0', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('calibrate --out: what is already in the folder', () => {
  const run = (out: string) => cli('calibrate', ...files('episodes').flatMap((f) => ['--episodes', f]), ...files('header').flatMap((f) => ['--header', f]), '--start-date', '2026-04-01', '--out', out);

  it('refuses to replace a scenario.yaml or caseload.csv it did not write, and leaves them as they were (hostile review 7)', () => {
    const out = mkdtempSync(join(tmpdir(), 'carecap-calibrate-own-'));
    writeFileSync(join(out, 'scenario.yaml'), '# my own hand-edited scenario\n');
    writeFileSync(join(out, 'caseload.csv'), 'age_years,need\n');
    const r = run(out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out holds a scenario.yaml that carecap calibrate did not write');
    expect(r.stderr).toContain('--out holds a caseload.csv beside no calibrated scenario.yaml');
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toBe('# my own hand-edited scenario\n');
    expect(readFileSync(join(out, 'caseload.csv'), 'utf8')).toBe('age_years,need\n');
  });

  it("refuses a folder holding another command's results, which publishing would delete", () => {
    const out = join(dir, 'a-run');
    expect(cli('run', 'scenarios/test/hub-loss.yaml', '--seed', '1', '-r', '2', '--workers', '0', '--out', out).status).toBe(0);
    const before = readdirSync(out).sort();
    const r = run(out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out holds another command's results \(.*results\.json\): writing a calibrated scenario here would delete them/);
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('replaces its own earlier calibration', () => {
    const out = join(dir, 'again');
    expect(run(out).status).toBe(0);
    expect(run(out).status).toBe(0);
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toMatch(/^# Calibrated by carecap calibrate/);
  });
});
