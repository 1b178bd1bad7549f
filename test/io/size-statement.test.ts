import { describe, expect, it } from 'vitest';
import { sizingStatement } from '../../src/io/size-table.js';
import type { SizeDocument } from '../../src/capacity/result-document.js';

/** A finished search over outreach slots × Hub beds whose procedure kept configuration `chosen`, with `tie` within δ of it. */
function doc(chosen: number, tie: number[], recommendedBy: 'finding' | 'rule', clear: number[] = []): SizeDocument {
  const grid = [[10, 5], [15, 4], [16, 5]];
  return {
    kind: 'size', objective: 'cost.total', chosen, tieSet: tie, recommendedBy, outcome: tie.length > 1 ? 'tie' : 'single',
    rule: 'the configuration with the fewest places in all', indifference: 1.5e6, tolerance: 0.01,
    target: { figure: 'spillover.share', operator: '<=', value: 0.5, confidence: 0.95 },
    dimensions: [{ path: 'services.outreach.slots', values: [10, 15, 16] }, { path: 'services.hub.beds', values: [4, 5] }],
    configurations: grid.map(([slots, beds], k) => ({
      settings: { 'services.outreach.slots': slots, 'services.hub.beds': beds }, replications: 80, feasible: 'yes', onParetoFront: false,
      figures: [{ id: 'cost.total', unit: 'GBP', mean: 3e8 }, { id: 'spillover.share', unit: 'share', mean: 0.45 }],
      ...(k === chosen ? {} : { versusRecommended: { clearOfZero: clear.includes(k), meanDifference: 5e5, ci95: clear.includes(k) ? [1e5, 9e5] : [-1e5, 9e5] } }),
    })),
  } as unknown as SizeDocument;
}

describe('the sizing statement when the procedure kept one configuration and others are within δ of it', () => {
  it('names a tie member needing no more of any service and less of some, compared service by service', () => {
    const s = sizingStatement(doc(2, [0, 1, 2], 'finding'), []);
    expect(s).toContain('Recommended: #3 (outreach.slots 16, hub.beds 5), the configuration the procedure kept');
    // #1 (10 slots, 5 beds) needs no more of either than #3 (16, 5); #2 (15 slots, 4 beds) has fewer of both: both named.
    expect(s).toContain('#1 (outreach.slots 10, hub.beds 5), #2 (outreach.slots 15, hub.beds 4) need no more of any service than the recommendation and less of some');
  });

  it('never adds beds to slots: a member with fewer slots but more beds is not called leaner', () => {
    // Recommended #2 (15 slots, 4 beds); #1 has fewer slots (10) but more beds (5): neither leaner nor dearer by count.
    expect(sizingStatement(doc(1, [0, 1], 'finding'), [])).not.toContain('no more of any service');
    expect(sizingStatement(doc(2, [0, 2], 'rule'), [])).not.toContain('no more of any service');
  });

  it('calls δ a setting, never "no difference the data can detect", and names members the data does tell apart', () => {
    const s = sizingStatement(doc(2, [0, 1, 2], 'finding', [1]), []);
    expect(s).toContain('less than £1.5m (δ) above the recommendation\'s');
    expect(s).toContain('δ is the difference this search was set to treat as not mattering (--indifference)');
    expect(s).not.toContain('no difference the data can detect');
    expect(s).toContain('The data does tell #2 from the recommendation (the paired 95% interval excludes zero');
    expect(sizingStatement(doc(2, [0, 1, 2], 'finding'), [])).not.toContain('The data does tell');
  });
});

describe('why a configuration of the tie set stopped early', () => {
  it('says it was ruled out as the best though within δ, so the mark and the reason agree', async () => {
    const { stoppedWords } = await import('../../src/report/size-words.js');
    const d = doc(2, [0, 1, 2], 'finding');
    d.configurations[0].dropped = 'higher cost.total than configuration #3, which meets the target: by £527k in mean over 40 paired replications, past the KN boundary';
    d.configurations[1].dropped = 'fails the target';
    d.tieSet = [0, 2];
    expect(stoppedWords(d, 0)).toBe('ruled out as the best, though within δ of the recommendation: higher cost.total than configuration #3, which meets the target: by £527k in mean over 40 paired replications, past the KN boundary');
    expect(stoppedWords(d, 1)).toBe('fails the target');
    expect(stoppedWords(d, 2)).toBe('');
  });
});

describe('δ and ε are on the page', () => {
  it('in the reader\'s units, with what each means', async () => {
    const { zonesText } = await import('../../src/report/size-words.js');
    const d = doc(2, [2], 'finding');
    d.configurations.forEach((c) => { c.figures = [{ id: 'cost.total', label: 'Total cost', unit: 'GBP', mean: 3e8 }, { id: 'spillover.share', label: 'Spill-over share', unit: 'share', mean: 0.45 }] as never; });
    d.tolerance = 0.0275;
    expect(zonesText(d)).toBe(' δ = £1.5m (--indifference): differences in total cost smaller than this are treated as not mattering. ε = 2.75 pp (--tolerance): a configuration whose spill-over share is within ε of the limit may be called either way.');
  });
});
