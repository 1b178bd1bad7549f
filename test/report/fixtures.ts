import type {
  CompareDocument, DifferenceSummary, FigureSummary, RunDocument, RunProvenance, ScenarioDigest, SeriesSummary, SizeDocument,
} from '../../src/capacity/result-document.js';
import type { Unit } from '../../src/sim/results.js';

/**
 * Synthetic result documents for report tests: realistic sizes (260 weekly
 * points, 5 series, five financial years of cost), deterministic numbers, and
 * hostile text in names to prove escaping.
 */

export const HOSTILE = '</script><img src=x onerror="window.__xss=1">';

/** A tiny deterministic generator so fixtures never change between runs. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A figure summary around `mean` with a relative spread. */
export function figure(id: string, label: string, unit: Unit, group: string, mean: number, spread = 0.2, n = 200): FigureSummary {
  const sd = Math.abs(mean) * spread;
  const half = (1.97 * sd) / Math.sqrt(n);
  const clip = (x: number) => (unit === 'share' ? Math.min(1, Math.max(0, x)) : unit === 'GBP' ? x : Math.max(0, x));
  return {
    id, label, unit, group, n, mean, sd, ci95: [mean - half, mean + half],
    p2_5: clip(mean - 1.9 * sd), p10: clip(mean - 1.25 * sd), p50: clip(mean - 0.05 * sd), p90: clip(mean + 1.35 * sd),
    p97_5: clip(mean + 2.1 * sd), min: clip(mean - 2.8 * sd), max: clip(mean + 3.4 * sd),
  };
}

const WEEKS = 260;

/** Mondays from 6 April 2026, one per reported week. */
export function weekStarts(count = WEEKS): string[] {
  const start = Date.UTC(2026, 3, 6);
  return Array.from({ length: count }, (_, w) => new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10));
}

function series(id: string, label: string, places: number, load: number, seed: number, extraFrom = -1): SeriesSummary {
  const rand = lcg(seed);
  const capacity = Array.from({ length: WEEKS }, (_, w) => (extraFrom >= 0 && w >= extraFrom ? places + 2 : places));
  const p50 = capacity.map((c, w) => Math.min(c, c * load * (0.85 + 0.15 * Math.sin(w / 9)) + (rand() - 0.5) * 0.4));
  const around = (k: number) => p50.map((m, w) => Math.max(0, Math.min(capacity[w] || Infinity, m + k * Math.max(0.4, m * 0.12))));
  return { id, label, unit: 'children', capacity, mean: around(0.05), p2_5: around(-2), p10: around(-1.3), p50, p90: around(1.3), p97_5: around(2) };
}

export const provenance: RunProvenance = {
  carecapVersion: '0.1.0', scenarioName: 'Leicestershire 2026', scenarioHash: 'a3f1'.repeat(16),
  scenarioFile: 'scenarios/leicestershire.yaml', seed: 20260401, replications: 200, workers: 4, wallMs: 18_450,
  partial: false, writtenAt: '2026-04-01T09:30:00.000Z',
};

export const scenario: ScenarioDigest = {
  name: `Leicestershire 2026 ${HOSTILE}`,
  description: 'Hub of 3 assessment beds, 3 multi-functional houses, 8 in-house homes and the ART outreach team; demand grows 4% a year.',
  startDate: '2026-04-01', horizonYears: 5, warmupDays: 365,
  capacity: [
    { service: 'Hub assessment beds', places: 3, note: '£5,200 per child-week including outreach input' },
    { service: 'Multi-functional houses', places: 6, note: '3 houses of 2 places; one registered for under-16s' },
    { service: 'In-house homes', places: 24, note: 'eight homes' },
    { service: 'Outreach (ART) slots', places: 12, note: `£660 per child-week ${HOSTILE}` },
  ],
  demand: [
    { stream: 'Needs assessment', ratePerYear: 30, route: 'Hub first' },
    { stream: 'Direct placement', ratePerYear: 18, route: 'placed directly' },
    { stream: 'Placement at risk', ratePerYear: 40, route: 'outreach only' },
  ],
};

