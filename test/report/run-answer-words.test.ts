import { describe, expect, it } from 'vitest';
import { runAnswer } from '../../src/report/run-answer.js';
import { runDocument } from './fixtures.js';

describe('the run report\'s answer sentence on cost', () => {
  it('gives the spread of futures and the money\'s basis beside the mean ± CI, at the CI\'s rounding', () => {
    const doc = runDocument();
    const f = doc.figures.find((x) => x.id === 'cost.total')!;
    f.mean = 310_800_000; f.ci95 = [308_600_000, 313_000_000]; f.p10 = 291_800_000; f.p90 = 332_300_000;
    const text = String(runAnswer(doc));
    expect(text).toContain('The services and placements cost £310.8m ± £2.2m over the period (cash, undiscounted; in 8 of 10 simulated futures £291.8m to £332.3m).');
  });
});
