import { describe, expect, it } from 'vitest';
import type { CostFlows } from '../../src/capacity/cost-flows.js';
import { decideOption, money, rankOptions } from '../../src/capacity/compare-decision.js';
import type { DifferenceSummary, OptionDecision } from '../../src/capacity/result-document.js';

/**
 * Rules of a comparison read as a decision (docs/sizing.md, Compare as a
 * decision). Cost flows are stubbed so each figure (NPV, payback, share
 * cheaper) is set by hand and the expected words follow from the rules alone.
 */

const diff = (id: string, meanDifference: number, ci95: [number, number]): DifferenceSummary => ({
  id, label: id, unit: id === 'cost.total' ? 'GBP' : 'count', baseline: 0, option: meanDifference, n: 10,
  meanDifference, sdDifference: 1, ci95, clearOfZero: ci95[0] > 0 || ci95[1] < 0,
});

interface Stub { npv?: number; npvCi?: [number, number]; payback?: number | null; share?: number; realRate?: number; deflator?: number; years?: { fy: string; meanDifferenceGbp: number; ci95: [number, number] }[] }
/** A first year with an outlay the data shows (option − baseline clear above zero), then savings. */
const OUTLAY = [{ fy: '2026/27', meanDifferenceGbp: 300, ci95: [100, 500] as [number, number] }, { fy: '2027/28', meanDifferenceGbp: -900, ci95: [-1200, -600] as [number, number] }];
function stubFlows(s: Stub = {}): CostFlows {
  return {
    shareCheaper: s.share ?? 0.7,
    discounting: { realRate: s.realRate ?? 0.035, deflator: s.deflator ?? 0 },
    presentValue: () => ({ gbp: s.npv ?? 1234, ci95: s.npvCi ?? [1000, 1468] }),
    paybackYears: () => (s.payback === undefined ? 2.5 : s.payback),
    financialYears: () => s.years ?? OUTLAY,
  } as unknown as CostFlows;
}

describe('money in a sentence', () => {
  it('shows pounds, thousands and millions with the sign only on losses', () => {
    expect(money(0)).toBe('£0');
    expect(money(950)).toBe('£950');
    expect(money(-950)).toBe('−£950');
    expect(money(1234)).toBe('£1,234');
    expect(money(9999)).toBe('£9,999');
    expect(money(640_000)).toBe('£640k');
    expect(money(-640_000)).toBe('−£640k');
  });

  it('switches to thousands at exactly £10,000 and to millions at £995k', () => {
    expect(money(10_000)).toBe('£10k');
    expect(money(994_000)).toBe('£994k');
    // £995,000 is £1.00m to two decimals (toFixed alone read 0.995 as 0.99: "£0.99m").
    expect(money(995_000)).toBe('£1.00m');
    expect(money(-995_000)).toBe('−£1.00m');
    expect(money(1_005_000)).toBe('£1.01m');
    expect(money(12_345_000)).toBe('£12.3m');
    expect(money(99_950_000)).toBe('£100.0m');
  });

  it('gives millions two decimals below £10m, one below £100m, none from £100m', () => {
    expect(money(2_500_000)).toBe('£2.50m');
    expect(money(-1_200_000)).toBe('−£1.20m');
    expect(money(9_990_000)).toBe('£9.99m');
    expect(money(10_000_000)).toBe('£10.0m');
    expect(money(50_000_000)).toBe('£50.0m');
    expect(money(100_000_000)).toBe('£100m');
    expect(money(250_000_000)).toBe('£250m');
  });
});

