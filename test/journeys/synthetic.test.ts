/** Small made-up journeys that exercise each kind of flag on its own. */
import { describe, expect, it } from 'vitest';
import { checkJourneys, type ChildJourneys, type JourneyFile } from '../../src/journeys/index.js';

function child(overrides: Partial<ChildJourneys> = {}): ChildJourneys {
  return {
    child: 1,
    actual: {
      statedTotalGbp: 9600,
      rows: [
        { setting: 'Home', duration: '11 months', weeklyCostGbp: 0, statedTotalGbp: 0, concurrent: false },
        { setting: 'Residential Placement', duration: '3 weeks', weeklyCostGbp: 3200, statedTotalGbp: 9600, concurrent: false },
        { setting: '', duration: '1 week', weeklyCostGbp: 0, statedTotalGbp: 0, concurrent: false },
      ],
    },
    anticipated: {
      statedTotalGbp: 5860,
      rows: [
        { setting: 'Home', duration: '11 months', weeklyCostGbp: 0, statedTotalGbp: 0, concurrent: false },
        { setting: 'Hub Assessment Bed', duration: '28 days (4 weeks)', weeklyCostGbp: 1300, statedTotalGbp: 5200, concurrent: false },
        { setting: 'Above Plus ART Outreach Support', duration: '1 week', weeklyCostGbp: 660, statedTotalGbp: 660, concurrent: true },
      ],
    },
    narrativeDifference: { text: 'avoided cost of £3,740', direction: 'avoided', amountGbp: 3740 },
    ...overrides,
  };
}

const run = (c: ChildJourneys): ReturnType<typeof checkJourneys> =>
  checkJourneys({ source: 'test', periodWeeks: 48, children: [c] } satisfies JourneyFile);

describe('journey flags', () => {
  it('raises none for a journey whose arithmetic adds up', () => {
    const result = run(child());
    expect(result.flags).toEqual([]);
    expect(result.children[0].difference).toEqual({ narrativeGbp: 3740, statedGbp: 3740, recomputedGbp: 3740 });
  });

  it('names a column total that leaves out a row', () => {
    const c = child();
    c.anticipated.statedTotalGbp = 5200; // forgets the £660 ART row
    c.narrativeDifference.amountGbp = 4400;
    const [flag] = run(c).flags;
    expect(flag).toMatchObject({ journey: 'anticipated', row: null, kind: 'column-total', stated: 5200, recomputed: 5860 });
    expect(flag.reason).toBe('column total £5,200 omits row 3 (Above Plus ART Outreach Support, £660): its stated rows sum to £5,860');
  });

  it('flags a narrative that the stated totals do not give', () => {
    const c = child({ narrativeDifference: { text: 'avoided cost of £3,700', direction: 'avoided', amountGbp: 3700 } });
    const [flag] = run(c).flags;
    expect(flag).toMatchObject({ journey: 'difference', kind: 'narrative', stated: 3700, recomputed: 3740 });
    expect(flag.reason).toBe('narrative "avoided cost of £3,700" (£3,700) but the stated totals differ by £3,740 (£9,600 - £5,860)');
  });

  it('names a blank setting as a continuation of the one before', () => {
    const c = child();
    c.actual.rows[2] = { setting: '', duration: '1 week', weeklyCostGbp: 100, statedTotalGbp: 0, concurrent: false };
    const rowFlag = run(c).flags.find((f) => f.kind === 'row-total');
    expect(rowFlag).toMatchObject({ row: 3, setting: '(blank: continues Residential Placement)', stated: 0, recomputed: 100 });
  });

  it('flags a restatement that disagrees, and a journey short of the year', () => {
    const c = child();
    c.anticipated.rows[1] = { ...c.anticipated.rows[1], duration: '28 days (1 week)' };
    c.actual.rows[0] = { ...c.actual.rows[0], duration: '10 months' };
    const kinds = run(c).flags.map((f) => `${f.journey}/${f.kind}/${f.stated}/${f.recomputed}`);
    expect(kinds).toEqual(['actual/period/48/44', 'anticipated/duration-gloss/1/4']);
  });

  it('costs a one-off as its stated sum and TOIL as nothing, taking no time', () => {
    const c = child();
    c.actual.rows.push(
      { setting: 'Agency Support on Weekends', duration: 'One-off', weeklyCostGbp: 313, statedTotalGbp: 313, concurrent: false },
      { setting: 'DPST Overtime Activity', duration: 'One-off', weeklyCostGbp: 'TOIL', statedTotalGbp: 'TOIL', concurrent: false },
    );
    c.actual.statedTotalGbp = 9913;
    c.narrativeDifference.amountGbp = 4053;
    const result = run(c);
    expect(result.flags).toEqual([]);
    expect(result.children[0].actual.recomputedGbp).toBe(9913);
  });

  it('checks the "further 2 months of support" aside', () => {
    const further = { text: 'further', duration: '2 months', weeklyCostGbp: 660, statedGbp: 5200 };
    const [flag] = run(child({ furtherSupport: further })).flags;
    expect(flag).toMatchObject({ kind: 'further-support', stated: 5200, recomputed: 5280 });
  });
});
