import { describe, expect, it } from 'vitest';
import { tornadoSvg } from '../../src/report/tornado-chart.js';
import type { TornadoRow } from '../../src/capacity/tornado.js';
import type { DifferenceSummary } from '../../src/capacity/result-document.js';

const diff = (meanDifference: number, ci95: [number, number]): DifferenceSummary => ({
  id: 'cost.total', label: 'Total cost', unit: 'GBP', baseline: 0, option: meanDifference, n: 50, meanDifference, sdDifference: 1, ci95, clearOfZero: ci95[0] > 0 || ci95[1] < 0,
});
const row = (assumption: string, low: DifferenceSummary, high: DifferenceSummary, span: [number, number]): TornadoRow => ({
  assumption, low: 'a', high: 'b', atLow: diff(0, [0, 0]), atHigh: diff(0, [0, 0]), optionAtLow: low, optionAtHigh: high,
  swing: Math.abs(high.meanDifference - low.meanDifference),
  highMinusLow: { mean: high.meanDifference - low.meanDifference, ci95: span, clearOfZero: span[0] > 0 || span[1] < 0 },
});

describe("the tornado chart shows both ends, their intervals, and which swings are noise", () => {
  // The option saves £1.5m at low and £2.5m at high on price (clear), and £1.9m or £2.0m on growth (noise).
  const rows = [
    row('price', diff(-1.5e6, [-2.0e6, -1.0e6]), diff(-2.5e6, [-3.1e6, -1.9e6]), [-1.3e6, -0.7e6]),
    row('growth', diff(-1.9e6, [-2.6e6, -1.2e6]), diff(-2.0e6, [-2.7e6, -1.3e6]), [-0.9e6, 0.7e6]),
  ];
  const svg = tornadoSvg(rows, 'GBP', 'effect of the option', -1.8e6);

  it('draws a low and a high bar per row, each with a whisker for its 95% interval', () => {
    expect(svg.match(/<rect /g)).toHaveLength(4);
    // Whiskers: one line per bar; then the central line and the zero line.
    expect(svg.match(/<line /g)).toHaveLength(4 + 2);
    // Low and high sit at different heights, so a shorter bar is never hidden behind a longer one.
    const ys = [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(new Set(ys).size).toBe(4);
    expect(svg).toContain('95% CI −£3.10m to −£1.90m'); // one rounding for the chart: a twentieth of its span
  });

  it('marks only the row whose high − low cannot be told from zero', () => {
    expect(svg.match(/high − low cannot be told from zero/g)).toHaveLength(1);
    const note = svg.indexOf('high − low cannot be told from zero');
    expect(note).toBeGreaterThan(svg.indexOf('growth (a → b)'));
  });

  it("puts zero on the axis when the option's effect is drawn", () => {
    expect(svg).toContain('dotted: zero');
    expect(svg).toMatch(/stroke-dasharray/);
  });
});
