import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/io/commands/compare.js';
import { sizeCommand } from '../../src/io/commands/size.js';
import type { CompareDocument, SizeDocument } from '../../src/capacity/result-document.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HUB_LOSS = join(ROOT, 'scenarios', 'test', 'hub-loss.yaml');
const temp = () => mkdtempSync(join(tmpdir(), 'carecap-compare-'));

/** Runs the CLI from source (tsx) and returns its exit status and stderr. */
function cli(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

function batch(text: string): string {
  const file = join(temp(), 'batch.yaml');
  writeFileSync(file, text.replace('HUB', HUB_LOSS));
  return file;
}

describe('override errors exit 2 naming the file and the path', () => {
  it('--set with an unknown path or a bad value', () => {
    const r = cli(['compare', HUB_LOSS, HUB_LOSS, '-s', '1', '-r', '2', '-w', '0', '--set', 'services.hub.bed=4', '--set', 'services.outreach.slot=1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${HUB_LOSS}: --set services.hub.bed=4: services.hub.bed: unknown field "bed" in services.hub`);
    expect(r.stderr).toContain('services.outreach.slot: unknown field "slot"');
    const bad = cli(['size', HUB_LOSS, '--vary', 'services.hub.beds=1..2', '--target', 'spillover.share<=0.1', '-s', '1', '-w', '0', '--set', 'services.hub.maxWaitDays=soon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`${HUB_LOSS}: services\\.hub\\.maxWaitDays: .*\\(from --set services\\.hub\\.maxWaitDays=soon\\)`));
  });

  it('a batch option with an unknown path, a bad value, or a missing list element', () => {
    const file = batch(`baseline: HUB
options:
  - name: typo
    set: { services.hub.bedz: 4 }
  - name: negative
    set: { services.hub.beds: -1 }
  - name: no such home
    set: { services.homes.Nowhere House.closes: 2027-01-01 }
`);
    const r = cli(['compare', '--batch', file, '-s', '1', '-r', '2', '-w', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: option "typo": ${HUB_LOSS}: options[0] "typo" set: services.hub.bedz: unknown field "bedz"`);
    expect(r.stderr).toMatch(/option "negative": .*services\.hub\.beds: .*\(from options\[1\] "negative" set\)/);
    expect(r.stderr).toContain('services.homes.Nowhere House.closes: no element "Nowhere House" in services.homes');
  });

  it('a size search with a bad --vary or an unknown figure', () => {
    const r = cli(['size', HUB_LOSS, '--vary', 'services.hub.beds=5..2', '--target', 'spillover.share<0.1', '-s', '1', '-w', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${HUB_LOSS}: --vary services.hub.beds=5..2: the range ends (2) before it starts (5)`);
    expect(r.stderr).toContain('--target spillover.share<0.1: expected figure<=value');
    const f = cli(['size', HUB_LOSS, '--vary', 'services.hub.bed=1..2', '--target', 'spillover.shar<=0.1', '-s', '1', '-w', '0']);
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('--vary services.hub.bed=1: services.hub.bed: unknown field "bed"');
    const b = cli(['size', HUB_LOSS, '--vary', 'services.hub.beds=1..2', '--budget', '1000000', '-s', '1', '-w', '0']);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('--budget: name the risk to minimise with --objective');
    const n = cli(['size', HUB_LOSS, '--vary', 'services.hub.beds=1..2', '-s', '1', '-w', '0']);
    expect(n.status).toBe(2);
    expect(n.stderr).toContain('--target: required (or --budget)');
    const r2 = cli(['size', HUB_LOSS, '--vary', 'services.hub.beds=1..2', '--budget', '1000000', '--objective', 'spillover.share', '-s', '1', '-w', '0']);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain('spillover.share is a ratio; with --budget minimise a count, e.g. spillover.count');
  });
});

describe('compare and size write their documents', () => {
  it('compare --batch: results.json, differences.csv, workbook and report; list append and dates', async () => {
    const out = temp();
    const file = batch(`baseline: HUB
figures: [cost.total, spillover.share]
options:
  - name: Hub 4 beds
    description: one more bed,
      at £5,200 a week
    set: { services.hub.beds: 4 }
  - name: Hub opens July 2026
    set: { services.hub.opens: 2026-07-01 }
`);
    let printed = '';
    const code = await compareCommand(undefined, [], { batch: file, seed: 3, replications: 8, workers: 0, set: ['horizonYears=2'], json: false, out }, (s) => (printed += s));
    expect(code).toBe(0);
    for (const f of ['results.json', 'differences.csv', 'decisions.csv', 'summary.csv', 'results.xlsx', 'report.html']) expect(existsSync(join(out, f))).toBe(true);
    const doc = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as CompareDocument;
    expect(doc.kind).toBe('compare');
    expect(doc.keyFigures).toEqual(['cost.total', 'spillover.share']);
    expect(doc.options.map((o) => o.name)).toEqual(['Hub 4 beds', 'Hub opens July 2026']);
    expect(doc.options[1].overrides).toEqual({ 'services.hub.opens': '2026-07-01' });
    const fy = doc.options[1].differences.find((d) => d.id === 'cost.fy2026.localFixed')!;
    expect(fy.meanDifference).toBeLessThan(0); // a quarter without the Hub's fixed cost
    expect(printed).toMatch(/Total cost over the period[^£\n]* +£[\d.]+m +£[\d.]+m +[−+]£[\d.]+m \([−+]£[\d.]+m to [−+]£[\d.]+m\) +(better|worse|cannot tell)/);
    // The decision: description kept, options ranked by mean cost difference (no option carries money of its own).
    expect(doc.options[0].description).toBe('one more bed, at £5,200 a week');
    expect(doc.ranking?.rankedBy).toBe('meanCostDifference');
    const cost = (i: number) => doc.options[i].differences.find((d) => d.id === 'cost.total')!.meanDifference;
    expect(cost(doc.ranking!.order[0])).toBeLessThanOrEqual(cost(doc.ranking!.order[1]));
    expect(doc.options.map((o) => o.decision!.rank).sort()).toEqual([1, 2]);
    expect(doc.options[0].decision!.byFinancialYear!.map((y) => y.fy)).toEqual(['2026/27', '2027/28']); // a two-year run from 1 April 2026
    expect(readFileSync(join(out, 'decisions.csv'), 'utf8')).toContain('one more bed, at £5,200 a week');
  });

  it('size: configurations with replications, a choice and a Pareto front', async () => {
    let printed = '';
    const code = await sizeCommand(HUB_LOSS, {
      vary: ['services.hub.beds=2..6'], target: 'spillover.share<=0.5', objective: 'cost.total', confidence: 0.95,
      seed: 9, replications: 40, initial: 10, workers: 0, set: ['horizonYears=2'], json: true,
    }, (s) => (printed += s));
    expect(code).toBe(0);
    const doc = JSON.parse(printed) as SizeDocument;
    expect(doc.configurations).toHaveLength(5);
    expect(doc.chosen).not.toBeNull();
    expect(doc.configurations.some((c) => c.onParetoFront)).toBe(true);
    expect(doc.configurations.every((c) => c.replications >= 10 && c.replications <= 40)).toBe(true);
    expect(doc.method).toMatch(/Andradóttir & Kim/);
    // Never a dropped configuration; the answer in words; compared with today's configuration (3 beds, index 1).
    expect(doc.configurations[doc.chosen!].dropped).toBeUndefined();
    expect(['single', 'tie']).toContain(doc.outcome);
    expect(doc.statement).toMatch(/Recommended/);
    expect(doc.today?.settings).toEqual({ 'services.hub.beds': 3 });
    expect(doc.today?.index).toBe(1);
    expect(doc.today?.difference?.n).toBe(doc.configurations[doc.chosen!].replications);
    // The scenario described is today's (3 beds), not the grid's first point (2 beds).
    expect(doc.scenario.capacity.find((c) => c.service === 'Hub assessment beds')?.places).toBe(3);
  });
});
