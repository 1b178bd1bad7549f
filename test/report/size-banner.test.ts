import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report.js';
import { sizeDocument } from './fixtures.js';

/** The banner under the sizing answer says why nothing is recommended, by the search's outcome. */
describe('the sizing report when no configuration is recommended', () => {
  const banner = (outcome: ReturnType<typeof sizeDocument>['outcome']) => {
    const html = renderReport({ ...sizeDocument(), chosen: null, outcome }, '');
    return /<div class="banner" id="chosen">([^<]*)<\/div>/.exec(html)?.[1];
  };

  it('says the cap came first when the search was capped undecided, not that nothing met the target', () => {
    // A size run at 30 replications, one configuration meeting the target, said "No configuration met the target".
    expect(banner('capped-inconclusive')).toBe('No configuration is recommended: the replication cap came before the search could decide (the answer above says between which).');
    expect(banner('stopped')).toBe('No configuration is recommended: the search was stopped before it ended.');
    expect(banner('none-feasible')).toBe('No configuration met the target with the stated confidence.');
  });

  it('has no such banner when a configuration is recommended', () => {
    expect(renderReport({ ...sizeDocument(), outcome: 'single' }, '')).not.toContain('id="chosen"');
  });
});