describe('the decision figures of one option', () => {
  it('calls an option cheaper when the whole cost interval lies below zero', () => {
    const d = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows(), 'npv');
    expect(d.costVerdict).toBe('cheaper');
    expect(d.sentence.startsWith('Saves £500 over the horizon (option − baseline −£500, 95% CI −£600 to −£400); ')).toBe(true);
  });

  it('says "Costs … more" when the whole cost interval lies above zero', () => {
    const d = decideOption([diff('cost.total', 500, [400, 600])], stubFlows(), 'npv');
    expect(d.costVerdict).toBe('costlier');
    expect(d.sentence.startsWith('Costs £500 more over the horizon (option − baseline £500, 95% CI £400 to £600); ')).toBe(true);
  });

  it('words an undetectable cost difference with its mean and interval', () => {
    const d = decideOption([diff('cost.total', -170, [-570, 240])], stubFlows(), 'npv');
    expect(d.sentence.startsWith('No detectable difference in total cost (−£170, 95% CI −£570 to £240); ')).toBe(true);
  });

  it('refuses to decide without a cost.total difference', () => {
    expect(() => decideOption([diff('spillover.count', -5, [-6, -4])], stubFlows(), 'npv')).toThrow(/no cost\.total difference to decide on/);
  });

  it('gives cost per out-of-county child-week avoided when the weeks fall clear of zero', () => {
    // 500 more pounds for 50 fewer child-weeks: £10 a week avoided.
    const d = decideOption([diff('cost.total', 500, [400, 600]), diff('ooc.childWeeks', -50, [-60, -40])], stubFlows(), 'npv');
    expect(d.costPerOocWeekAvoided).toBeCloseTo(10, 12);
    expect(d.sentence).toContain('£10 of net cost per out-of-county child-week avoided');
  });

  it('carries the discounting in words: nominal rate (1 + r)(1 + π) − 1, real rate, general inflation', () => {
    // (1.035)(1.02) − 1 = 0.0557 → 5.57%.
    const d = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows({ realRate: 0.035, deflator: 0.02 }), 'npv');
    expect(d.npv!.discountRatePerYear).toBe(0.035);
    expect(d.npv!.discounting).toBe(
      "nominal cash by financial year discounted at 5.57% a year, i.e. 3.5% real after deflating by general inflation (GDP deflator) of 2% a year; the period's first financial year undiscounted, each later one discounted from the start date to its 1 April",
    );
  });
});

describe('the decision sentence', () => {
  it('reads as one sentence: cost, share cheaper, NPV, payback, each unit avoided, joined by semicolons', () => {
    const d = decideOption(
      [diff('cost.total', -500, [-600, -400]), diff('spillover.count', -5, [-6, -4]), diff('ooc.childWeeks', -50, [-60, -40])],
      stubFlows({ share: 0.7, npv: 1234, npvCi: [1000, 1468], payback: 2.5 }), 'npv',
    );
    // −500 / 5 = −100 a spill-over; −500 / 50 = −10 a child-week: both a saving. The NPV's interval is ±234, so it is
    // rounded to £10 (two significant figures of the half-width), as the report's tables round it.
    expect(d.sentence).toBe(
      'Saves £500 over the horizon (option − baseline −£500, 95% CI −£600 to −£400); cheaper in 70% of paired replications; '
      + 'net present value of the saving £1,230 (95% CI £1,000 to £1,470) at 3.5% real; pays back 2.5 years from the start date (undiscounted, on the mean saving of each year: no interval); '
      + 'fewer spill-overs and cheaper (a net saving of £100 per spill-over avoided, the whole saving ÷ spill-overs avoided); '
      + 'fewer out-of-county child-weeks and cheaper (a net saving of £10 per out-of-county child-week avoided, the whole saving ÷ out-of-county child-weeks avoided).',
    );
  });

  it('states a price per unit avoided when the option costs more and the count falls', () => {
    const d = decideOption([diff('cost.total', 500, [400, 600]), diff('spillover.count', -5, [-6, -4])], stubFlows(), 'npv');
    expect(d.costPerSpilloverAvoided).toBeCloseTo(100, 12);
    expect(d.sentence).toContain('; £100 of net cost per spill-over avoided (the whole extra cost ÷ spill-overs avoided);');
    expect(d.sentence).not.toContain('cannot be told from zero');
  });

  it('states no payback when no financial year shows a detectable outlay: nothing to pay back (review 6)', () => {
    const noOutlay = [{ fy: '2026/27', meanDifferenceGbp: 24_000, ci95: [-30_000, 78_000] as [number, number] }, { fy: '2027/28', meanDifferenceGbp: -51_000, ci95: [-120_000, 18_000] as [number, number] }];
    const d = decideOption([diff('cost.total', -500_000, [-900_000, -100_000])], stubFlows({ years: noOutlay, payback: 2.3 }), 'npv');
    expect(d.paybackYears).toBeUndefined();
    expect(d.sentence).toContain('; no payback stated (no financial year shows a detectable outlay, so there is nothing to pay back);');
  });

  it('says there is no net outlay when payback is zero years', () => {
    const d = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows({ payback: 0 }), 'npv');
    expect(d.sentence).toContain('; the mean yearly profile shows no net outlay in any year (see each year\'s interval);');
    expect(d.sentence).not.toContain('pays back');
  });

  it('says it does not pay back when payback is null, and pays back in N years otherwise', () => {
    const never = decideOption([diff('cost.total', 500, [400, 600])], stubFlows({ payback: null }), 'npv');
    expect(never.sentence).toContain('; does not pay back within the horizon;');
    const later = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows({ payback: 1.25 }), 'npv');
    expect(later.sentence).toContain('; pays back 1.3 years from the start date (undiscounted, on the mean saving of each year: no interval);');
    expect(later.sentence).not.toContain('no payback stated');
  });

  it('rounds the share cheaper to whole percent', () => {
    const d = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows({ share: 0.346 }), 'npv');
    expect(d.sentence).toContain('; cheaper in 35% of paired replications;');
  });

  it('names falling out-of-county weeks without a price when the cost difference is not detectable', () => {
    const d = decideOption([diff('cost.total', -170, [-570, 240]), diff('ooc.childWeeks', -42.25, [-50, -30])], stubFlows(), 'npv');
    expect(d.sentence).toContain('fewer out-of-county child-weeks (42.3), at a net cost per out-of-county child-week avoided that cannot be told from zero.');
  });

  it('says "more, not fewer" when out-of-county weeks rise clear of zero', () => {
    const d = decideOption([diff('cost.total', 500, [400, 600]), diff('ooc.childWeeks', 30, [20, 40])], stubFlows(), 'npv');
    expect(d.costPerOocWeekAvoided).toBeNull();
    expect(d.sentence.endsWith('; out-of-county child-weeks: more, not fewer.')).toBe(true);
  });
});

