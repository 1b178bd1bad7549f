/**
 * The 2020 brief's Appendix A (seed 000_0e86b6dfe50201ea.txt), checked.
 * Every expected figure here was worked by hand from the seed's text, not
 * copied from the code's output; the working is in the comments.
 */
import { describe, expect, it } from 'vitest';
import { checkJourneys, type JourneyFlag } from '../../src/journeys/index.js';
import { loadJourneys2020 } from './helpers.js';

const file = loadJourneys2020();
const check = checkJourneys(file);

// Column totals and narrative differences as printed in the seed, child 1..13:
// [actual, anticipated, narrative actual minus anticipated (avoided > 0)].
const PRINTED: Array<[number, number, number]> = [
  [14860, 22100, -7240], [155380, 151920, 3460], [99730, 66840, 32890],
  [146800, 134812, 11988], [247940, 137044, 110896], [280041, 222564, 57477],
  [201412, 48356, 153056], [204683, 178968, 25715], [178456, 173416, 5040],
  [51500, 82084, -30584], [69280, 66000, 3280], [84170, 142708, -58538],
  [28400, 38596, -10196],
];

const key = (f: Pick<JourneyFlag, 'child' | 'journey' | 'row' | 'kind'>): string =>
  `${f.child}/${f.journey}/${f.row ?? '-'}/${f.kind}`;

