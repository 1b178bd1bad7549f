import { describe, expect, it } from 'vitest';
import { differenceTexts, formatBoundAt, formatMeanPm, formatRangeAt, formatSignedAt, roundingStep, stepOf } from '../../src/report/format-interval.js';
import { overrideWords, optionWords } from '../../src/report/option-words.js';
import { betterWhen, verdictOf } from '../../src/report/direction.js';
import type { DifferenceSummary } from '../../src/capacity/result-document.js';

describe('numbers rounded to what their interval supports', () => {
  it('keeps two significant figures of the half-width and rounds the mean to match', () => {
    expect(formatMeanPm(245_812_345, [245_812_345 - 1_123_456, 245_812_345 + 1_123_456], 'GBP')).toBe('£245.8m ± £1.1m');
    expect(formatMeanPm(45_660_000, [45_230_000, 46_090_000], 'GBP')).toBe('£45.66m ± £0.43m');
    expect(formatMeanPm(0.55123, [0.5402, 0.5622], 'share')).toBe('55.1% ± 1.1 pp');
    expect(formatMeanPm(222.13, [214.1, 230.1], 'count')).toBe('222.1 ± 8.0');
    // A unit the digits cannot carry is named after the interval, unless a unit column says it.
    expect(formatMeanPm(14.43, [12.93, 15.93], 'days')).toBe('14.4 ± 1.5 days');
    expect(formatMeanPm(14.43, [12.93, 15.93], 'days', false)).toBe('14.4 ± 1.5');
    expect(formatMeanPm(3, [3, 3], 'count')).toBe('3 (the same in every replication)');
  });
  it('never collapses an interval: its two ends print differently whatever the scale', () => {
    for (let k = -3; k <= 8; k++) {
      for (const m of [1.234, 5.678, 9.99]) {
        const half = m * 10 ** k;
        const mean = 7.77 * 10 ** (k + 1);
        for (const unit of ['GBP', 'count', 'share'] as const) {
          const step = stepOf([mean - half, mean + half], unit);
          const [lo, hi] = formatRangeAt(mean - half, mean + half, unit, step).split(' to ');
          expect(lo, `${unit} ${mean} ± ${half}`).not.toBe(hi);
        }
      }
    }
  });
  it('signs differences and prints share differences in percentage points', () => {
    expect(formatSignedAt(-3_875_618, 'GBP', roundingStep(900_000))).toBe('−£3.88m');
    expect(formatSignedAt(0.031, 'share', 0.001)).toBe('+3.1 pp');
    expect(formatSignedAt(0.00001, 'count', 0.1)).toBe('0.0');
  });
});

describe('comparisons in words', () => {
  const d = (id: string, meanDifference: number, clearOfZero: boolean): DifferenceSummary => ({
    id, label: id, unit: 'count', baseline: 0, option: 0, n: 10, meanDifference, sdDifference: 1, ci95: [meanDifference - 1, meanDifference + 1], clearOfZero,
  });
  it('says better, worse or cannot tell by the figure\'s direction, not by "clear of zero"', () => {
    expect(verdictOf(d('cost.total', 5.65e6, true))).toBe('worse');
    expect(verdictOf(d('cost.total', -3.88e6, true))).toBe('better');
    expect(verdictOf(d('stability.stepDowns', 2, true))).toBe('better');
    expect(verdictOf(d('cost.total', 1, false))).toBe('cannot tell');
    expect(verdictOf(d('hub.utilisation', 0.1, true))).toBe('higher');
    expect(betterWhen('ooc.childWeeks')).toBe('lower');
  });
  it('describes overrides in plain words when the batch file gives no description', () => {
    expect(overrideWords('services.outreach.slots', 8)).toBe('outreach slots: 8');
    expect(overrideWords('services.homes.Marjorie House.closes', '2026-10-01')).toBe('homes Marjorie House closes: 1 Oct 2026');
    expect(overrideWords('services.houses.+', { name: 'House 4' })).toBe('adds to houses: “House 4”');
    expect(optionWords({ description: 'one more bed', overrides: { x: 1 } })).toBe('one more bed');
  });
});

describe('an interval that is a point up to rounding noise', () => {
  it('is a point when its width is at most a billionth of its size, and prints as one', async () => {
    const { isPoint, stepOf, formatMeanPm } = await import('../../src/report/format-interval.js');
    // 791,199.094 in every replication, summed in a different order: an sd of ~1e-10 of it, not 0.
    const noisy: [number, number] = [791199.0939999999, 791199.0940000003];
    expect(isPoint(noisy)).toBe(true);
    expect(isPoint([0, 0])).toBe(true);
    expect(isPoint([791199, 791199.01])).toBe(false);
    expect(isPoint([-1e-12, 1e-12])).toBe(false); // about zero, the width is all there is
    // A point in money is shown to four significant figures: £791.2k, £49.29m; below £10,000 to the pound.
    expect(stepOf(noisy, 'GBP')).toBe(100);
    expect(formatMeanPm(791199.094, noisy, 'GBP')).toBe('£791.2k (the same in every replication)');
    expect(formatMeanPm(49_291_703.54, [49_291_703.54, 49_291_703.54], 'GBP')).toBe('£49.29m (the same in every replication)');
    expect(formatMeanPm(9_876.4, [9_876.4, 9_876.4], 'GBP')).toBe('£9,876 (the same in every replication)');
  });
});

describe('interval bounds keep their sign', () => {
  it('a bound the step would round to zero is shown to two significant figures, its sign visible', () => {
    // −0.36 pp to −0.0009 pp: the step (0.01 pp) would print the upper bound as "0.00 pp" beside the verdict "better".
    const t = differenceTexts(-0.0018, [-0.0036, -0.000009], 'share');
    expect(t.high).toBe('−0.0009 pp');
    expect(t.low).toBe('−0.36 pp');
    const gbp = differenceTexts(-120_000, [-250_000, -420], 'GBP');
    expect(gbp.high).toBe('−£420');
    expect(gbp.low).toBe('−£250k');
    expect(formatBoundAt(-0.04, 'count', 0.1)).toBe('−0.040');
  });

  it('a bound that is exactly zero, or already shows a digit, is left as the step gives it', () => {
    expect(differenceTexts(-1.1, [-2.1, 0], 'count').high).toBe('0.0');
    expect(differenceTexts(-1.1, [-2.1, -0.2], 'count').high).toBe('−0.20');
    expect(differenceTexts(1.1, [0.24, 2.1], 'count').low).toBe('+0.24');
  });
});
