import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunDocument } from '../../src/capacity/result-document.js';
import { HUB_LOSS, spawnCli, tempDir } from './helpers.js';

/** Waits until the staging folder exists (and, if asked, its streamed replications.csv has rows). */
async function waitForStart(out: string, rows: boolean): Promise<void> {
  for (let tries = 0; tries < 1200; tries++) {
    const staging = existsSync(out) ? readdirSync(out).find((f) => f.startsWith('.carecap-staging-')) : undefined;
    const csv = staging && join(out, staging, 'replications.csv');
    if (csv && existsSync(csv) && (!rows || statSync(csv).size > 0)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the run into ${out} did not start`);
}

// Far more replications than finish before the signal: the run must be cut short.
const LONG = ['run', HUB_LOSS, '--seed', '7', '--replications', '50000', '--workers', '1', '--batch-size', '20'];

describe('Ctrl-C', () => {
  it('stops dispatching, writes what finished marked partial, exits 130 and leaves no temporary files', async () => {
    const out = tempDir();
    const cli = spawnCli([...LONG, '--out', out]);
    await waitForStart(out, true);
    cli.signal('SIGINT');
    const { code, stderr } = await cli.exited;
    expect(code).toBe(130);
    expect(stderr).toContain('Stopping');
    const doc = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as RunDocument;
    expect(doc.provenance.partial).toBe(true);
    expect(doc.provenance.replications).toBeGreaterThan(0);
    expect(doc.provenance.replications).toBeLessThan(50000);
    expect(doc.figures.find((f) => f.id === 'cost.total')?.n).toBe(doc.provenance.replications);
    const rows = readFileSync(join(out, 'replications.csv'), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(doc.provenance.replications + 1);
    expect(readdirSync(out).sort()).toEqual(['replications.csv', 'report.html', 'results.json', 'results.xlsx', 'summary.csv', 'weekly.csv']);
  });

  it('a second Ctrl-C exits 130 at once, writing nothing', async () => {
    const out = tempDir();
    // Batches of 5,000 keep the first Ctrl-C waiting on the batches in flight
    // for long enough to press it again; signals are sent one after the other
    // (two at once may arrive as one).
    const cli = spawnCli([...LONG, '--batch-size', '5000', '--out', out]);
    await waitForStart(out, false);
    cli.signal('SIGINT');
    await cli.saw('Stopping');
    cli.signal('SIGINT');
    const { code } = await cli.exited;
    expect(code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('bad options', () => {
  it.each([['-1'], ['two'], ['1.5'], ['']])('--workers %j exits 2 and writes nothing', async (value) => {
    const out = tempDir();
    const { code, stderr } = await spawnCli(['run', HUB_LOSS, '--seed', '1', '--workers', value, '--out', join(out, 'x')]).exited;
    expect(code).toBe(2);
    expect(stderr).toContain('--workers');
    expect(existsSync(join(out, 'x'))).toBe(false);
  });
});