const CATEGORIES: [string, string, number][] = [['fixedLocal', 'Fixed local', 4.1e6], ['variableLocal', 'Variable local', 1.3e6], ['external', 'External placements', 9.8e6]];

/** Cost figures for five financial years, each category and a total, growing 4% a year. */
function costFigures(): FigureSummary[] {
  const out: FigureSummary[] = [];
  for (let y = 0; y < 5; y++) {
    const year = 2026 + y;
    let total = 0;
    for (const [cat, label, base] of CATEGORIES) {
      const mean = base * 1.04 ** y * (cat === 'external' ? 1 + 0.06 * y : 1);
      total += mean;
      out.push(figure(`cost.fy${year}.${cat}`, `${label} cost ${year}/${String(year + 1).slice(2)}`, 'GBP', 'cost', mean, cat === 'fixedLocal' ? 0.01 : 0.18));
    }
    out.push(figure(`cost.fy${year}.total`, `Total cost ${year}/${String(year + 1).slice(2)}`, 'GBP', 'cost', total, 0.12));
  }
  return out;
}

/** Every scalar figure of the fixture run, including one the report has never heard of. */
export function runFigures(scale = 1): FigureSummary[] {
  return [
    figure('hub.utilisation', 'Hub bed utilisation', 'share', 'hub', 0.86, 0.05),
    figure('hub.shareFull', 'Hub: share of time full', 'share', 'hub', 0.52 / scale, 0.2),
    figure('houses.shareFull', 'Multi-functional houses: share of time full', 'share', 'houses', 0.31 / scale, 0.3),
    figure('homes.shareFull', 'In-house homes: share of time full', 'share', 'homes', 0.64 / scale, 0.15),
    figure('outreach.shareFull', 'Outreach: share of time all slots taken', 'share', 'outreach', 0.44 / scale, 0.25),
    figure('spillover.count', 'Spill-overs', 'count', 'spillover', 61 / scale, 0.22),
    figure('spillover.outOfCountyChildWeeks', 'Out-of-county child-weeks', 'child-weeks', 'spillover', 2480 / scale, 0.25),
    figure('spillover.cost', 'Cost of spill-over placements', 'GBP', 'spillover', 14.9e6 / scale, 0.25),
    figure('outreach.waitDays', 'Mean wait for an outreach slot', 'days', 'outreach', 11.5 / scale, 0.4),
    figure('outreach.waitingList', 'Mean outreach waiting list', 'children', 'outreach', 1.8 / scale, 0.5),
    figure('stability.moves', 'Placement moves per child', 'per child', 'stability', 1.42, 0.1),
    figure('stability.breakdowns', 'Placement breakdowns', 'count', 'stability', 38 / scale, 0.25),
    ...costFigures().map((f) => (scale === 1 ? f : { ...f, mean: f.mean * (0.96 + 0.04 / scale) })),
    figure('cost.total', 'Total cost over the period', 'GBP', 'cost', 89.4e6 / scale ** 0.2, 0.1),
    figure('cost.external', 'External placement cost over the period', 'GBP', 'cost', 58.1e6 / scale ** 0.3, 0.16),
    figure('experimental.newThing', `A figure no chart knows ${HOSTILE}`, 'weeks', 'experimental', 3.25, 0.3),
  ];
}

/** A run document: 260 weeks, 5 series, FY costs for 5 years. */
export function runDocument(overrides: Partial<RunProvenance> = {}): RunDocument {
  return {
    kind: 'run', provenance: { ...provenance, ...overrides }, scenario, weekStarts: weekStarts(),
    figures: runFigures(),
    series: [
      series('hub', 'Hub assessment beds', 3, 0.9, 1),
      series('houses', 'Multi-functional houses', 6, 0.75, 2),
      series('homes', 'In-house homes', 24, 0.92, 3, 104),
      series('outreach', `Outreach slots ${HOSTILE}`, 12, 0.8, 4),
      { ...series('external', 'Children out of county', 0, 0, 5), capacity: new Array(WEEKS).fill(0),
        ...(() => { const r = lcg(9); const m = Array.from({ length: WEEKS }, (_, w) => 8 + w * 0.03 + r()); const k = (x: number) => m.map((v) => Math.max(0, v + x)); return { mean: k(0.1), p2_5: k(-5), p10: k(-3), p50: m, p90: k(3.4), p97_5: k(5.5) }; })() },
    ],
    failures: [],
  };
}

