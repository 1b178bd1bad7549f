import type { Unit } from '../sim/results.js';
import type { FigureSummary } from '../capacity/result-document.js';
import type { ChartSpec } from './chart-spec.js';
import { plotlyText } from './escape.js';
import { formatValue, unitLabel } from './format.js';

/** Colours used consistently across reports (colour-blind safe, Okabe–Ito). */
export const COLOURS = {
  main: '#0072B2',
  second: '#E69F00',
  third: '#009E73',
  fourth: '#CC79A7',
  fifth: '#56B4E9',
  warn: '#D55E00',
  grey: '#8c959f',
  ink: '#1b1f24',
} as const;

/** A series palette, in order. */
export const PALETTE = [COLOURS.main, COLOURS.second, COLOURS.third, COLOURS.fourth, COLOURS.fifth, COLOURS.warn];

/** An axis suited to a unit: `£` prefix and SI suffixes for money, percentages for shares. */
export function unitAxis(unit: Unit, title: string): Record<string, unknown> {
  const axis: Record<string, unknown> = { title: { text: plotlyText(title) }, zeroline: true, automargin: true };
  // No £ prefix: plotly would print "£−4M"; the title carries the unit and ticks read "−4M".
  // Four significant figures (trailing zeros trimmed): at three, ticks 0.5M apart near £305M read "305M, 305M".
  if (unit === 'GBP') Object.assign(axis, { tickformat: '.4~s' });
  else if (unit === 'share') Object.assign(axis, { tickformat: '.1~%' });
  else Object.assign(axis, { tickformat: ',.4~r' });
  return axis;
}

/** Axis title with its unit: `Cost (£)`, `Waiting (days)`. */
export function withUnit(text: string, unit: Unit): string {
  return `${text} (${unitLabel(unit)})`;
}

/** Title with a smaller explanatory subtitle (what the marks and bands mean). */
export function title(text: string, subtitle?: string): Record<string, unknown> {
  const t: Record<string, unknown> = { text: plotlyText(text), x: 0, xanchor: 'left' };
  if (subtitle) t.subtitle = { text: wrapped(plotlyText(subtitle), SUBTITLE_CHARS) };
  return t;
}

/** Characters of a subtitle line that fit a chart's width at the report's size; plotly does not wrap text itself. */
export const SUBTITLE_CHARS = 150;

/** Text (already made safe) broken at spaces into lines of at most `width` characters, joined with plotly's <br>. */
export function wrapped(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('<br>');
}

/** Layout defaults shared by every chart. */
export function baseLayout(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    separators: '.,',
    font: { family: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif', size: 13, color: COLOURS.ink },
    margin: { t: 72, r: 24, b: 100, l: 24 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hovermode: 'closest',
    // Legend pinned to the bottom of the whole figure, below the x-axis title, so they never overlap.
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: 0, yref: 'container', yanchor: 'bottom' },
    ...extra,
  };
}

/** Hover text of a figure: mean, 95% CI of the mean and the 10th–90th percentile spread. */
export function figureHover(f: FigureSummary, name = f.label): string {
  const v = (x: number) => formatValue(x, f.unit);
  return [
    `<b>${plotlyText(name)}</b>`,
    `mean ${v(f.mean)} (95% CI ${v(f.ci95[0])} to ${v(f.ci95[1])})`,
    `median ${v(f.p50)}; 10th–90th percentile ${v(f.p10)} to ${v(f.p90)}`,
  ].join('<br>');
}

/**
 * Horizontal bars of figures sharing one unit: bar at the mean, whisker from
 * the 10th to the 90th percentile across replications.
 */
export function figureBarChart(div: string, heading: string, figures: FigureSummary[]): ChartSpec {
  const unit = figures[0].unit;
  // The value goes in the row label, where no whisker can cover it.
  // A value that never varies says so (e.g. returns from out of county when that policy is off).
  const labels = figures.map((f) => `${plotlyText(f.label)}: ${formatValue(f.mean, unit)}${f.min === f.max ? ' in every replication' : ''}`);
  const trace = {
    type: 'bar',
    orientation: 'h',
    name: 'mean',
    y: labels,
    x: figures.map((f) => f.mean),
    marker: { color: COLOURS.main },
    error_x: {
      type: 'data',
      symmetric: false,
      array: figures.map((f) => Math.max(0, f.p90 - f.mean)),
      arrayminus: figures.map((f) => Math.max(0, f.mean - f.p10)),
      color: COLOURS.ink,
      thickness: 1.5,
      width: 6,
    },
    hovertext: figures.map((f) => figureHover(f)),
    hoverinfo: 'text',
  };
  const height = 130 + 40 * figures.length;
  return {
    div,
    height,
    data: [trace],
    layout: baseLayout({
      title: title(figures.length === 1 ? figures[0].label : heading, 'Bar: mean over replications. Whisker: 10th to 90th percentile across replications.'),
      xaxis: unitAxis(unit, axisTitle(unit)),
      yaxis: { automargin: true, autorange: 'reversed' },
      showlegend: false,
      margin: { t: 72, r: 24, b: 48, l: 24 },
    }),
  };
}

/** An axis title naming the quantity and, where it adds anything, the unit: `Cost (£)`, `Days`. */
export function axisTitle(unit: Unit): string {
  return unit === 'GBP' || unit === 'share' ? withUnit(unitName(unit), unit) : unitName(unit);
}

/** A word for the quantity a unit measures, for axis titles. */
export function unitName(unit: Unit): string {
  switch (unit) {
    case 'GBP':
      return 'Cost';
    case 'share':
      return 'Share';
    case 'children':
      return 'Children';
    case 'count':
      return 'Number over the reporting period';
    case 'per child':
      return 'Per child';
    case 'child-weeks':
      return 'Child-weeks';
    default:
      return unit.charAt(0).toUpperCase() + unit.slice(1);
  }
}
