import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareDocument, RunDocument, SizeDocument } from '../../src/capacity/result-document.js';
import { HUB_LOSS, spawnCli, tempDir } from '../workers/helpers.js';

/** Waits until the command has locked its folder and staged, then a little longer so that some replications finish. */
async function waitForStaging(out: string, settleMs: number): Promise<void> {
  for (let tries = 0; tries < 1200; tries++) {
    if (existsSync(out) && readdirSync(out).some((f) => f.startsWith('.carecap-staging-'))) {
      await new Promise((r) => setTimeout(r, settleMs));
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing staged in ${out}`);
}

const results = <T>(out: string) => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as T;
const LONG = ['--seed', '7', '--workers', '1', '--set', 'horizonYears=2'];

describe('one signal policy for every command (issue 14)', () => {
  it('SIGTERM on run: exit 143, what finished written marked partial, no staging folder', async () => {
    const out = tempDir();
    const cli = spawnCli(['run', HUB_LOSS, ...LONG, '--replications', '100000', '--batch-size', '20', '--out', out]);
    await waitForStaging(out, 1500);
    cli.signal('SIGTERM');
    const { code, stderr } = await cli.exited;
    expect(code).toBe(143);
    expect(stderr).toContain('Stopping (SIGTERM)');
    const doc = results<RunDocument>(out);
    expect(doc.provenance.partial).toBe(true);
    expect(doc.provenance.replications).toBeGreaterThan(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('Ctrl-C once every replication is under way stops nothing: the whole result, exit 0, not 130 (hostile review 7)', async () => {
    // One replication of about a million events: dispatched at once, so the signal arrives while it runs.
    const out = tempDir();
    const cli = spawnCli(['run', 'scenarios/test/loss-3000.yaml', '--seed', '1', '--workers', '1', '--replications', '1', '--out', out]);
    await waitForStaging(out, 200);
    cli.signal('SIGINT');
    const { code } = await cli.exited;
    const doc = results<RunDocument>(out);
    expect(doc.provenance.partial).toBe(false);
    expect(doc.provenance.replications).toBe(1);
    expect(code).toBe(0);
  });

  it('SIGTERM on a shard: exit 143 (a batch scheduler\'s stop), no shard file, and no promise of partial results', async () => {
    const out = tempDir();
    const cli = spawnCli(['run', HUB_LOSS, ...LONG, '--replications', '100000', '--shard', '0/2', '--out', out]);
    for (let tries = 0; tries < 1200 && !(existsSync(out) && readdirSync(out).some((f) => f.endsWith('.partial'))); tries++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1000));
    cli.signal('SIGTERM');
    const { code, stderr } = await cli.exited;
    expect(code).toBe(143);
    expect(stderr).toContain('Stopping (SIGTERM): finishing the batches in flight, then stopping without writing');
    expect(stderr).not.toContain('writing partial results');
    expect(readdirSync(out)).toEqual([]);
  });

  it('Ctrl-C on compare: exit 130, the differences written marked partial', async () => {
    const out = tempDir();
    const cli = spawnCli(['compare', HUB_LOSS, HUB_LOSS, ...LONG, '--replications', '100000', '--out', out]);
    await waitForStaging(out, 2500);
    cli.signal('SIGINT');
    const { code, stdout } = await cli.exited;
    expect(code).toBe(130);
    const doc = results<CompareDocument>(out);
    expect(doc.provenance.partial).toBe(true);
    expect(doc.provenance.replications).toBeLessThan(100000);
    expect(stdout).toMatch(/STOPPED after [\d,]+ of 100,000 replications: these differences are partial and support no conclusion/);
    // The decision files say so too, and call no option possibly the best.
    expect(doc.options.every((o) => o.decision?.amongBest === undefined && o.decision?.sentence.startsWith('PARTIAL ('))).toBe(true);
    const decisions = readFileSync(join(out, 'decisions.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    expect(decisions.every((l) => l.includes('PARTIAL ('))).toBe(true);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('Ctrl-C on size: exit 130, and the stopped search claims no configuration', async () => {
    const out = tempDir();
    // A first round of 2,000 replications of 6 configurations over ten years (about 0.6 ms each, 7 s in all on one
    // worker) cannot finish before the signal. Over two years (LONG) it once did on a quiet machine, and the finished
    // search was written whole.
    const cli = spawnCli(['size', HUB_LOSS, '--seed', '7', '--workers', '1', '--vary', 'services.hub.beds=1..6', '--target', 'spillover.share<=0.01', '--replications', '100000', '--initial', '2000', '--out', out]);
    await waitForStaging(out, 1500);
    cli.signal('SIGINT');
    const { code, stdout } = await cli.exited;
    expect(code).toBe(130);
    const doc = results<SizeDocument>(out);
    expect(doc.provenance.partial).toBe(true);
    expect(doc.chosen).toBeNull();
    expect(stdout).toContain('no configuration is claimed');
  });

  it('Ctrl-C before any replication finished: exit 130, says nothing was written, and a folder it made is gone', async () => {
    // One replication of ~1.4 million events takes seconds, so the signal comes before the first finishes.
    const out = join(tempDir(), 'new-folder');
    const slow = ['--set', 'demand.0.ratePerYear=70000', '--set', 'limits.eventsPerReplication=3000000', '--batch-size', '1'];
    const cli = spawnCli(['run', HUB_LOSS, '--seed', '7', '--workers', '1', '--replications', '1000', ...slow, '--out', out]);
    await waitForStaging(out, 0);
    cli.signal('SIGINT');
    const { code, stdout, stderr } = await cli.exited;
    expect(code).toBe(130);
    expect(stderr).toContain('carecap: stopped before any replication finished; nothing written');
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('SIGTERM on merge: exit 143, said, nothing written, no staging or lock left', async () => {
    const shards = tempDir();
    // Two shards of the default scenario (about a second to merge on this machine), made in this test.
    for (const i of [0, 1]) {
      const made = spawnCli(['run', 'scenarios/leicestershire.yaml', '--seed', '1', '-r', '1200', '--shard', `${i}/2`, '--out', shards]);
      expect((await made.exited).code).toBe(0);
    }
    const out = join(tempDir(), 'merged');
    const cli = spawnCli(['merge', shards, '--out', out]);
    await waitForStaging(out, 0);
    cli.signal('SIGTERM');
    const { code, stderr } = await cli.exited;
    expect(code).toBe(143);
    expect(stderr).toContain('Stopped (SIGTERM): the merge wrote nothing');
    expect(existsSync(out)).toBe(false); // it made the folder, so it removes it
  }, 60_000);
});
