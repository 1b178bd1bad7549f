import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ragOf } from '../../src/report/targets.js';
import { figure } from './fixtures.js';

describe('red, amber, green against a limit, by the spread of outcomes', () => {
  // figure(): p50 = mean − 0.05 sd, p90 = mean + 1.35 sd; sd = 20% of the mean here.
  const f = figure('cost.total', 'Total cost', 'GBP', 'cost', 100, 0.2);
  it('is green when at least 9 of 10 futures are within (P90 ≤ limit)', () => expect(ragOf(f, f.p90)).toBe('green'));
  it('is amber when more than 1 and at most 5 of 10 are over (P50 ≤ limit < P90)', () => expect(ragOf(f, f.p50)).toBe('amber'));
  it('is red when more than half are over (P50 > limit)', () => expect(ragOf(f, f.p50 - 0.01)).toBe('red'));
});

describe.skipIf(!existsSync('dist/src/cli.js'))('reporting.targets in a scenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carecap-targets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const scenario = (targets: string) => {
    const file = join(dir, `s-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, `${readFileSync(resolve('scenarios/test/hub-loss.yaml'), 'utf8')}\nreporting:\n  targets:\n${targets}`);
    return file;
  };
  const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });

  it('travel into results.json and colour the report', () => {
    const file = scenario('    - { figure: spillover.share, atMost: 0.99, name: "Spill-over ceiling", source: "test" }\n');
    const out = join(dir, 'ok');
    const r = cli('run', file, '--seed', '3', '--replications', '10', '--workers', '0', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(doc.reporting.targets[0]).toMatchObject({ figure: 'spillover.share', atMost: 0.99 });
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect(page).toContain('id="targets-table"');
    expect(page).toMatch(/Spill-over ceiling[\s\S]*Green: within the limit/);
  });

  it('an unknown figure is bad input: exit 2, the field named, nothing written', () => {
    const file = scenario('    - { figure: cost.nonsense, atMost: 1, name: "x", source: "test" }\n');
    const out = join(dir, 'bad');
    const r = cli('run', file, '--seed', '3', '--replications', '5', '--workers', '0', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('reporting.targets.0.figure: no figure "cost.nonsense"');
    expect(existsSync(out)).toBe(false);
  });
});
