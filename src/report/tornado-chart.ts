import type { TornadoRow } from '../capacity/tornado.js';
import type { Unit } from '../sim/results.js';
import { escapeHtml } from './escape.js';
import { formatSigned } from './format.js';

/**
 * A tornado chart as a self-contained SVG: one bar per assumption, from the
 * value ranked (the option's effect, or the figure's change) at the
 * assumption's low value to its high value, largest swing at the top; a
 * vertical line at the central value. Low ends are blue, high ends orange.
 */
const WIDTH = 900;
const LABEL = 330;
const ROW = 34;
const TOP = 48;

export function tornadoSvg(rows: TornadoRow[], unit: Unit, title: string, central: number): string {
  const ends = rows.map((r) => ranked(r));
  const all = [central, ...ends.flat()];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const x = (v: number) => LABEL + ((v - lo) / span) * (WIDTH - LABEL - 40);
  const height = TOP + rows.length * ROW + 30;
  const bars = rows.map((r, i) => {
    const [a, b] = ends[i];
    const y = TOP + i * ROW;
    const label = `${r.assumption} (${r.low} → ${r.high})`;
    return [
      `<text x="${LABEL - 8}" y="${y + 17}" text-anchor="end" font-size="11">${escapeHtml(label.length > 60 ? `${label.slice(0, 59)}…` : label)}</text>`,
      `<rect x="${Math.min(x(a), x(central))}" y="${y + 4}" width="${Math.abs(x(a) - x(central))}" height="18" fill="#4e79a7"><title>low: ${escapeHtml(formatSigned(a, unit))}</title></rect>`,
      `<rect x="${Math.min(x(b), x(central))}" y="${y + 4}" width="${Math.abs(x(b) - x(central))}" height="18" fill="#f28e2b" fill-opacity="0.8"><title>high: ${escapeHtml(formatSigned(b, unit))}</title></rect>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="sans-serif">`,
    `<text x="10" y="20" font-size="14">${escapeHtml(title)}</text>`,
    `<text x="10" y="38" font-size="11">blue: assumption at its low value; orange: at its high value; line: central (${escapeHtml(formatSigned(central, unit))})</text>`,
    ...bars,
    `<line x1="${x(central)}" x2="${x(central)}" y1="${TOP}" y2="${height - 24}" stroke="#333"/>`,
    `<text x="${x(lo)}" y="${height - 8}" font-size="10">${escapeHtml(formatSigned(lo, unit))}</text>`,
    `<text x="${x(hi)}" y="${height - 8}" font-size="10" text-anchor="end">${escapeHtml(formatSigned(hi, unit))}</text>`,
    '</svg>',
  ].join('\n');
}

/** The two ends of a row on the chart's scale: the option's effect if there is one, else the figure's value. */
function ranked(r: TornadoRow): [number, number] {
  if (r.optionAtLow && r.optionAtHigh) return [r.optionAtLow.meanDifference, r.optionAtHigh.meanDifference];
  return [r.atLow.option, r.atHigh.option];
}
