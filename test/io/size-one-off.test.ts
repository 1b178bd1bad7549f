import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The built CLI (npm test builds first).
const size = (...extra: string[]) => spawnSync(process.execPath, ['dist/src/cli.js', 'size', 'scenarios/test/hub-loss.yaml',
  '--vary', 'services.hub.beds=2..4', '--target', 'spillover.share<=0.9', '--seed', '2', '-r', '4', '--initial', '4', '--workers', '0', '--json', ...extra], { encoding: 'utf8' });
const costs = (doc: { configurations: { figures: { id: string; mean: number }[] }[] }) => doc.configurations.map((c) => c.figures.find((f) => f.id === 'cost.total')!.mean);

describe('size --one-off: the purchase or set-up price of places added', () => {
  it('adds the cost per unit above today\'s value (3 beds) to cost.total, and nothing below it', () => {
    const without = size();
    const withCost = size('--one-off', 'services.hub.beds=250000');
    expect(without.status, without.stderr).toBe(0);
    expect(withCost.status, withCost.stderr).toBe(0);
    const [a, b] = [costs(JSON.parse(without.stdout)), costs(JSON.parse(withCost.stdout))];
    // 2 beds (one fewer than today): nothing sold, no saving; 3 (today): nothing; 4: one bed added.
    expect(b[0] - a[0]).toBe(0);
    expect(b[1] - a[1]).toBe(0);
    expect(b[2] - a[2]).toBeCloseTo(250_000, 3);
  });

  it('says in the statement what the costs include, either way', () => {
    expect(JSON.parse(size().stdout).statement).toContain('No one-off (capital or set-up) cost is included for places added');
    const doc = JSON.parse(size('--one-off', 'services.hub.beds=250000').stdout);
    expect(doc.oneOffPerUnit).toEqual({ 'services.hub.beds': 250000 });
    expect(doc.statement).toContain('One-off costs included, paid on the start date: £250k per hub.beds added above today\'s.');
  });

  it('refuses a path that is not varied and a price that is not a number, naming each', () => {
    const r = size('--one-off', 'services.outreach.slots=1000', '--one-off', 'services.hub.beds=lots');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--one-off services.outreach.slots=1000: services.outreach.slots is not varied');
    expect(r.stderr).toContain('--one-off services.hub.beds=lots: expected path=pounds per unit added');
  });

  it('a search with nothing to vary is refused, not run as "no configuration meets"', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli.js', 'size', 'scenarios/test/hub-loss.yaml', '--target', 'spillover.share<=0.9', '--seed', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--vary: give at least one path=from..to to search');
  });

  it('each configuration carries its one-off costs and its cost by financial year (summary.csv), not only its total', () => {
    const doc = JSON.parse(size('--one-off', 'services.hub.beds=250000').stdout);
    const four = doc.configurations[2].figures as { id: string; mean: number }[];
    expect(four.find((f) => f.id === 'cost.other')!.mean).toBeCloseTo(250_000, 3);
    const years = four.filter((f) => /^cost\.fy\d{4}\.total$/.test(f.id));
    expect(years.length).toBe(10); // hub-loss runs ten years from 1 April 2026
    expect(years.reduce((a, f) => a + f.mean, 0)).toBeCloseTo(four.find((f) => f.id === 'cost.total')!.mean, 0);
  });
});

