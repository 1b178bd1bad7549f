import { describe, expect, it } from 'vitest';
import { financialYearLabel, formatDate, formatGbp, formatNumber, formatPercent, formatSigned, formatValue } from '../../src/report/format.js';

describe('number formatting (en-GB)', () => {
  it('prints pounds whole with thousands separators', () => {
    expect(formatGbp(1234567.4)).toBe('£1,234,567');
    expect(formatGbp(-5000)).toBe('-£5,000');
    expect(formatGbp(Number.NaN)).toBe('–');
  });
  it('prints shares as percentages', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatValue(1, 'share')).toBe('100.0%');
  });
  it('prints other units as numbers with separators', () => {
    expect(formatNumber(2480.25)).toBe('2,480.3');
    expect(formatValue(1.416, 'per child')).toBe('1.42');
    expect(formatValue(12, 'count')).toBe('12');
  });
  it('signs differences, in percentage points for shares, and never prints −0', () => {
    expect(formatSigned(1200, 'GBP')).toBe('+£1,200');
    expect(formatSigned(-0.032, 'share')).toBe('−3.2 pp');
    expect(formatSigned(-0.01, 'count')).toBe('0');
  });
  it('names UK financial years and dates', () => {
    expect(financialYearLabel(2026)).toBe('2026/27');
    expect(financialYearLabel(2099)).toBe('2099/00');
    expect(formatDate('2026-04-06')).toBe('6 Apr 2026');
  });
});

describe('no negative zero', () => {
  it('a small negative that rounds to zero prints without a sign', () => {
    expect(formatNumber(-0.01)).toBe('0');
    expect(formatNumber(-0.04, 1)).toBe('0');
    expect(formatNumber(-0.06, 1)).toBe('-0.1');
    expect(formatPercent(-0.00001)).toBe('0.0%');
    expect(formatGbp(-0.3)).toBe('£0');
    expect(formatGbp(-5000)).toBe('-£5,000');
  });
});
