import type { Unit } from '../sim/results.js';
import { formatValue } from './format.js';

/**
 * Numbers rounded to what their interval supports (issue 13): a mean whose
 * 95% CI is ±£1.1m prints as `£245.8m ± £1.1m`, not to the pound. The
 * half-width keeps two significant figures and the mean is rounded to the
 * same decimal place, so an interval never collapses ("2.3 to 2.3").
 */

const MISSING = '–';

/** The rounding step two significant figures of `halfWidth` give: 1,123,456 → 100,000. */
export function roundingStep(halfWidth: number): number {
  if (!(halfWidth > 0) || !Number.isFinite(halfWidth)) return 0;
  return 10 ** (Math.floor(Math.log10(halfWidth)) - 1);
}

/** Decimals needed to show multiples of `step` in units of `scale`: step 1e5 at scale 1e6 → 1. */
function decimalsFor(step: number, scale: number): number {
  if (step <= 0) return 2;
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step / scale) + 1e-9)));
}

/** Millions, thousands or pounds for an amount shown at a rounding step. */
export function gbpScale(abs: number, step: number): [number, string] {
  return abs >= 1e6 || step >= 1e5 ? [1e6, 'm'] : abs >= 1e4 || step >= 100 ? [1e3, 'k'] : [1, ''];
}