function difference(base: FigureSummary, opt: FigureSummary, halfWidthShare: number): DifferenceSummary {
  const d = opt.mean - base.mean;
  const half = Math.abs(base.mean) * halfWidthShare;
  return { id: base.id, label: base.label, unit: base.unit, baseline: base.mean, option: opt.mean, n: base.n,
    meanDifference: d, sdDifference: half * 5, ci95: [d - half, d + half], clearOfZero: Math.abs(d) > half };
}

/** A comparison of three options against the baseline. */
export function compareDocument(): CompareDocument {
  const base = runFigures();
  const option = (name: string, scale: number, hw: number, overrides: Record<string, unknown>) => {
    const figures = runFigures(scale);
    return { name, overrides, figures, differences: base.map((b, i) => difference(b, figures[i], hw)) };
  };
  return {
    kind: 'compare', provenance, scenario,
    keyFigures: ['cost.total', 'spillover.count', 'spillover.outOfCountyChildWeeks', 'outreach.waitDays', 'stability.breakdowns', 'hub.shareFull'],
    baseline: { name: 'Current services', figures: base },
    options: [
      option('16 outreach slots', 1.25, 0.04, { 'services.outreach.slots': 16 }),
      option('Fourth Hub bed', 1.08, 0.06, { 'services.hub.beds': 4 }),
      option(`Close one house ${HOSTILE}`, 0.97, 0.05, { 'services.houses.count': 2 }),
    ],
  };
}

/** A sizing search over hub beds × outreach slots (two varied dimensions, so a heat map). */
export function sizeDocument(): SizeDocument {
  const beds = [2, 3, 4, 5];
  const slots = [8, 10, 12, 14, 16];
  const rand = lcg(77);
  const configurations = beds.flatMap((b) => slots.map((s) => {
    const spill = 95 * Math.exp(-0.35 * (b - 2)) * Math.exp(-0.06 * (s - 8)) * (0.85 + 0.3 * rand());
    const cost = 70e6 + 2.6e6 * b + 0.45e6 * s + 0.06e6 * spill;
    const feasible: 'yes' | 'no' | 'unclear' = spill <= 40 ? 'yes' : spill <= 46 ? 'unclear' : 'no';
    return { settings: { 'services.hub.beds': b, 'services.outreach.slots': s }, replications: feasible === 'no' ? 40 : 200,
      figures: [figure('cost.total', 'Total cost over the period', 'GBP', 'cost', cost, 0.08), figure('spillover.count', 'Spill-overs', 'count', 'spillover', spill, 0.2),
        figure('hub.shareFull', 'Hub: share of time full', 'share', 'hub', Math.min(0.9, 1.6 / b), 0.2)],
      feasible, onParetoFront: false, dropped: feasible === 'no' ? 'clearly fails the target after 40 replications' : undefined };
  }));
  const byCost = [...configurations].sort((a, b) => a.figures[0].mean - b.figures[0].mean);
  let best = Infinity;
  for (const c of byCost) if (c.figures[1].mean < best) { best = c.figures[1].mean; c.onParetoFront = true; }
  const feasible = configurations.filter((c) => c.feasible === 'yes').sort((a, b) => a.figures[0].mean - b.figures[0].mean);
  return {
    kind: 'size', provenance, scenario,
    dimensions: [{ path: 'services.hub.beds', values: beds }, { path: 'services.outreach.slots', values: slots }],
    target: { figure: 'spillover.count', operator: '<=', value: 40, confidence: 0.9 },
    objective: 'cost.total', riskFigure: 'spillover.count', configurations,
    chosen: configurations.indexOf(feasible[0]), method: 'grid search with early dropping',
  };
}