describe('Appendix A transcription', () => {
  it('holds thirteen children with the printed column totals and narrative differences', () => {
    expect(file.children.map((c) => c.child)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const got = check.children.map((c) => [c.actual.statedGbp, c.anticipated.statedGbp, c.difference.narrativeGbp]);
    expect(got).toEqual(PRINTED);
  });

  it('marks every "Above Plus" row as running alongside the row before it', () => {
    for (const child of file.children) {
      for (const row of [...child.actual.rows, ...child.anticipated.rows]) {
        if (row.setting.startsWith('Above Plus')) expect(row.concurrent).toBe(true);
      }
    }
  });

  it('keeps the blank settings of children 7, 8 and 10 as written', () => {
    const blanks = file.children.flatMap((c) => c.actual.rows.map((r, i) => [c.child, i + 1, r.setting] as const))
      .filter(([, , setting]) => setting === '')
      .map(([child, row]) => `${child}/${row}`);
    expect(blanks).toEqual(['7/5', '7/6', '8/2', '10/4']);
  });
});

describe('journey costing of Appendix A', () => {
  it('recomputes a journey total different from the stated one exactly where a row or column total is flagged', () => {
    // Hand-worked (see the next test): a slip in a row or column total moves the recomputed total of
    // child 1 (both journeys), 2 (anticipated), 3, 5, 6 and 7 (actual); nothing else may differ.
    const differs = check.children.flatMap((c) => (['actual', 'anticipated'] as const).filter((j) => c[j].statedGbp !== c[j].recomputedGbp).map((j) => `${c.child}/${j}`));
    expect(differs).toEqual(['1/actual', '1/anticipated', '2/anticipated', '3/actual', '5/actual', '6/actual', '7/actual']);
    const totalFlags = check.flags.filter((f) => f.kind === 'row-total' || f.kind === 'column-total').map((f) => `${f.child}/${f.journey}`);
    expect([...new Set(totalFlags)]).toEqual(differs);
  });

  it('recomputes a difference other than the narrative one where one journey total moved, and flags those children', () => {
    // Child 1's two slips (+£4 each) cancel; 2 (+£7,920 anticipated), 3 (+£10), 5 (+£8), 6 (EDT rows)
    // and 7 (+£2) move. Only child 2's difference changes sign (flagged as its direction).
    const differs = check.children.filter((c) => c.difference.narrativeGbp !== c.difference.recomputedGbp).map((c) => c.child);
    expect(differs).toEqual([2, 3, 5, 6, 7]);
    for (const child of differs) expect(check.flags.some((f) => f.child === child), `child ${child}`).toBe(true);
    expect(check.flags.filter((f) => f.journey === 'difference').map((f) => `${f.child} ${f.kind}`)).toEqual(['2 direction']);
  });

  it('finds exactly the known slips, each with stated and recomputed values', () => {
    const found = check.flags.map((f) => [key(f), f.stated, Math.round(f.recomputed * 100) / 100]);
    expect(found).toEqual([
      ['1/actual/2/row-total', 1300, 1304],            // 8 x 163 = 1,304
      ['1/anticipated/2/row-total', 1300, 1304],       // the same row repeated
      ['2/anticipated/3/row-total', 7920, 15840],      // 6 months = 24 weeks x 660; 7,920 is 12 weeks
      ['2/difference/-/direction', 3460, -4460],       // 155,380 - (20,800 + 123,200 + 15,840)
      ['3/actual/2/row-total', 14730, 14740],          // 20 x 737 = 14,740
      ['4/actual/-/period', 48, 47],                   // 4 months + 3 weeks + 7 months
      ['5/actual/4/row-total', 118856, 118864],        // 16 x 7,429 = 118,864
      ['6/actual/2/row-total', 232, 66.29],            // 2/7 x 232
      ['6/actual/7/row-total', 116, 16.57],            // 1/7 x 116
      ['6/actual/-/column-total', 280041, 280040],     // 27,600+232+34,400+33,600+74,368+26,000+116+83,724
      ['7/actual/4/row-total', 28278, 28280],          // 4 x 7,070 = 28,280
      ['7/actual/-/period', 48, 51],                   // 1m+1m+1w+1m+2w+9m
      ['8/actual/-/period', 48, 49],                   // 10m+1m+1m+1w
    ]);
  });

  it('names the row, the setting and the reason of every row flag', () => {
    const rowFlags = check.flags.filter((f) => f.row !== null);
    expect(rowFlags.length).toBeGreaterThan(0);
    for (const f of rowFlags) {
      expect(f.setting).toBeTruthy();
      expect(f.reason).toMatch(/^stated £[\d,]+ but .+ x £[\d,]+ = £[\d,.]+: .+/);
    }
  });

  it('explains the rounded weekly rates behind four row totals', () => {
    const reasons = check.flags.filter((f) => f.kind === 'row-total').map((f) => f.reason);
    expect(reasons).toContain('stated £1,300 but 8 weeks x £163 = £1,304: the total implies £162.50 a week, which the weekly cost cell shows rounded to £163');
    expect(reasons.some((r) => r.includes('implies £736.50 a week') && r.includes('£14,740'))).toBe(true);
    expect(reasons.some((r) => r.includes('implies £7,428.50 a week') && r.includes('£118,864'))).toBe(true);
    expect(reasons.some((r) => r.includes('implies £7,069.50 a week') && r.includes('£28,280'))).toBe(true);
  });

  it('says child 2 costs ART outreach for 12 weeks although the row says 6 months', () => {
    const art = check.flags.find((f) => key(f) === '2/anticipated/3/row-total');
    expect(art?.setting).toBe('Above Plus ART Outreach Support');
    expect(art?.reason).toBe('stated £7,920 but 24 weeks ("6 months") x £660 = £15,840: ART outreach costed for 12 weeks (£7,920 / £660) but the row says 6 months (24 weeks)');
  });

  it('says the EDT cells of child 6 hold the cost of the stay, £116 a night', () => {
    const edt = check.flags.filter((f) => f.child === 6 && f.setting === 'EDT Placement');
    expect(edt.map((f) => f.row)).toEqual([2, 7]);
    for (const f of edt) expect(f.reason).toContain('(£116 a day), not a weekly rate');
  });

  it('says child 6 actual column total is £1 more than its rows', () => {
    const column = check.flags.find((f) => key(f) === '6/actual/-/column-total');
    expect(column?.reason).toBe('column total £280,041 but its stated rows sum to £280,040 (£1 more than the rows)');
  });

  it('finds every narrative difference equal to the stated totals difference', () => {
    for (const c of check.children) expect(c.difference.narrativeGbp, `child ${c.child}`).toBe(c.difference.statedGbp);
    expect(check.flags.filter((f) => f.kind === 'narrative')).toEqual([]);
  });

  it('reproduces children 9 to 13 with no flags at all', () => {
    expect(check.flags.filter((f) => f.child >= 9)).toEqual([]);
  });
});
