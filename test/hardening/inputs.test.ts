import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/io/load-scenario.js';
import { InputError } from '../../src/io/input-error.js';
import { readBatchFile } from '../../src/io/batch-file.js';
import { openShare, positiveNumber, wholeNumber, workerCount } from '../../src/io/number-options.js';
import { terminalSafe } from '../../src/io/terminal-text.js';
import { journeysCommand } from '../../src/io/journeys-command.js';
import { reportCommand } from '../../src/io/report-command.js';
import { inProcess, scenarioFile, tempDir } from './helpers.js';

/** The problems of an InputError (or [] when there is none). */
function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  return [];
}

describe('prototype keys are refused by name (issue 14)', () => {
  it.each(['__proto__.x=1', 'constructor.prototype.x=1', 'services.__proto__.x=1'])('--set %s', (set) => {
    const dir = tempDir();
    expect(problems(() => loadScenario(scenarioFile(dir), [set]))).toEqual([expect.stringMatching(/is refused: it names a JavaScript prototype/)]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('--set toString=1 is an unknown field, not a crash', () => {
    expect(problems(() => loadScenario(scenarioFile(tempDir()), ['toString=1']))).toEqual([expect.stringMatching(/unknown field "toString"/)]);
  });

  it('the same in a batch file', () => {
    const dir = tempDir();
    scenarioFile(dir);
    const batch = join(dir, 'batch.yaml');
    writeFileSync(batch, 'baseline: scenario.yaml\noptions:\n  - name: A\n    set: { "__proto__.polluted": 1, "constructor.prototype.x": 2 }\n');
    expect(problems(() => readBatchFile(batch))).toEqual([
      expect.stringMatching(/^options\[0\]\.set: __proto__\.polluted: "__proto__" is refused/),
      expect.stringMatching(/^options\[0\]\.set: constructor\.prototype\.x: "constructor" is refused/),
    ]);
  });

  it('a batch option whose set is a bare __proto__ map is refused, not dropped (which left the option equal to the baseline)', () => {
    const dir = tempDir();
    scenarioFile(dir);
    const batch = join(dir, 'batch.yaml');
    writeFileSync(batch, 'baseline: scenario.yaml\noptions:\n  - name: A\n    set: {__proto__: {services.hub.beds: 9}}\n');
    expect(problems(() => readBatchFile(batch))).toEqual([expect.stringMatching(/^options\[0\]\.set: __proto__: "__proto__" is refused/)]);
  });

  it('an option named as the baseline is told so, and a repeated option name is told it is used twice', () => {
    const dir = tempDir();
    scenarioFile(dir);
    const batch = join(dir, 'batch.yaml');
    writeFileSync(batch, 'baseline: scenario.yaml\nname: Hub 2\noptions:\n  - { name: Hub 2, set: { services.hub.beds: 2 } }\n  - { name: B, set: {} }\n  - { name: B, set: {} }\n');
    expect(problems(() => readBatchFile(batch))).toEqual([
      'options[0].name: "Hub 2" is also the baseline\'s name (name:), or prints as it; give the option another',
      'options[2].name: "B" is used twice, or prints as another option\'s name',
    ]);
  });

  it('names that print alike are told apart: a trailing blank is refused, and a no-break space inside is the same name (hostile review 7)', () => {
    const dir = tempDir();
    scenarioFile(dir);
    const batch = join(dir, 'batch.yaml');
    writeFileSync(batch, 'baseline: scenario.yaml\noptions:\n  - { name: "Baseline\\u00a0", set: {} }\n  - { name: "Hub\\u00a04 beds", set: {} }\n  - { name: "Hub 4 beds", set: {} }\n');
    expect(problems(() => readBatchFile(batch))).toEqual([
      'options[0].name: must not begin or end with a space (or another blank character)',
    ]);
    writeFileSync(batch, 'baseline: scenario.yaml\noptions:\n  - { name: "Hub\\u00a04 beds", set: {} }\n  - { name: "Hub 4 beds", set: {} }\n');
    expect(problems(() => readBatchFile(batch))).toEqual(['options[1].name: "Hub 4 beds" is used twice, or prints as another option\'s name']);
  });
});

describe('numbers on the command line are decimal only (issue 14)', () => {
  it.each(['0x10', '1e3', ' 7', '7 ', '+7', '٣', '1.0'])('--seed %j is refused', (v) => {
    expect(() => wholeNumber(0)(v)).toThrow(/written in decimal digits/);
  });
  it.each(['0.9x', '0x1', '1e-1', '.', '1', '0', ''])('--confidence %j is refused', (v) => {
    expect(() => openShare(v)).toThrow(/between 0 and 1/);
  });
  it('plain decimals are read', () => {
    expect([wholeNumber(0)('16'), openShare('0.9'), positiveNumber('.05')]).toEqual([16, 0.9, 0.05]);
  });
  it('--workers above four per core is refused with the limit', () => {
    expect(() => workerCount('1000')).toThrow(/at most \d+ worker threads on this machine/);
    expect(workerCount('0')).toBe(0);
  });
});

const CSV_HEADER = 'age_years,need,setting,weekly_cost_gbp,weeks_in_placement';
function withCaseload(csv: string, edits: Record<string, unknown> = {}): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'caseload.csv'), csv);
  return scenarioFile(dir, { caseload: 'caseload.csv', ...edits });
}

