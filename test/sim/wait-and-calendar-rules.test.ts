import { describe, expect, it } from 'vitest';
import { WaitTally } from '../../src/sim/wait-tally.js';
import { dayNumber, financialYearLabel, isoDate } from '../../src/sim/calendar-dates.js';

describe('wait tally: served waits are not counted as giving up', () => {
  it('counts only the censored waits as gave-up, and every ended wait over each threshold', () => {
    const t = new WaitTally([7, 28, 91]);
    t.record(10);
    t.record(3);
    t.record(30, true);
    expect(t.ended).toBe(3);
    expect(t.gaveUp).toBe(1);
    expect(t.over).toEqual([2, 1, 0]);
  });
});

describe('civil dates as day numbers', () => {
  it('counts days from 1970-01-01, through leap days, by hand', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    // 30 years with 7 leap days, then January (31) and a leap February (29).
    expect(dayNumber('2000-03-01')).toBe(10957 + 31 + 29);
    // 54 years with 13 leap days (1972..2020), then 31 + 28 days.
    expect(dayNumber('2024-02-29')).toBe(19723 + 31 + 28);
    expect(dayNumber('2024-02-01')).toBe(19723 + 31);
  });

  it('writes years before 1000 with four digits', () => {
    expect(isoDate(dayNumber('0999-12-31'))).toBe('0999-12-31');
  });

  it('labels a financial year with a two-digit end year', () => {
    expect(financialYearLabel(2008)).toBe('2008/09');
    expect(financialYearLabel(2026)).toBe('2026/27');
  });
});
