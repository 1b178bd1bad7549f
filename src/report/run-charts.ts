import type { FigureSummary, RunDocument, SeriesSummary } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { baseLayout, COLOURS, figureHover, PALETTE, title, unitAxis, withUnit } from './chart-common.js';
import { plotlyText } from './escape.js';
import { financialYearLabel } from './format.js';
import { formatAt, stepOf } from './format-interval.js';
import { yearCosts } from './figure-select.js';

/** Safe element id from a figure or series id. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const WEEK_MS = 7 * 86_400_000;

/** Weekly x positions as a start and a step (no array of 260 date strings per trace: a third of a report's data). */
export function weeklyX(weekStarts: string[]): Record<string, unknown> {
  return { x0: weekStarts[0], dx: WEEK_MS };
}

/** A transparent band between two curves, drawn as a lower and a filled upper trace. */
function band(weekStarts: string[], lower: number[], upper: number[], name: string, fill: string): Record<string, unknown>[] {
  const edge = { type: 'scatter', mode: 'lines', ...weeklyX(weekStarts), line: { width: 0 }, hoverinfo: 'skip' };
  return [
    { ...edge, y: lower, showlegend: false, name },
    { ...edge, y: upper, fill: 'tonexty', fillcolor: fill, name, legendgroup: name },
  ];
}

/** Occupancy of one series week by week: median, two percentile bands and the places available. */
export function occupancyChart(s: SeriesSummary, weekStarts: string[]): ChartSpec {
  const hasCapacity = s.capacity.some((c) => c > 0);
  const empty = s.p97_5.every((v) => v === 0) && s.mean.every((v) => v === 0);
  const data: Record<string, unknown>[] = [
    ...band(weekStarts, s.p2_5, s.p97_5, '2.5th–97.5th percentile', 'rgba(0,114,178,0.13)'),
    ...band(weekStarts, s.p10, s.p90, '10th–90th percentile', 'rgba(0,114,178,0.28)'),
  ];
  // The capacity line goes under the median, so a median that sits on it (always full) stays visible.
  if (hasCapacity) {
    data.push({
      type: 'scatter', mode: 'lines', name: 'places available', ...weeklyX(weekStarts), y: s.capacity,
      line: { color: COLOURS.warn, width: 4, dash: 'dash', shape: 'hv' }, hovertemplate: 'places %{y:,.1f}<extra></extra>',
    });
  }
  data.push({
    type: 'scatter', mode: 'lines', name: 'median', ...weeklyX(weekStarts), y: s.p50,
    line: { color: COLOURS.main, width: 2 }, hovertemplate: 'median %{y:,.1f}<extra></extra>',
  });
  // A place or list, not always "occupancy": a waiting list is children waiting.
  const what = hasCapacity ? 'occupancy by week' : 'by week';
  const why = empty ? ' No child was here in any replication (for example, no child met its age or need rules).' : '';
  return {
    div: domId('occupancy', s.id),
    height: 360,
    data,
    layout: baseLayout({
      title: title(`${s.label}: ${what}`, `Line: median across replications. Shaded: 10th–90th and 2.5th–97.5th percentiles${s.bandReplications ? ` (of the first ${s.bandReplications.toLocaleString('en-GB')} replications)` : ''}.${hasCapacity ? ' Dashed: places available.' : ''}${why}`),
      xaxis: { type: 'date', title: { text: 'Week starting' }, automargin: true, hoverformat: '%-d %b %Y' },
      yaxis: { ...unitAxis(s.unit, hasCapacity ? withUnit('Occupancy', s.unit) : withUnit('Number', s.unit)), rangemode: 'tozero' },
      hovermode: 'x unified',
    }),
  };
}