describe('caseload CSVs (issue 14)', () => {
  it('a duplicated column is refused, not silently the first', () => {
    const found = problems(() => loadScenario(withCaseload(`${CSV_HEADER},need\n12,any,family,900,3,ebd\n`)));
    expect(found).toEqual([expect.stringMatching(/row 1: column "need" appears twice \(columns 2 and 6\)/)]);
  });

  it.each(['0x0F', '1e3', 'Infinity', ' ', '12abc'])('the cell %j is not read as a number', (cell) => {
    const found = problems(() => loadScenario(withCaseload(`${CSV_HEADER}\n${cell},any,family,900,3\n`)));
    expect(found).toEqual([expect.stringMatching(/row 2, column age_years: (".*" is not a decimal number|is empty)/)]);
  });

  it('every problem at once, the scenario\'s named by CSV row and column', () => {
    const found = problems(() => loadScenario(withCaseload(`${CSV_HEADER}\n12,any,family,900,3\n12,nope,home:Atlantis,900,3\n0x0F,any,family,900,3\n`, { horizonYears: 0.001 })));
    // The file's own problem (row 4), then the scenario's, row 3's among them: row 4's problem does not hide them.
    expect(found).toEqual([
      expect.stringMatching(/caseload .*caseload\.csv: row 4, column age_years: "0x0F" is not a decimal number/),
      expect.stringMatching(/^horizonYears: 0\.001 years rounds to 0 days/),
      expect.stringMatching(/caseload .*caseload\.csv: row 3, column need: unknown need "nope"/),
      expect.stringMatching(/caseload .*caseload\.csv: row 3, column setting: unknown setting "home:Atlantis"/),
    ]);
    const rows = problems(() => loadScenario(withCaseload(`${CSV_HEADER}\n12,any,family,900,3\n12,nope,home:Atlantis,900,3\n`)));
    expect(rows).toEqual([
      expect.stringMatching(/caseload .*caseload\.csv: row 3, column need: unknown need "nope"/),
      expect.stringMatching(/caseload .*caseload\.csv: row 3, column setting: unknown setting "home:Atlantis"/),
    ]);
  });

  it('a row at £1e9 a week is refused; one at £30,000 a week is warned about', async () => {
    expect(problems(() => loadScenario(withCaseload(`${CSV_HEADER}\n12,any,family,1000000000,3\n`)))).toEqual([
      expect.stringMatching(/row 2, column weekly_cost_gbp: 1000000000 is above 1,000,000 pounds a week/),
    ]);
    const { status, text } = await inProcess(async () => { loadScenario(withCaseload(`${CSV_HEADER}\n12,any,family,30000,3\n`)); return 0; });
    expect(status).toBe(0);
    expect(text).toMatch(/warning: caseload .*row 2, column weekly_cost_gbp: £30,000 a week is far above any cost/);
  });
});

describe('validation up front of what a run would trip on (issue 14)', () => {
  it.each([
    [{ horizonYears: 0.001 }, /^horizonYears: 0\.001 years rounds to 0 days/],
    [{ 'services.hub.fixedWeeklyGbpPerBed': 1e308 }, /^services\.hub\.fixedWeeklyGbpPerBed: 1e\+308 is above 1,000,000 pounds a week/],
    [{ 'services.hub.stayDays': { dist: 'lognormal', mean: 1e300, sd: 1 } }, /^services\.hub\.stayDays: 1e\+300 is above 1,000,000 days/],
    [{ 'services.homes.0.opens': '2027-01-01', 'services.homes.0.closes': '2026-06-01' }, /^services\.homes\[0\]\.closes: closes \(2026-06-01\) must be after opens \(2027-01-01\)/],
    [{ 'demand.0.ageYears': { dist: 'uniform', min: 10, max: 19 } }, /^demand\[0\]\.ageYears: arrival ages reach 19/],
    [{ 'demand.0.ratePerYear': 1e7 }, /^demand\[0\]\.ratePerYear: 10000000 is above 100,000 arrivals a year/],
    [{ 'services.hub.beds': 1e9 }, /^services\.hub\.beds: 1000000000 is above 10,000/],
    // A map by need takes its own name's rule (review 5: a rate of 1e300 a year for one need once ran).
    [{ 'placements.external.breakdownPerYearByNeed': { ebd: 1e300 } }, /^placements\.external\.breakdownPerYearByNeed\.ebd: 1e\+300 is above 365 a year/],
    [{ 'services.hub.stayDaysByNeed': { ebd: { dist: 'fixed', value: 1e300 } } }, /^services\.hub\.stayDaysByNeed\.ebd: 1e\+300 is above 1,000,000 days/],
  ])('%j', (edits, message) => {
    expect(problems(() => loadScenario(scenarioFile(tempDir(), edits)))).toEqual([expect.stringMatching(message)]);
  });
});