describe('ranking options', () => {
  const decision = (rankedBy: OptionDecision['rankedBy'], npv?: number): OptionDecision => ({
    rank: 0, rankedBy, shareCheaper: 0, costVerdict: 'no detectable difference', sentence: '',
    ...(npv === undefined ? {} : { npv: { gbp: npv, ci95: [npv, npv] as [number, number], discountRatePerYear: 0.035, discounting: '' } }),
  });

  it('ranks by mean cost difference when there are no decisions to say otherwise', () => {
    const r = rankOptions([], [], []);
    expect(r.rankedBy).toBe('meanCostDifference');
    expect(r.order).toEqual([]);
  });

  it('keeps tied options in the order given', () => {
    const ds = [decision('meanCostDifference'), decision('meanCostDifference'), decision('meanCostDifference')];
    expect(rankOptions(['a', 'b', 'c'], ds, [7, 7, 7]).order).toEqual([0, 1, 2]);
    expect(ds.map((d) => d.rank)).toEqual([1, 2, 3]);
  });

  it('counts an option without a net present value as zero when ranking by NPV', () => {
    const ds = [decision('npv', -10), decision('npv'), decision('npv', 10)];
    // Higher NPV of the saving is better: c (+10), b (none = 0), a (−10).
    expect(rankOptions(['a', 'b', 'c'], ds, [0, 0, 0]).order).toEqual([2, 1, 0]);
  });

  it('says what it ordered by, lists the names best mean first, and without screening claims nothing from the order', () => {
    const byNpv = rankOptions(['a', 'b'], [decision('npv', 5), decision('npv', 20)], [0, 0]);
    expect(byNpv.sentence).toBe(
      'Options by mean net present value of the saving against the baseline (options carry money of their own), highest first: b; a. '
      + "The order is of means only; read each option's interval before treating neighbours as different.",
    );
    expect(byNpv.best).toBeUndefined();
    const byCost = rankOptions(['a', 'b', 'c'], [decision('meanCostDifference'), decision('meanCostDifference'), decision('meanCostDifference')], [30, -10, 20]);
    expect(byCost.order).toEqual([1, 2, 0]);
    expect(byCost.sentence).toBe(
      "Options by mean paired difference in total cost, lowest first: b; c; a. The order is of means only; read each option's interval before treating neighbours as different.",
    );
  });

  describe('with screening for the best', () => {
    // Alternative 0 is the baseline, alternative i + 1 option i (compare.ts `savings`).
    const subset = (kept: number[]) => ({ subset: { kept, confidence: 0.95, t: 2, replications: 50 }, baselineName: 'Today' });
    const three = () => [decision('npv', 30), decision('npv', 10), decision('npv', 20)];

    it('names the one option kept as the best, with the confidence, and marks it', () => {
      const ds = three();
      const r = rankOptions(['a', 'b', 'c'], ds, [0, 0, 0], subset([1]));
      expect(r.sentence).toBe(
        'On net present value, a is the best of these options and the baseline, with 95% confidence: screening of the paired replications (Nelson et al. 2001) rules out every other. '
        + 'Options by mean net present value of the saving against the baseline (options carry money of their own), highest first: a; c; b.',
      );
      expect(r.best).toEqual({ options: [0], baseline: false, confidence: 0.95, replications: 50 });
      expect(ds.map((d) => d.amongBest)).toEqual([true, false, false]);
    });

    it('says no option beats the baseline when only the baseline is kept', () => {
      const ds = three();
      const r = rankOptions(['a', 'b', 'c'], ds, [0, 0, 0], subset([0]));
      expect(r.sentence.startsWith('On net present value, no option beats the baseline “Today”, with 95% confidence: screening of the paired replications (Nelson et al. 2001) rules out every option as the best.')).toBe(true);
      expect(r.best).toEqual({ options: [], baseline: true, confidence: 0.95, replications: 50 });
      expect(ds.map((d) => d.amongBest)).toEqual([false, false, false]);
    });

    it('names the options the data cannot separate, best mean first, then the baseline', () => {
      const ds = three();
      const r = rankOptions(['a', 'b', 'c'], ds, [0, 0, 0], subset([0, 2, 1]));
      expect(r.sentence.startsWith('On net present value, the data cannot separate a, b and the baseline “Today”: screening of the paired replications (Nelson et al. 2001) keeps them as the set that contains the best with 95% confidence, and rules out the others, each beaten on the same children by one that is kept.')).toBe(true);
      expect(r.best?.options).toEqual([0, 1]);
      expect(ds.map((d) => d.amongBest)).toEqual([true, true, false]);
    });

    it('says when nothing is ruled out, on total cost when that is the measure', () => {
      const ds = [decision('meanCostDifference'), decision('meanCostDifference')];
      const r = rankOptions(['a', 'b'], ds, [5, -5], subset([0, 1, 2]));
      expect(r.sentence).toBe(
        'On total cost, the data cannot separate any of these options or the baseline: screening of the paired replications (Nelson et al. 2001) at 95% rules none out as the best. More replications may separate them. '
        + 'Options by mean paired difference in total cost, lowest first: b; a.',
      );
    });
  });
});