/** Pounds at a rounding step: `£245.8m`, `£612k`, `£1,234`; negative as `−£3.9m`. `like` forces the scale of another amount. */
export function formatGbpAt(value: number, step: number, like = value): string {
  if (!Number.isFinite(value)) return MISSING;
  const abs = Math.abs(value);
  const sign = value < 0 && abs >= step / 2 ? '−' : '';
  const [scale, suffix] = gbpScale(Math.abs(like), step);
  const digits = decimalsFor(step, scale);
  const rounded = step > 0 ? Math.round(abs / step) * step : abs;
  const text = (rounded / scale).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${sign}£${text}${suffix}`;
}

/** A value of any unit at a rounding step (shares in percent, step in share units); money at the scale of `like`. */
export function formatAt(value: number, unit: Unit, step: number, like = value): string {
  if (!Number.isFinite(value)) return MISSING;
  if (unit === 'GBP') return formatGbpAt(value, step, like);
  const [scale, suffix] = unit === 'share' ? [100, '%'] : [1, ''];
  const digits = step > 0 ? Math.max(0, Math.min(4, -Math.floor(Math.log10(step * scale) + 1e-9))) : 1;
  const v = step > 0 ? Math.round(value / step) * step : value;
  const text = (v * scale).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (text.replace(/^-/, '−') + suffix).replace(/^−(0(\.0+)?%?)$/, '$1');
}

/**
 * Whether an interval is a point: its width is zero, or only rounding
 * noise (at most a billionth of its size). A difference that is the same in
 * every replication (a price change on fixed places) sums many costs in a
 * different order per replication, so its sample sd can be 1e-10 of it
 * rather than 0; it would otherwise print as "+£791.199094k (+£791.199094k
 * to +£791.199094k)".
 */
export function isPoint(ci95: [number, number]): boolean {
  return !(ci95[1] - ci95[0] > 1e-9 * Math.max(Math.abs(ci95[0]), Math.abs(ci95[1])));
}

/**
 * A step for a figure whose CI is `ci95`: from its half-width; for a point,
 * four significant figures of money (a fixed cost the same in every
 * replication reads £49.29m, not £49,291,704 or £49.291704m) or the unit's
 * default.
 */
export function stepOf(ci95: [number, number], unit: Unit): number {
  const step = isPoint(ci95) ? 0 : roundingStep((ci95[1] - ci95[0]) / 2);
  if (step > 0) return step;
  const size = Math.max(Math.abs(ci95[0]), Math.abs(ci95[1]));
  if (unit === 'GBP') return size >= 1e4 && Number.isFinite(size) ? 10 ** (Math.floor(Math.log10(size)) - 3) : 1;
  return unit === 'share' ? 0.001 : 0.1;
}

/**
 * `£245.8m ± £1.1m`, `55.2% ± 1.3 pp`, `118 ± 2.4`, `14.4 ± 1.5 days` (`named` false where a unit column says it); a point
 * interval says why: the same in every replication, or (`n` 1) only one replication, which gives no interval at all.
 */
export function formatMeanPm(mean: number, ci95: [number, number], unit: Unit, named = true, n?: number): string {
  const half = (ci95[1] - ci95[0]) / 2;
  if (isPoint(ci95)) {
    const value = unit === 'GBP' ? formatAt(mean, unit, stepOf(ci95, unit)) : formatValue(mean, unit);
    return `${value} (${n !== undefined && n < 2 ? 'one replication: no interval' : 'the same in every replication'})`;
  }
  const step = stepOf(ci95, unit);
  const halfText = unit === 'share' ? formatAt(half, unit, step).replace('%', ' pp') : formatAt(half, unit, step, mean);
  return `${formatAt(mean, unit, step)} ± ${halfText}${named ? (UNIT_WORDS[unit] ?? '') : ''}`;
}

/** Units a number cannot carry in its own digits (£ and % can): named after the interval, `14.4 ± 1.5 days`. */
const UNIT_WORDS: Partial<Record<Unit, string>> = { days: ' days', weeks: ' weeks', 'child-weeks': ' child-weeks', 'per child': ' per child' };

/** `£230.1m to £260.3m`: a range at the precision of the figure's CI. */
export function formatRangeAt(low: number, high: number, unit: Unit, step: number): string {
  const like = Math.max(Math.abs(low), Math.abs(high));
  return `${formatAt(low, unit, step, like)} to ${formatAt(high, unit, step, like)}`;
}

/** A signed difference at a step: `+£1.2m`, `−3.1 pp`, `0`. */
export function formatSignedAt(value: number, unit: Unit, step: number, like = value): string {
  const text = formatAt(Math.abs(value), unit, step, like);
  const zero = !/[1-9]/.test(text);
  const signed = (zero ? '' : value > 0 ? '+' : '−') + text;
  return unit === 'share' ? signed.replace('%', ' pp') : signed;
}

/**
 * The step and scale at which a non-zero bound still shows its sign: `step` itself, or, when `step` would round
 * the bound to zero, two significant figures of the bound. An interval printed "−0.36 pp to 0.00 pp" beside the verdict
 * "better" reads as touching zero; "−0.36 pp to −0.0009 pp" says why it is called better.
 */
function signStep(value: number, unit: Unit, step: number, like: number): [number, number] {
  if (value === 0 || !Number.isFinite(value)) return [step, like];
  if (/[1-9]/.test(formatAt(Math.abs(value), unit, step, like))) return [step, like];
  return [10 ** (Math.floor(Math.log10(Math.abs(value))) - 1), Math.abs(value)];
}

/** An interval's bound at a step (as {@link formatAt}), with its sign kept when the step would round it to zero. */
export function formatBoundAt(value: number, unit: Unit, step: number, like = value): string {
  const [s, l] = signStep(value, unit, step, like);
  return formatAt(value, unit, s, l);
}

/** A paired difference's mean and 95% bounds, signed, at the step its interval supports; bounds keep their sign. */
export function differenceTexts(mean: number, ci95: [number, number], unit: Unit): { mean: string; low: string; high: string } {
  const step = stepOf(ci95, unit);
  const like = Math.max(Math.abs(ci95[0]), Math.abs(ci95[1]));
  const bound = (x: number) => {
    const [s, l] = signStep(x, unit, step, like);
    return formatSignedAt(x, unit, s, l);
  };
  return { mean: formatSignedAt(mean, unit, step, like), low: bound(ci95[0]), high: bound(ci95[1]) };
}
