import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCommand } from '../../src/io/commands/run.js';
import { BASE_SCENARIO, inProcess, scenarioFile, tempDir } from './helpers.js';

const run = (file: string, out?: string) => inProcess((print) => runCommand(file, { seed: 1, replications: 2, workers: 0, json: false, set: [], ...(out ? { out } : {}) }, print));

describe('an output never replaces a file the command reads', () => {
  it('a scenario called results.json in the --out folder: exit 2, the scenario unchanged, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'results.json');
    const text = JSON.stringify(BASE_SCENARIO);
    writeFileSync(file, text);
    const r = await run(file, dir);
    expect(r.status).toBe(2);
    expect(r.text).toContain(`${dir}: --out would replace ${file}, a file this command reads`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a caseload called summary.csv beside the scenario, the same folder as --out: refused, the caseload unchanged', async () => {
    const dir = tempDir();
    const caseload = join(dir, 'summary.csv');
    const csv = 'age_years,need,setting,weekly_cost_gbp,weeks_in_placement\n12,any,external-out-of-county,5000,10\n';
    writeFileSync(caseload, csv);
    const file = join(dir, 's.yaml');
    writeFileSync(file, stringify({ ...BASE_SCENARIO, caseload: 'summary.csv' }));
    const r = await run(file, dir);
    expect(r.status).toBe(2);
    expect(r.text).toContain(`--out would replace ${caseload}, a file this command reads`);
    expect(readFileSync(caseload, 'utf8')).toBe(csv);
  });

  it('a scenario in the --out folder under any other name is fine', async () => {
    const dir = tempDir();
    const file = scenarioFile(dir);
    expect((await run(file, dir)).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).kind).toBe('run');
  });
});

describe('only regular files are read', () => {
  it('a device or a pipe as the scenario or the caseload: exit 2 at once, not an endless read', async () => {
    const r = await run('/dev/zero');
    expect(r.status).toBe(2);
    expect(r.text).toContain('/dev/zero: cannot read the scenario (not a regular file: a device, pipe or socket)');
    const dir = tempDir();
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect((await run(fifo)).text).toContain(`${fifo}: cannot read the scenario (not a regular file`);
    const file = join(dir, 's.yaml');
    writeFileSync(file, stringify({ ...BASE_SCENARIO, caseload: '/dev/zero' }));
    const c = await run(file);
    expect(c.status).toBe(2);
    expect(c.text).toContain('/dev/zero: cannot read the caseload file (not a regular file');
  });
});

describe('a JSON scenario is held to the same rules as YAML', () => {
  it('a duplicate key is refused, not silently the last one', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    const file = join(dir, 'in', 'dup.JSON');
    writeFileSync(file, JSON.stringify(BASE_SCENARIO).replace('{', '{"horizonYears": 3,'));
    const r = await run(file);
    expect(r.status).toBe(2);
    expect(r.text).toMatch(/dup\.JSON: not valid JSON: Map keys must be unique/);
  });
});

describe('nesting deeper than the parser can follow', () => {
  it('a YAML file thousands of levels deep gets the nesting rule, not "Maximum call stack size exceeded"', async () => {
    const file = join(tempDir(), 'deep.yaml');
    writeFileSync(file, `name: x\nd: ${'['.repeat(3000)}${']'.repeat(3000)}\n`);
    const r = await run(file);
    expect(r.status).toBe(2);
    expect(r.text).toContain(`${file}: nested more than 64 levels deep; no carecap input is`);
    expect(r.text).not.toContain('call stack');
  });
});

describe('numbers in a scenario are plain decimals, as on the command line', () => {
  it('a hexadecimal or octal value is refused with the field named, in a file and in --set', async () => {
    const dir = tempDir();
    const file = join(dir, 'hex.yaml');
    writeFileSync(file, stringify(BASE_SCENARIO).replace(/^horizonYears: .*$/m, 'horizonYears: 0x2'));
    const r = await run(file);
    expect(r.status).toBe(2);
    expect(r.text).toContain(`${file}: horizonYears: Invalid input: expected number, received string`);
    const set = await inProcess((print) => runCommand(scenarioFile(dir), { seed: 1, replications: 2, workers: 0, json: false, set: ['horizonYears=0o2'] }, print));
    expect(set.status).toBe(2);
    expect(set.text).toContain('horizonYears: Invalid input: expected number, received string (from --set horizonYears=0o2)');
  });
});

describe('an error caused by an override names the override, however it named the list element', () => {
  it('--set by element name is blamed on a problem the scenario reports by index', async () => {
    const dir = tempDir();
    const file = join(dir, 's.yaml');
    writeFileSync(file, stringify({ ...BASE_SCENARIO, services: { ...BASE_SCENARIO.services, homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5000 }, { name: 'Ivan House', beds: 4, fixedWeeklyGbpPerBed: 5000 }] } }));
    const r = await inProcess((print) => runCommand(file, { seed: 1, replications: 2, workers: 0, json: false, set: ['services.homes.Ivan House.beds=0'] }, print));
    expect(r.status).toBe(2);
    expect(r.text).toContain('services.homes[1].beds: Too small: expected number to be >0 (from --set services.homes.Ivan House.beds=0)');
  });
});
