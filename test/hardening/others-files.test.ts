import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

// The built CLI (npm test builds first).
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', ...args], { encoding: 'utf8' });

describe('an --out folder with files of carecap\'s names but no results.json', () => {
  it('is refused, naming the files, which stay as they were (they were once deleted)', () => {
    const dir = join(tempDir(), 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'weekly.csv'), 'mine\n');
    writeFileSync(join(dir, 'tornado.csv'), 'mine too\n');
    const r = cli('compare', '--batch', 'scenarios/options/hub-bed-added.yaml', '-s', '1', '-r', '2', '-w', '0', '-o', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out holds weekly.csv, tornado.csv but no results.json');
    expect(readFileSync(join(dir, 'weekly.csv'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'tornado.csv'), 'utf8')).toBe('mine too\n');
    expect(existsSync(join(dir, 'results.json'))).toBe(false);
  });

  it('a carecap results folder is still rewritten, and the earlier command\'s other files removed', () => {
    const dir = join(tempDir(), 'results');
    expect(cli('run', 'scenarios/test/hub-loss.yaml', '-s', '1', '-r', '2', '-w', '0', '-o', dir).status).toBe(0);
    expect(existsSync(join(dir, 'weekly.csv'))).toBe(true);
    expect(cli('compare', '--batch', 'scenarios/options/hub-bed-added.yaml', '-s', '1', '-r', '2', '-w', '0', '-o', dir).status).toBe(0);
    expect(existsSync(join(dir, 'weekly.csv'))).toBe(false);
    expect(existsSync(join(dir, 'decisions.csv'))).toBe(true);
  });
});

describe('a folder a carecap was publishing to when it was killed (kill -9, power cut)', () => {
  // Publishing removes the old results.json first; killed mid-way, the folder holds carecap's files without one,
  // beside the dead writer's lock and staging folder. The next command clears them (docs/running.md), not refuses
  // the folder as "not carecap's" for good (hostile review 3).
  const interrupted = (withLeftovers: boolean) => {
    const dir = join(tempDir(), withLeftovers ? 'killed' : 'no-leftovers');
    expect(cli('run', 'scenarios/test/hub-loss.yaml', '-s', '1', '-r', '2', '-w', '0', '-o', dir).status).toBe(0);
    rmSync(join(dir, 'results.json'));
    // A process id that cannot be running (above Linux's pid_max of 2^22).
    if (withLeftovers) {
      writeFileSync(join(dir, '.carecap.lock'), '99999999');
      mkdirSync(join(dir, '.carecap-staging-99999999-0a1b2c3d'));
      writeFileSync(join(dir, '.carecap-staging-99999999-0a1b2c3d', 'results.json'), '{}');
    }
    return dir;
  };

  it('is rewritten whole, and the leftovers removed', () => {
    const dir = interrupted(true);
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '-s', '2', '-r', '2', '-w', '0', '-o', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).provenance.seed).toBe(2);
    expect(readdirSync(dir).filter((f) => f.startsWith('.carecap'))).toEqual([]);
  });

  it('without a dead writer\'s leftovers the same files are still refused as someone else\'s', () => {
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '-s', '2', '-r', '2', '-w', '0', '-o', interrupted(false));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('but no results.json');
  });
});

describe('a folder where the lock file goes', () => {
  it('is named as not a lock, not reported as another carecap taking the lock', () => {
    const dir = join(tempDir(), 'locked');
    mkdirSync(join(dir, '.carecap.lock'), { recursive: true });
    const r = cli('run', 'scenarios/test/hub-loss.yaml', '-s', '1', '-r', '2', '-w', '0', '-o', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, '.carecap.lock')} is not a lock file`);
    expect(r.stderr).not.toContain('keeps taking it');
  });
});