describe('the sentence reads each amount as the tables do', () => {
  it('puts a mean and its interval on one scale and one rounding (never "£1.88m to £832k")', () => {
    const d = decideOption([diff('cost.total', -1_356_000, [-1_881_000, -832_400])], stubFlows({ npv: 1_102_000, npvCi: [655_000, 1_549_000] }), 'npv');
    // Half-width £524k → rounded to £10k, shown in millions because the interval reaches £1.88m.
    expect(d.sentence.startsWith('Saves £1.36m over the horizon (option − baseline −£1.36m, 95% CI −£1.88m to −£0.83m); ')).toBe(true);
    expect(d.sentence).toContain('net present value of the saving £1.10m (95% CI £0.66m to £1.55m)');
  });

  it('says whether the option carries a one-off cost, and how much', () => {
    const cost = [diff('cost.total', -500, [-600, -400])];
    expect(decideOption(cost, stubFlows(), 'npv', 625_000).sentence).toContain('; one-off costs of £625k included (otherCosts.oneOff), with no value counted for what they buy at the end of the period;');
    expect(decideOption(cost, stubFlows(), 'npv', 0).sentence).toContain('; no one-off (capital or set-up) cost entered for it;');
    expect(decideOption(cost, stubFlows(), 'npv', -20_000).sentence).toContain('; £20k less in one-off costs than the baseline;');
    expect(decideOption(cost, stubFlows(), 'npv').sentence).not.toContain('one-off');
    expect(decideOption(cost, stubFlows(), 'npv', 625_000).oneOffGbp).toBe(625_000);
  });

  it('says how much of the difference is the breakdown uplift, in pounds with its interval, when the option moves it', () => {
    const cost = diff('cost.total', -1_200_000, [-1_800_000, -600_000]);
    const uplift = { ...diff('cost.breakdownUplift', -310_000, [-420_000, -200_000]), unit: 'GBP' };
    const d = decideOption([cost, uplift], stubFlows(), 'npv');
    expect(d.sentence).toContain('; of which the breakdown uplift (the assumed rise in cost of the placement after a breakdown, placements.*.breakdownUpliftWeeklyGbp: it moves with the number of breakdowns and with whether a placement follows each: a child who goes home from the Hub after one carries none) is −£310k (95% CI −£420k to −£200k);');
    // With the total without it: its own interval and verdict, so a verdict resting on the uplift is seen to.
    const rest = { ...diff('cost.totalWithoutBreakdownUplift', -80_000, [-440_000, 280_000]), unit: 'GBP' };
    expect(decideOption([cost, uplift, rest], stubFlows(), 'npv').sentence)
      .toContain('is −£310k (95% CI −£420k to −£200k); without it, −£80k (95% CI −£440k to +£280k): no detectable difference;');
    // An uplift the option adds reads as added: signed.
    const more = decideOption([cost, { ...uplift, meanDifference: 300_000, ci95: [190_000, 410_000] as [number, number] }], stubFlows(), 'npv');
    expect(more.sentence).toContain('is +£300k (95% CI +£190k to +£410k)');
    // Not moved at all (no uplift in the scenario, or an identical option): nothing said.
    const none = decideOption([cost, { ...uplift, meanDifference: 0, ci95: [0, 0] }], stubFlows(), 'npv');
    expect(none.sentence).not.toContain('breakdown uplift');
  });

  it('says the middle 80% of replications of the total cost difference, signed, when it is known', () => {
    const cost = { ...diff('cost.total', -500, [-600, -400]), p10p90: [-1_900_000, 640_000] as [number, number] };
    const d = decideOption([cost], stubFlows({ share: 0.7 }), 'npv');
    expect(d.sentence).toContain('; cheaper in 70% of paired replications, which scatter from −£1.90m to +£640k (middle 80%) because one child placed differently changes what follows in that pair of runs, mixing the option\'s effect with chance: only the mean and its interval describe the option;');
    const without = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows({ share: 0.7 }), 'npv');
    expect(without.sentence).not.toContain('middle 80%');
  });

  it('says when the net present value cannot be told from zero, and not when it can', () => {
    const unclear = decideOption([diff('cost.total', -500, [-600, -400])], stubFlows({ npv: 100, npvCi: [-50, 250] }), 'npv');
    expect(unclear.sentence).toContain('net present value of the saving £100 (95% CI −£50 to £250: cannot be told from zero) at 3.5% real');
    const below = decideOption([diff('cost.total', 500, [400, 600])], stubFlows({ npv: -300, npvCi: [-450, -150] }), 'npv');
    expect(below.sentence).toContain('net present value of the saving −£300 (95% CI −£450 to −£150) at 3.5% real');
    expect(below.sentence).not.toContain('cannot be told from zero');
  });
});

