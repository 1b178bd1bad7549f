import type { TornadoRow } from '../capacity/tornado.js';
import type { Unit } from '../sim/results.js';
import { escapeHtml } from './escape.js';
import { formatAt, formatSignedAt, roundingStep } from './format-interval.js';

/**
 * A tornado chart as a self-contained SVG: per assumption, two bars from the
 * central value, one to the value ranked (the option's effect, or the
 * figure) at the assumption's low value and one at its high value, side by
 * side so neither hides the other, each with its 95% interval as a
 * whisker; largest swing at the top; a line at the central value, and at
 * zero when an option's effect is drawn. A row whose high − low cannot be
 * told from zero says so: its rank is then noise at this many replications.
 */
const WIDTH = 900;
const LABEL = 330;
const ROW = 40;
const TOP = 56;

/** One end of a row: its mean and 95% interval on the chart's scale. */
interface End { mean: number; ci95: [number, number] }

export function tornadoSvg(rows: TornadoRow[], unit: Unit, title: string, central: number): string {
  const ends = rows.map((r) => ranked(r, central));
  const option = rows.some((r) => r.optionAtLow);
  const all = [central, ...(option ? [0] : []), ...ends.flatMap(([a, b]) => [...a.ci95, ...b.ci95, a.mean, b.mean])];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const x = (v: number) => LABEL + ((v - lo) / span) * (WIDTH - LABEL - 40);
  const height = TOP + rows.length * ROW + 30;
  const step = roundingStep(span / 20);
  const like = Math.max(Math.abs(lo), Math.abs(hi));
  // An option's effect is a difference (signed); a figure is a level.
  const money = (v: number) => escapeHtml(option ? formatSignedAt(v, unit, step, like) : formatAt(v, unit, step, like));
  const bar = (e: End, y: number, fill: string, which: string) => [
    `<rect x="${Math.min(x(e.mean), x(central))}" y="${y}" width="${Math.max(1, Math.abs(x(e.mean) - x(central)))}" height="12" fill="${fill}"><title>${which}: ${money(e.mean)} (95% CI ${money(e.ci95[0])} to ${money(e.ci95[1])})</title></rect>`,
    `<line x1="${x(e.ci95[0])}" x2="${x(e.ci95[1])}" y1="${y + 6}" y2="${y + 6}" stroke="#222" stroke-width="1.2"/>`,
  ].join('');
  const bars = rows.map((r, i) => {
    const [a, b] = ends[i];
    const y = TOP + i * ROW;
    const label = `${r.assumption} (${r.low} → ${r.high})`;
    const noise = r.highMinusLow && !r.highMinusLow.clearOfZero && r.highMinusLow.ci95[0] !== r.highMinusLow.ci95[1];
    return [
      `<text x="${LABEL - 8}" y="${y + 14}" text-anchor="end" font-size="11">${escapeHtml(label.length > 52 ? `${label.slice(0, 51)}…` : label)}</text>`,
      noise ? `<text x="${LABEL - 8}" y="${y + 28}" text-anchor="end" font-size="10" fill="#666">high − low cannot be told from zero</text>` : '',
      bar(a, y + 4, '#4e79a7', 'low'),
      bar(b, y + 18, '#f28e2b', 'high'),
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="sans-serif">`,
    `<text x="10" y="20" font-size="14">${escapeHtml(title)}</text>`,
    `<text x="10" y="38" font-size="11">blue (upper bar): the assumption at its low value; orange (lower bar): at its high value; whiskers: 95% intervals; line: central (${money(central)})${option ? '; dotted: zero' : ''}</text>`,
    ...bars,
    `<line x1="${x(central)}" x2="${x(central)}" y1="${TOP}" y2="${height - 24}" stroke="#333"/>`,
    option && central !== 0 ? `<line x1="${x(0)}" x2="${x(0)}" y1="${TOP}" y2="${height - 24}" stroke="#999" stroke-dasharray="2,3"/>` : '',
    `<text x="${x(lo)}" y="${height - 8}" font-size="10">${money(lo)}</text>`,
    `<text x="${x(hi)}" y="${height - 8}" font-size="10" text-anchor="end">${money(hi)}</text>`,
    '</svg>',
  ].join('\n');
}

/** The two ends of a row on the chart's scale, with their intervals: the option's effect if there is one, else the figure. */
function ranked(r: TornadoRow, central: number): [End, End] {
  if (r.optionAtLow && r.optionAtHigh) return [end(r.optionAtLow.meanDifference, r.optionAtLow.ci95), end(r.optionAtHigh.meanDifference, r.optionAtHigh.ci95)];
  // The figure at low (high) is central + its paired change from central, whose interval is the change's.
  return [end(r.atLow.option, [central + r.atLow.ci95[0], central + r.atLow.ci95[1]]), end(r.atHigh.option, [central + r.atHigh.ci95[0], central + r.atHigh.ci95[1]])];
}

const end = (mean: number, ci95: [number, number]): End => ({ mean, ci95 });