/** `fixedLocal` → `Fixed local`: a category name from a `cost.fy<year>.<category>` id. */
export function categoryName(category: string): string {
  const words = category.replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whiskers from the 10th to the 90th percentile around a mean. */
function spreadWhiskers(figures: FigureSummary[], axis: 'x' | 'y'): Record<string, unknown> {
  return {
    [`error_${axis}`]: {
      type: 'data', symmetric: false, thickness: 1.2, width: 4, color: COLOURS.ink,
      array: figures.map((f) => Math.max(0, f.p90 - f.mean)),
      arrayminus: figures.map((f) => Math.max(0, f.mean - f.p10)),
    },
  };
}

/** Cost by UK financial year and category, with the total; null when there are no `cost.fy…` figures. */
export function costByYearChart(doc: RunDocument): ChartSpec | null {
  const costs = yearCosts(doc.figures);
  if (costs.length === 0) return null;
  const years = [...new Set(costs.map((c) => c.year))].sort((a, b) => a - b);
  // A category that is £0 in every year and replication is left out of the bars and the legend (named in the caption).
  const nothing = (category: string) => costs.filter((c) => c.category === category).every((c) => c.figure.mean === 0 && c.figure.p90 === 0 && c.figure.p10 === 0);
  const everyCategory = [...new Set(costs.map((c) => c.category))];
  const categories = everyCategory.filter((c) => c === 'total' || !nothing(c));
  const omitted = everyCategory.filter((c) => !categories.includes(c)).map(categoryName);
  // One colour a category: the palette, then further colour-blind-safe hues (Okabe & Ito's yellow, a brown, a grey), never a repeat.
  const colours = [...PALETTE, '#F0E442', '#8C564B', COLOURS.grey, '#7F3C8D'];
  let bar = 0;
  const data = categories.map((category) => {
    const rows = years.map((y) => costs.find((c) => c.year === y && c.category === category));
    const present = rows.filter((r): r is NonNullable<typeof r> => r !== undefined);
    const isTotal = category === 'total';
    return {
      type: isTotal ? 'scatter' : 'bar',
      mode: isTotal ? 'lines+markers' : undefined,
      name: plotlyText(categoryName(category)),
      x: present.map((r) => financialYearLabel(r.year)),
      y: present.map((r) => r.figure.mean),
      marker: { color: isTotal ? COLOURS.ink : colours[bar++ % colours.length], size: isTotal ? 9 : undefined },
      line: isTotal ? { color: COLOURS.ink, width: 2 } : undefined,
      ...spreadWhiskers(present.map((r) => r.figure), 'y'),
      hovertext: present.map((r) => figureHover(r.figure, `${categoryName(category)}, ${financialYearLabel(r.year)}`)),
      hoverinfo: 'text',
    };
  });
  return {
    div: 'cost-by-year',
    height: 440,
    data,
    layout: baseLayout({
      title: title('Cost by financial year and category', `Bars and total line: mean over replications. Whiskers: 10th to 90th percentile. Years run 1 April to 31 March.${omitted.length ? ` £0 throughout, not drawn: ${omitted.join(', ')}.` : ''}`),
      barmode: 'group',
      xaxis: { type: 'category', title: { text: 'Financial year' } },
      yaxis: { ...unitAxis('GBP', 'Cost in the year (£)'), rangemode: 'tozero' },
      margin: { t: 96, r: 24, b: 100, l: 24 }, // room for a caption of two lines
    }),
  };
}

/** A figure's label without its parenthesised detail: "Cost: external placements (in and out of county, …)" → "Cost: external placements". */
export function shortLabel(label: string): string {
  const cut = label.indexOf(' (');
  return cut > 0 ? label.slice(0, cut) : label;
}

/** Whole-period cost figures (`cost.total` first, then other `cost.<x>` in £), excluding per-year ones. */
function periodCosts(figures: FigureSummary[]): FigureSummary[] {
  const list = figures.filter((f) => f.unit === 'GBP' && /^cost\.[^.]+$/.test(f.id));
  return list.sort((a, b) => (a.id === 'cost.total' ? -1 : b.id === 'cost.total' ? 1 : 0));
}

/**
 * Spread of cost over the period across replications, drawn from percentiles
 * (the document holds no raw draws): box 10th–90th, whiskers 2.5th–97.5th,
 * with P50 and P90 marked. Null when `cost.total` is absent.
 */
export function costDistributionChart(figures: FigureSummary[]): ChartSpec | null {
  if (!figures.some((f) => f.id === 'cost.total')) return null;
  // A category that is £0 in every replication has nothing to show: named in the caption, not drawn as an empty row.
  const all = periodCosts(figures);
  const zero = (f: FigureSummary) => f.mean === 0 && f.p2_5 === 0 && f.p97_5 === 0;
  const rows = all.filter((f) => !zero(f));
  const left = all.filter(zero).map((f) => shortLabel(f.label));
  // Labels without their parenthesised detail (kept in the hover), so a long one does not squeeze the plot.
  const names = rows.map((f) => plotlyText(shortLabel(f.label)));
  const money = (f: FigureSummary, v: number) => formatAt(v, 'GBP', stepOf(f.ci95, 'GBP'), v);
  const box = {
    type: 'box', orientation: 'h', name: 'spread across replications', y: names,
    q1: rows.map((f) => f.p10), median: rows.map((f) => f.p50), q3: rows.map((f) => f.p90),
    lowerfence: rows.map((f) => f.p2_5), upperfence: rows.map((f) => f.p97_5), mean: rows.map((f) => f.mean),
    boxmean: true, fillcolor: 'rgba(0,114,178,0.25)', line: { color: COLOURS.main }, hoverinfo: 'skip',
  };
  const marker = (key: 'p50' | 'p90', label: string, colour: string, position: string) => ({
    type: 'scatter', mode: 'markers+text', name: label, y: names, x: rows.map((f) => f[key]),
    marker: { symbol: 'diamond', size: 11, color: colour, line: { color: '#fff', width: 1 } },
    text: rows.map((f) => `${label} ${money(f, f[key])}`), textposition: position, cliponaxis: false,
    hovertext: rows.map((f) => figureHover(f)), hoverinfo: 'text',
  });
  return {
    div: 'cost-distribution',
    height: 150 + 90 * rows.length,
    data: [box, marker('p50', 'P50', COLOURS.ink, 'top left'), marker('p90', 'P90', COLOURS.warn, 'top right')],
    layout: baseLayout({
      title: title('Cost over the whole period: spread of outcomes', `Box: 10th to 90th percentile across replications (not quartiles). Whiskers: 2.5th to 97.5th. Line in the box: median; dashed: mean; diamonds: P50 and P90 with their values. "Of which" rows are part of the row above, not added to it.${left.length ? ` ${left.length} categor${left.length === 1 ? 'y' : 'ies'} £0 in every replication not drawn (in "Every figure").` : ''}`),
      xaxis: unitAxis('GBP', 'Cost over the period (£)'),
      yaxis: { automargin: true, autorange: 'reversed' },
      margin: { t: 96, r: 130, b: 100, l: 24 }, // room for a caption of two lines
    }),
  };
}
