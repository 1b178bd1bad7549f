import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sizeCommand } from '../../src/io/commands/size.js';
import type { SizeDocument } from '../../src/capacity/result-document.js';

const HUB_LOSS = join(resolve(import.meta.dirname, '..', '..'), 'scenarios', 'test', 'hub-loss.yaml');

describe("size compares the recommendation with today's configuration once, the same way in the table and the statement", () => {
  it("today's row gives the statement's paired difference, over today's own longer run, not a second estimate", async () => {
    let printed = '';
    // Hub beds 3 (today) to 8: today's grid point is dropped after the first round, while today's configuration
    // also runs on its own as long as the recommendation (sizing.ts `today`).
    const code = await sizeCommand(HUB_LOSS, {
      vary: ['services.hub.beds=3..8'], target: 'spillover.share<=0.5', objective: 'cost.total', confidence: 0.95,
      seed: 9, replications: 200, initial: 10, workers: 0, set: ['horizonYears=2'], json: true,
    }, (s) => (printed += s));
    expect(code).toBe(0);
    const doc = JSON.parse(printed) as SizeDocument;
    const t = doc.today!.index!;
    expect(t).toBe(0);
    expect(doc.chosen).not.toBe(t);
    const row = doc.configurations[t];
    const statement = doc.today!.difference!;
    // Today's row shows today's own longer run (its grid arm stopped earlier): its replications and its mean are
    // those the paired statement rests on, so the row's mean can be read beside the recommendation's.
    expect(row.replications).toBe(statement.n);
    expect(row.figures.find((f) => f.id === 'cost.total')!.mean).toBeCloseTo(statement.baseline, 6);
    expect(row.figures.find((f) => f.id === 'cost.total')!.n).toBe(statement.n);
    // The row's "vs the recommendation" is the statement's comparison seen from the other side, on the same replications.
    expect(row.versusRecommended!.n).toBe(statement.n);
    expect(row.versusRecommended!.meanDifference).toBeCloseTo(-statement.meanDifference, 6);
    expect(row.versusRecommended!.ci95[0]).toBeCloseTo(-statement.ci95[1], 6);
    // The Pareto front is drawn from configurations run to the end only (a point stopped early is not comparable).
    const full = Math.max(...doc.configurations.map((c) => c.replications));
    expect(doc.configurations.some((c) => c.onParetoFront)).toBe(true);
    for (const c of doc.configurations) if (c.onParetoFront) expect(c.replications).toBe(full);
    // And the scenario described is today's: 3 beds.
    expect(doc.scenario.capacity.find((c) => c.service === 'Hub assessment beds')?.places).toBe(3);
  });
});