describe('inputs that once crashed or hung (issue 14)', () => {
  const ALIAS_BOMB = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';

  it('journeys on a YAML alias bomb: exit 2 with a message', async () => {
    const file = join(tempDir(), 'bomb.yaml');
    writeFileSync(file, ALIAS_BOMB);
    const r = await inProcess((print) => journeysCommand(file, { json: false }, print));
    expect(r.status).toBe(2);
    expect(r.text).toMatch(/bomb\.yaml: not valid YAML: Excessive alias count/);
  });

  it('a file whose few aliases repeat one large anchor is refused by its expanded size, not walked for seconds', () => {
    // 900 aliases (under the alias limit) of a 30,000-value list: 27 million values once expanded (hostile review 7).
    const file = join(tempDir(), 'shared.yaml');
    writeFileSync(file, `name: &a [${Array(30_000).fill('1').join(',')}]\nx: [${Array(900).fill('*a').join(',')}]\n`);
    expect(problems(() => loadScenario(file))).toEqual(['holds 27,030,903 values once its YAML aliases are expanded, more than the 4,194,304 a carecap input may hold; repeat less through aliases']);
  });

  it('a scenario file over the size limit is refused before it is parsed', () => {
    const file = join(tempDir(), 'big.yaml');
    writeFileSync(file, `name: x\ndescription: "${'a'.repeat(5 * 1024 * 1024)}"\n`);
    expect(problems(() => loadScenario(file))).toEqual([expect.stringMatching(/the scenario is 5\.0 MiB, more than the 4\.0 MiB carecap reads/)]);
  });

  it('a scenario nested too deep is refused', () => {
    const file = join(tempDir(), 'deep.json');
    writeFileSync(file, `{"name": ${'['.repeat(2000)}${']'.repeat(2000)}}`);
    expect(problems(() => loadScenario(file))).toEqual([expect.stringMatching(/nested more than 64 levels deep/)]);
  });

  it.each([
    ['a minimal results.json', '{"kind":"run"}', /provenance: missing/],
    ['an incomplete results.json', '{"kind":"compare","provenance":{}}', /incomplete or from another carecap version/],
    ['a sensitivity study\'s results.json', '{"kind":"sensitivity"}', /a sensitivity study: its chart is tornado\.svg/],
  ])('report on %s: exit 2 with a message', async (_, text, message) => {
    const folder = tempDir();
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'results.json'), text);
    const r = await inProcess(async () => { await reportCommand(folder); return 0; });
    expect(r.status).toBe(2);
    expect(r.text).toMatch(message);
  });

  it('report on a results.json that is a named pipe: exit 2 at once, not a wait for ever (hostile review 7)', async () => {
    const folder = tempDir();
    expect(spawnSync('mkfifo', [join(folder, 'results.json')]).status).toBe(0);
    const r = await inProcess(async () => { await reportCommand(folder); return 0; });
    expect(r.status).toBe(2);
    expect(r.text).toMatch(/results\.json: cannot read results \(not a regular file/);
  });
});

