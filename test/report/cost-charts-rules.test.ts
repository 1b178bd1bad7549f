import { describe, expect, it } from 'vitest';
import { costByYearChart, costDistributionChart, shortLabel } from '../../src/report/run-charts.js';
import { wrapped } from '../../src/report/chart-common.js';
import type { FigureSummary, RunDocument } from '../../src/capacity/result-document.js';

const fig = (id: string, label: string, mean: number, spread = 0): FigureSummary => ({
  id, label, unit: 'GBP', group: 'cost', n: 100, mean, sd: spread, ci95: [mean - spread / 10, mean + spread / 10],
  p2_5: mean - 2 * spread, p10: mean - spread, p50: mean, p90: mean + spread, p97_5: mean + 2 * spread, min: mean - 3 * spread, max: mean + 3 * spread,
} as unknown as FigureSummary);

describe('the cost charts of a run report', () => {
  const figures = [
    fig('cost.total', 'Total cost over the period (cash, undiscounted)', 310e6, 15e6),
    fig('cost.external', 'Cost: external placements (in and out of county, crisis, block contracts; includes cost.outOfCounty)', 255e6, 15e6),
    fig('cost.other', 'Cost: programmes and one-off costs', 0),
    fig('cost.soldPlacesIncome', 'Cost: income from places sold to other councils', 0),
  ];

  it('draws no row for a category that is £0 in every replication, and says how many it left out', () => {
    const spec = costDistributionChart(figures)!;
    const box = spec.data[0] as { y: string[] };
    expect(box.y).toEqual(['Total cost over the period', 'Cost: external placements']);
    const caption = JSON.stringify(spec.layout);
    expect(caption).toContain('2 categories £0 in every replication not drawn');
  });

  it('labels P50 and P90 in money rounded to the figure, not to the pound', () => {
    const text = (costDistributionChart(figures)!.data[1] as { text: string[] }).text;
    // ci95 half-width £1.5m → two significant figures → £0.1m.
    expect(text[0]).toBe('P50 £310.0m');
  });

  it('a label loses its parenthesised detail; a subtitle longer than a line is broken at spaces', () => {
    expect(shortLabel('Cost: external placements (in and out of county)')).toBe('Cost: external placements');
    expect(shortLabel('Total cost over the period (cash, undiscounted)')).toBe('Total cost over the period');
    expect(wrapped('aaa bbb ccc', 7)).toBe('aaa bbb<br>ccc');
    expect(wrapped('short', 150)).toBe('short');
  });

  it('by financial year: a category £0 throughout is left out of bars and legend, and no two categories share a colour', () => {
    const years = [2026, 2027];
    const cats = ['localFixed', 'outreach', 'family', 'external', 'crisis', 'other', 'programmes', 'extra'];
    const fy = years.flatMap((y) => [
      fig(`cost.fy${y}.total`, `Cost in FY ${y}: total`, 100),
      ...cats.map((c, i) => fig(`cost.fy${y}.${c}`, `Cost in FY ${y}: ${c}`, c === 'other' ? 0 : 10 + i)),
    ]);
    const spec = costByYearChart({ figures: fy } as unknown as RunDocument)!;
    const names = spec.data.map((d) => (d as { name: string }).name);
    expect(names).not.toContain('Other');
    expect(names).toContain('Total');
    const colours = spec.data.filter((d) => (d as { type: string }).type === 'bar').map((d) => (d as { marker: { color: string } }).marker.color);
    expect(colours).toHaveLength(cats.length - 1);
    expect(new Set(colours).size).toBe(colours.length);
    expect(JSON.stringify(spec.layout)).toContain('£0 throughout, not drawn: Other');
  });
});
