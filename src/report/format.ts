import type { Unit } from '../sim/results.js';

/**
 * Number formatting for reports, en-GB throughout: `£1,234,567`, `12.3%`,
 * `1,234.5`. Non-finite values print as an en dash so a missing figure is
 * visible rather than "NaN".
 */

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const MISSING = '–';

/** A number that rounds to zero never prints as "-0" (or "-£0", "-0.0%"): a sign with no digit behind it says nothing true. */
function noNegativeZero(text: string): string {
  return /[1-9]/.test(text) ? text : text.replace(/^[-−]/, '');
}

/** Pounds, whole, with thousands separators: `£1,234,567`, `-£5,000`. */
export function formatGbp(pounds: number): string {
  return Number.isFinite(pounds) ? noNegativeZero(GBP.format(pounds)) : MISSING;
}

/** A fraction in [0, 1] as a percentage with `digits` decimals: 0.1234 → `12.3%`. */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return MISSING;
  return noNegativeZero((fraction * 100).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) + '%');
}

/** A plain number with thousands separators and at most `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return MISSING;
  return noNegativeZero(value.toLocaleString('en-GB', { maximumFractionDigits: digits }));
}

/** A value in its unit's usual form: £ for GBP, % for share, else a number. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'GBP':
      return formatGbp(value);
    case 'share':
      return formatPercent(value);
    case 'per child':
      return formatNumber(value, 2);
    default:
      return formatNumber(value, 1);
  }
}

/** A difference with an explicit sign: `+£1,200`, `−3.2%` (percentage points for shares). */
export function formatSigned(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return MISSING;
  const text = formatValue(Math.abs(value), unit);
  // A value that rounds to zero prints without a sign ("0", not "−0").
  const zero = !/[1-9]/.test(text);
  const signed = (zero ? '' : value > 0 ? '+' : '−') + text;
  return unit === 'share' ? signed.replace('%', ' pp') : signed;
}

/** How a unit is named in a table column or axis title. */
export function unitLabel(unit: Unit): string {
  switch (unit) {
    case 'GBP':
      return '£';
    case 'share':
      return '%';
    default:
      return unit;
  }
}

/** `2026` → `2026/27`: the UK financial year starting 1 April of that year (MODEL.md, Time and money). */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** An ISO date as `6 Apr 2026`. */
export function formatDate(iso: string): string {
  const date = new Date(iso + (iso.length === 10 ? 'T00:00:00Z' : ''));
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A count with its noun in the right number: "1 replication", "1,000 replications", "2 workers". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
