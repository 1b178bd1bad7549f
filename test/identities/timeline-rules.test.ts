import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/sim/calendar-dates.js';
import { tally } from '../../src/sim/model/tally.js';
import type { ModelState } from '../../src/sim/model/state.js';
import { buildTimeline, reportingDays } from '../../src/sim/timeline.js';
import { scenario } from '../sim/helpers.js';

describe('reporting period length (docs/model.md: whole years are calendar years from the start date)', () => {
  it('runs a year from 10 February to 10 February, not to the 28th', () => {
    // 10 Feb 2027 – 9 Feb 2028: no 29 February inside, 365 days.
    expect(reportingDays('2027-02-10', 1)).toBe(365);
    // 10 Feb 2028 – 9 Feb 2029 takes in 29 February 2028: 366 days.
    expect(reportingDays('2028-02-10', 1)).toBe(366);
  });

  it('ends a year that starts on 29 February on 28 February of the next year', () => {
    // 29 Feb 2028 – 27 Feb 2029 inclusive: 1 (29 Feb) + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 (Mar–Jan) + 27 = 365.
    expect(reportingDays('2028-02-29', 1)).toBe(365);
  });

  it('ends four years from 29 February on 29 February, the end year having one (it lost a day)', () => {
    // 29 Feb 2028 – 28 Feb 2032 inclusive: four years of 365 days and the leap day 29 Feb 2028 = 1,461.
    expect(reportingDays('2028-02-29', 4)).toBe(1461);
    expect(reportingDays('2028-02-29', 4)).toBe(reportingDays('2028-03-01', 4));
  });

  it('counts a fractional year as 365.25 days a year on top of the whole years', () => {
    expect(reportingDays('2027-04-01', 1.5)).toBe(366 + 183);
  });
});

describe('weekly buckets start on the start date, every 7 days', () => {
  it('lists the start date of each week of the period', () => {
    const s = scenario({ startDate: '2026-12-20', horizonYears: 30 / 365.25, warmupYears: 0.1 });
    const tl = buildTimeline(s);
    // 30 days: weeks of 7, 7, 7, 7 and 2 days.
    expect(tl.weeks).toBe(5);
    expect(tl.weekStarts).toEqual(['2026-12-20', '2026-12-27', '2027-01-03', '2027-01-10', '2027-01-17']);
    expect(tl.startDay).toBe(dayNumber('2026-12-20'));
  });
});

describe('counting only in the reporting period (tally)', () => {
  it('does not count an event during the warm-up, and counts one after it', () => {
    const st = { inReport: false, counters: new Float64Array(3) } as unknown as ModelState;
    tally(st, 1, 5);
    expect(Array.from(st.counters)).toEqual([0, 0, 0]);
    (st as { inReport: boolean }).inReport = true;
    tally(st, 1, 5);
    tally(st, 2);
    expect(Array.from(st.counters)).toEqual([0, 5, 1]);
  });
});
