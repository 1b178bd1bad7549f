import { describe, expect, it } from 'vitest';
import { formatGbp, samePence } from '../../src/journeys/money.js';

describe('formatGbp', () => {
  it('writes pounds with thousands separators and pence only when there are some', () => {
    expect(formatGbp(0)).toBe('£0');
    expect(formatGbp(1304)).toBe('£1,304');
    expect(formatGbp(280041)).toBe('£280,041');
    expect(formatGbp(1234567)).toBe('£1,234,567');
    expect(formatGbp(464 / 7)).toBe('£66.29');
    expect(formatGbp(162.5)).toBe('£162.50');
    expect(formatGbp(-4460)).toBe('-£4,460');
  });

  it('compares to the penny', () => {
    expect(samePence(0.1 + 0.2, 0.3)).toBe(true);
    expect(samePence(1300, 1304)).toBe(false);
  });
});
