import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sensitivityCommand } from '../../src/io/commands/sensitivity.js';
import type { TornadoRow } from '../../src/capacity/tornado.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HUB_LOSS = join(ROOT, 'scenarios', 'test', 'hub-loss.yaml');
const PRICE = 'placements.external.outOfCountyWeeklyCostGbp.value';

describe('carecap sensitivity', () => {
  it("ranks assumptions by how much they move an option's effect, on common random numbers", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'carecap-sens-')), 'o');
    let printed = '';
    const opts = {
      range: [`${PRICE}=4000,8000`, 'services.hub.fixedWeeklyGbpPerBed=5200,5200'],
      option: ['services.hub.beds=4'], figure: 'cost.total', seed: 3, replications: 6, workers: 0, out, set: ['horizonYears=2'], json: false,
    };
    expect(await sensitivityCommand(HUB_LOSS, opts, (s) => (printed = s))).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { rows: TornadoRow[] };
    const [price, noop] = doc.rows;
    expect(price.assumption).toBe(PRICE);
    // A fourth bed turns fewer referrals away to external placements: the dearer they are, the more it saves.
    expect(price.optionAtHigh!.meanDifference).toBeLessThan(price.optionAtLow!.meanDifference);
    // A "range" that changes nothing is the central scenario itself: on common random numbers, exactly no change.
    expect(noop.swing).toBe(0);
    expect(noop.atLow.meanDifference).toBe(0);
    expect(noop.atHigh.sdDifference).toBe(0);
    expect(readFileSync(join(out, 'tornado.csv'), 'utf8').split('\n')[1]).toMatch(new RegExp(`^${PRICE.replace(/\./g, '\\.')},4000,8000,`));
    expect(printed).toContain('swing');
    // Money as people read it, rounded to what its interval supports, and every mean with its interval.
    expect(printed).not.toMatch(/£\d{1,3},\d{3},\d{3}/);
    expect(printed).toMatch(/^Central cost\.total: £[\d.]+m ± £[\d.]+[mk];/m);
    expect(printed).toContain('high − low: 0 (no change in any replication)');
    const priceSpan = printed.split('\n').find((l) => l.includes('high − low:') && !l.includes('no change'))!;
    expect(priceSpan).toMatch(/high − low: −£[\d.]+[mk] \([−+]£[\d.]+[mk] to [−+]£[\d.]+[mk]\)/);
    expect(price.highMinusLow!.mean).toBeCloseTo(price.optionAtHigh!.meanDifference - price.optionAtLow!.meanDifference, 6);
    const svg = readFileSync(join(out, 'tornado.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(4); // two bars (low, high) per assumption
  });

  it('a bad range exits 2 naming the file and the rule, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'carecap-sens-')), 'o');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), 'sensitivity', HUB_LOSS, '--range', 'services.hub.beds=2', '--range', 'services.hub.bed=1,2', '-s', '1', '-w', '0', '-o', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--range services.hub.beds=2: expected exactly two values, low,high');
    expect(r.stderr).toMatch(/unknown field "bed"/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('a path ranged twice is refused (two rows for one assumption), and each bad value is blamed on the --range or --option that set it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'carecap-sens-')), 'o');
    const opts = {
      range: ['services.hub.beds=2,4', 'services.hub.stayDays+services.hub.beds=3,5'],
      option: ['services.outreach.slots=-1'], figure: 'cost.total', seed: 3, replications: 4, workers: 0, out, set: [], json: false,
    };
    const err = await sensitivityCommand(HUB_LOSS, opts, () => undefined).then(() => null, (e: Error) => e);
    expect(err?.message).toContain('--range services.hub.stayDays+services.hub.beds=3,5: services.hub.beds is already ranged by --range services.hub.beds=2,4');
    expect(err?.message).toContain('(from --range services.hub.stayDays+services.hub.beds=3,5 (low))');
    expect(err?.message).toContain('(from --option services.outreach.slots=-1)');
    expect(err?.message).not.toContain('from --set');
    expect(existsSync(out)).toBe(false);
  });
});