describe('the per-unit ratio is judged on its own interval', () => {
  const withRatio = (ci: [number, number]) => ({ ...stubFlows(), perAvoided: () => ({ ratio: -100, ci95: ci }) } as unknown as CostFlows);
  const ds = [diff('cost.total', -500, [-1100, 100]), diff('spillover.count', -5, [-6, -4])];

  it('states a saving per unit with its interval when that interval is clear of zero, even when the cost total is not', () => {
    const d = decideOption(ds, withRatio([-180, -20]), 'npv');
    expect(d.costVerdict).toBe('no detectable difference');
    expect(d.sentence).toContain('fewer spill-overs and cheaper (a net saving of £100 per spill-over avoided, 95% CI £20 to £180;');
    expect(d.costPerSpilloverAvoidedCi95).toEqual([-180, -20]);
  });

  it('says the ratio cannot be told from zero, with its interval, when that interval holds zero', () => {
    const d = decideOption(ds, withRatio([-220, 20]), 'npv');
    expect(d.sentence).toContain('fewer spill-overs (5), at a net cost per spill-over avoided that cannot be told from zero (95% CI −£220 to +£20)');
  });
});

describe('the cost per unit avoided reads at one scale', () => {
  it('its interval and value share the interval\'s rounding (analyst review: "£4,848 to £39k")', () => {
    const ds = [diff('cost.total', -500_000, [-900_000, -100_000]), diff('spillover.count', -22.7, [-30, -15])];
    const flows = { ...stubFlows({ share: 0.7 }), perAvoided: (id: string) => (id === 'spillover.count' ? { ratio: -22_026, ci95: [-39_204, -4_848] as [number, number] } : undefined) };
    const d = decideOption(ds, flows as never, 'npv');
    expect(d.sentence).toMatch(/a net saving of £22k per spill-over avoided, 95% CI £5k to £39k;/);
    expect(d.sentence).not.toMatch(/£4,848/);
  });
});
