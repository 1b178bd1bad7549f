import { describe, expect, it } from 'vitest';
import { sizingStatement } from '../../src/io/size-table.js';
import type { SizeDocument } from '../../src/capacity/result-document.js';

/** A finished search over outreach slots × Hub beds whose procedure kept configuration `chosen`, with `tie` within δ of it. */
function doc(chosen: number, tie: number[], recommendedBy: 'finding' | 'rule'): SizeDocument {
  const grid = [[10, 5], [15, 4], [16, 5]];
  return {
    kind: 'size', objective: 'cost.total', chosen, tieSet: tie, recommendedBy, outcome: tie.length > 1 ? 'tie' : 'single',
    rule: 'the configuration with the fewest places in all', indifference: 1.5e6, tolerance: 0.01,
    target: { figure: 'spillover.share', operator: '<=', value: 0.5, confidence: 0.95 },
    dimensions: [{ path: 'services.outreach.slots', values: [10, 15, 16] }, { path: 'services.hub.beds', values: [4, 5] }],
    configurations: grid.map(([slots, beds]) => ({
      settings: { 'services.outreach.slots': slots, 'services.hub.beds': beds }, replications: 80, feasible: 'yes', onParetoFront: false,
      figures: [{ id: 'cost.total', unit: 'GBP', mean: 3e8 }, { id: 'spillover.share', unit: 'share', mean: 0.45 }],
    })),
  } as unknown as SizeDocument;
}

describe('the sizing statement when the procedure kept one configuration and others are within δ of it', () => {
  it('names the one with the fewest places, with both counts, when it is not the recommendation', () => {
    const s = sizingStatement(doc(2, [0, 1, 2], 'finding'), []);
    expect(s).toContain('Recommended: #3 (outreach.slots 16, hub.beds 5), the configuration the procedure kept');
    // Places are the sum of the varied settings: 10 + 5 = 15 against 16 + 5 = 21.
    expect(s).toContain('Of these, #1 (outreach.slots 10, hub.beds 5) has the fewest places (15 against 21): a council that values fewer places more than a cost difference under δ may choose it.');
  });

  it('says nothing more when the recommendation has the fewest places, or when it was picked by the rule', () => {
    expect(sizingStatement(doc(0, [0, 1, 2], 'finding'), [])).not.toContain('fewest places (');
    expect(sizingStatement(doc(2, [0, 2], 'rule'), [])).not.toContain('Of these');
  });
});
