import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/io/commands/run.js';
import { compareCommand } from '../../src/io/commands/compare.js';
import { sizeCommand } from '../../src/io/commands/size.js';
import { inProcess, scenarioFile, tempDir } from './helpers.js';

const run = (file: string, out: string) => inProcess((print) => runCommand(file, { seed: 1, replications: 3, workers: 0, json: false, set: [], out }, print));
const compare = (file: string, other: string, out: string) => inProcess((print) => compareCommand(file, [other], { seed: 1, replications: 2, workers: 0, set: [], json: false, out }, print));

describe('one output mechanism for every command (issue 14)', () => {
  it('run then compare into one folder leaves no stale run files beside the comparison', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const file = scenarioFile(dir);
    expect((await run(file, out)).status).toBe(0);
    expect(readdirSync(out)).toContain('replications.csv');
    expect((await compare(file, scenarioFile(dir, { 'services.hub.beds': 3 }, 'other.yaml'), out)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['decisions.csv', 'differences.csv', 'report.html', 'results.json', 'results.xlsx', 'summary.csv']);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).kind).toBe('compare');
  });

  it('a second writer gets a clear error, exit 2, and the folder is untouched', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.carecap.lock'), String(process.ppid)); // held by a live process (the one that started this one)
    writeFileSync(join(out, 'results.json'), '{"kind":"run"}');
    for (const r of [await run(scenarioFile(dir), out), await compare(scenarioFile(dir), scenarioFile(dir, {}, 'b.yaml'), out)]) {
      expect(r.status).toBe(2);
      expect(r.text).toMatch(/another carecap \(process \d+\) is writing to this folder/);
    }
    expect(readdirSync(out).sort()).toEqual(['.carecap.lock', 'results.json']);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('{"kind":"run"}');
  });

  it("a lock naming this process's own id, which it does not hold, is stale: a container's carecap is process 1 every time it starts (hostile review 7)", async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.carecap.lock'), String(process.pid)); // left by an earlier life with this process's id
    writeFileSync(join(out, 'results.json'), '{"kind":"run"}');
    const r = await run(scenarioFile(dir), out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).kind).toBe('run');
  });

  it('a lock and staging folders left by a killed run are cleaned up', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(join(out, '.carecap-staging-999999999-abcd1234'), { recursive: true });
    writeFileSync(join(out, '.carecap-staging-999999999-abcd1234', 'replications.csv'), 'x');
    writeFileSync(join(out, '.carecap.lock'), '999999999'); // no such process
    expect((await run(scenarioFile(dir), out)).status).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it.each([
    ['a file', (dir: string) => { writeFileSync(join(dir, 'f'), ''); return join(dir, 'f'); }, /is a file, not a folder/],
    ['under a file', (dir: string) => { writeFileSync(join(dir, 'f'), ''); return join(dir, 'f', 'sub'); }, /ENOTDIR/],
  ])('--out that is %s: exit 2 with a message for run, compare and size', async (_, make, message) => {
    const dir = tempDir();
    const out = make(dir);
    const file = scenarioFile(dir);
    const results = [
      await run(file, out),
      await compare(file, scenarioFile(dir, {}, 'b.yaml'), out),
      await inProcess((print) => sizeCommand(file, { vary: ['services.hub.beds=1..2'], target: 'spillover.share<=0.5', objective: 'cost.total', confidence: 0.95, seed: 1, replications: 2, initial: 2, workers: 0, set: [], json: false, out }, print)),
    ];
    for (const r of results) {
      expect(r.status).toBe(2);
      expect(r.text).toMatch(message);
      expect(r.text).not.toMatch(/\n\s+at /);
    }
  });

  // Node 20's recursive mkdir spun for ever, at full CPU and deaf to Ctrl-C, where the kernel says ENOENT
  // for a parent that exists (under /proc; Linux only); a shard's --out under a file was an "internal error".
  // The built CLI in a child process (npm test builds first), with a time limit, so a hang fails the test.
  const cases = [
    ['under a file', (dir: string) => { writeFileSync(join(dir, 'f'), ''); return join(dir, 'f', 'sub'); }, /ENOTDIR: part of the path is a file/],
    ...(existsSync('/proc/self') ? [['under /proc', () => '/proc/carecap-out/sub', /ENOENT: a folder cannot be created at this path/] as const] : []),
  ] as const;
  it.each(cases.flatMap(([what, make, message]) => [[what, [] as string[], make, message], [what, ['--shard', '1/2'], make, message]] as const))(
    'a --out %s (run %j): exit 2 with a message, promptly, not an internal error',
    (_, extra, make, message) => {
      const dir = tempDir();
      const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', scenarioFile(dir), '--seed', '1', '-r', '4', '--workers', '0', ...extra, '--out', make(dir)], { encoding: 'utf8', timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    },
  );

  it('a run whose every replication fails leaves the previous results as they were', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const file = scenarioFile(dir);
    expect((await run(file, out)).status).toBe(0);
    const before = readdirSync(out).sort();
    const runaway = scenarioFile(dir, { 'demand.0.ratePerYear': 100000, horizonYears: 40 }, 'runaway.yaml');
    const r = await run(runaway, out);
    expect(r.status).toBe(1);
    expect(r.text).toMatch(/replication 0 .*failed: more than 500,000 events .* check demand\[0\]\.ratePerYear/);
    expect(r.text).toMatch(/re-run it alone with: carecap run/);
    expect(readdirSync(out).sort()).toEqual(before);
    expect(existsSync(join(out, 'weekly.csv'))).toBe(true);
  });

  it.each([[[] as string[]], [['--shard', '0/2']]])('a run %j that writes nothing into new nested folders leaves none of the folders it made, and the parent that was there', (extra) => {
    // It removed only the innermost folder: --out base/a/b left base/a behind (hostile review 7).
    const base = tempDir();
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'run', 'scenarios/test/hub-loss.yaml', '--seed', '1', '-r', '3', '--workers', '0', '--set', 'limits.eventsPerReplication=1', ...extra, '--out', join(base, 'a', 'b')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(existsSync(base)).toBe(true);
    expect(readdirSync(base)).toEqual([]);
  });

  it('a folder in the way of one result file is found before anything changes: exit 2, every earlier file as it was', async () => {
    // It used to fail at that file's rename, after results.json had gone and the files before it were replaced,
    // while saying the previous results were untouched (hostile review 7).
    const dir = tempDir();
    const out = join(dir, 'out');
    const file = scenarioFile(dir);
    expect((await run(file, out)).status).toBe(0);
    rmSync(join(out, 'weekly.csv'));
    mkdirSync(join(out, 'weekly.csv'));
    const contents = () => readdirSync(out).sort().map((f) => (f === 'weekly.csv' ? f : `${f}:${readFileSync(join(out, f), 'utf8')}`));
    const before = contents();
    const r = await inProcess((print) => runCommand(file, { seed: 2, replications: 2, workers: 0, json: false, set: [], out }, print));
    expect(r.status).toBe(2);
    expect(r.text).toContain(`${join(out, 'weekly.csv')} is a folder, where carecap writes its weekly.csv: move it away, or write to another folder; the folder's previous results are untouched`);
    expect(contents()).toEqual(before);
  });
});
