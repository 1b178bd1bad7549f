import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