describe('the terminal (issue 14)', () => {
  it('control characters are stripped, line feeds and tabs kept', () => {
    expect(terminalSafe('a\u001b[2J\u001b[31mb\u0007c\u009b\td\ne\u001b]0;title\u0007f')).toBe('abc\td\nef');
  });

  it('bidirectional controls are stripped too (a name printed reversed), other letters kept', () => {
    expect(terminalSafe('Hope\u202eesuoH\u202c Place \u2066x\u2069 é')).toBe('HopeesuoH Place x é');
  });

  it('a scenario name with escape sequences does not reach the terminal', () => {
    const file = scenarioFile(tempDir(), { name: 'Evil\u001b[2J\u001b]0;pwned\u0007 name' });
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', file, '--seed', '1', '--replications', '2', '--workers', '0'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Evil name');
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
  });

  it('`schema | head` ends quietly (EPIPE)', () => {
    const r = spawnSync('bash', ['-c', 'node dist/src/cli.js schema | head -c 10 > /dev/null; echo "status ${PIPESTATUS[0]}"'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status 0');
    expect(r.stderr).toBe('');
  });

  it('a full disk under standard output is said plainly, with exit 2, not a stack trace or a quiet 0', () => {
    for (const args of ['schema', 'run scenarios/test/hub-loss.yaml --seed 1 -r 2 --workers 0 --json']) {
      const r = spawnSync('bash', ['-c', `node dist/src/cli.js ${args} > /dev/full`], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('carecap: cannot write to standard output (ENOSPC: the disk is full): what was written there is incomplete');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('a reader that has gone does not turn a failed run into success: the exit status and the results stay the run\'s own', () => {
    // The reader (`true`) has exited before carecap starts, so every line carecap writes meets a closed pipe. The
    // run fails at replication 0 (an event budget of 10): exit 1, and no folder left. It exited 0 (hostile review 7).
    const out = join(tempDir(), 'never');
    const r = spawnSync('bash', ['-c', `(sleep 0.5; node dist/src/cli.js run scenarios/test/hub-loss.yaml --seed 1 -r 5 --workers 1 --set limits.eventsPerReplication=10 --out ${out} 2>&1) | true; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status 1');
    expect(existsSync(out)).toBe(false);
  });
});

describe('today\'s caseload given twice', () => {
  it('a scenario with both caseload: and initialCaseload: is refused, not read as the CSV alone', () => {
    const dir = tempDir();
    const src = readFileSync('scenarios/leicestershire.yaml', 'utf8').replace(/^caseload: .*$/m, (line) => `${line.replace('leicestershire-caseload.csv', join(process.cwd(), 'scenarios/leicestershire-caseload.csv'))}\ninitialCaseload:\n  - { ageYears: 12, need: typo, setting: home }`);
    const f = join(dir, 'both.yaml');
    writeFileSync(f, src);
    expect(problems(() => loadScenario(f))).toContainEqual(expect.stringMatching(/^caseload and initialCaseload: give today's caseload once/));
  });
});


describe('YAML the parser would only warn about, or read in part', () => {
  it('an unknown tag is refused at its line, not printed as a Node warning and read as text', () => {
    const f = join(tempDir(), 'tag.yaml');
    writeFileSync(f, 'name: !custom x\n');
    expect(problems(() => loadScenario(f))).toEqual([expect.stringMatching(/^not valid YAML: Unresolved tag: !custom at line 1/)]);
  });

  it('an unknown tag in a --set value is refused with the others, not printed as a Node warning (hostile review 7)', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', 'scenarios/test/hub-loss.yaml', '--seed', '1', '-r', '1', '--workers', '0', '--set', 'services.hub.beds=!foo 4'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('scenarios/test/hub-loss.yaml: --set services.hub.beds=!foo 4: the value is not valid YAML (Unresolved tag: !foo at line 1, column 1)');
  });

  it('two documents in one file are refused, saying so', () => {
    const f = join(tempDir(), 'two.yaml');
    writeFileSync(f, 'name: a\n---\nname: b\n');
    expect(problems(() => loadScenario(f))).toEqual(['holds 2 YAML documents (separated by --- lines); a scenario is one']);
  });
});

describe('text carecap cannot read as meant is named as such', () => {
  const write = (name: string, bytes: Buffer) => {
    const f = join(tempDir(), name);
    writeFileSync(f, bytes);
    return f;
  };
  it('UTF-16 (NUL bytes), Windows-1252 and CR-only line ends each get their own reason', () => {
    const utf16 = write('u16.yaml', Buffer.from('\ufeffname: x\n', 'utf16le'));
    expect(problems(() => loadScenario(utf16))).toEqual([expect.stringMatching(/holds NUL bytes: is it UTF-16/)]);
    const cp1252 = write('cp.yaml', Buffer.from([...Buffer.from('name: Hope'), 0x92, ...Buffer.from('s\n')]));
    expect(problems(() => loadScenario(cp1252))).toEqual([expect.stringMatching(/is not UTF-8 \(line 1\): is it Windows-1252/)]);
    const cr = write('cr.yaml', Buffer.from('name: x\rdescription: y\r'));
    expect(problems(() => loadScenario(cr))).toEqual([expect.stringMatching(/lines end with CR alone/)]);
  });
});
