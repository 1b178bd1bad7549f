import { catalogueOf } from '../../sim/run-replication.js';
import type { Scenario } from '../../sim/scenario.js';
import { KEY_FIGURES } from '../../capacity/compare.js';
import { digestScenario } from '../../capacity/digest.js';
import { gridOf, parseTarget, parseVary, type Dimension } from '../../capacity/grid.js';
import { paretoFront } from '../../capacity/pareto.js';
import type { SizeConfiguration, SizeDocument } from '../../capacity/result-document.js';
import { runSizingSearch, SizingSearch } from '../../capacity/sizing.js';
import { describeMethod } from '../../capacity/sizing-method.js';
import { pairedDifference, sizingOutcome } from '../../capacity/sizing-outcome.js';
import { InputError } from '../input-error.js';
import { loadScenario, type LoadedScenario } from '../load-scenario.js';
import { rerunCommand, runScenarios, withSession } from '../experiment-session.js';
import { StoppedEarly } from '../command-failure.js';
import { configurationsTable } from '../result-tables.js';
import { writeResultFolder } from '../result-folder.js';
import { formatSizing, sizingStatement } from '../size-table.js';
import { VERSION } from '../version.js';
import { periodProblems } from '../same-period.js';
import { splitPath } from '../overrides.js';

/** Options of `carecap size`. */
export interface SizeOptions {
  vary: string[];
  /** `figure<=value`; absent with --budget. */
  target?: string;
  objective: string;
  /** δ in the objective's units (default 0.5% of today's mean objective). */
  indifference?: number;
  /** ε in the target's units (default 5% of the target value). */
  tolerance?: number;
  /** Least risk within a budget: the constraint becomes mean cost.total ≤ budget and --objective the risk to minimise. */
  budget?: number;
  confidence: number;
  seed: number;
  replications: number;
  initial: number;
  out?: string;
  workers?: number;
  set: string[];
  json: boolean;
  /** Redis URL: run each round's configurations as jobs on `carecap worker` processes (docs/scale-out.md). */
  queue?: string;
  /** `path=gbp`: a one-off (capital or set-up) cost per unit a configuration adds above today's value (repeatable). */
  oneOff?: string[];
}

/** A one-off cost per unit added of one varied path (`--one-off services.hub.beds=250000`). */
interface UnitOneOff { path: string; gbp: number }

/** Most a one-off cost per unit may be: the scenario's own bound on a sum of money (scenario-checks.ts). */
const MAX_ONE_OFF_GBP = 10_000_000_000;

/** `path=gbp` for a varied path; a string says what is wrong. */
function parseOneOff(text: string, varied: string[]): UnitOneOff | string {
  const m = /^\s*([^=]*[^=\s])\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) return `--one-off ${text}: expected path=pounds per unit added, e.g. services.hub.beds=250000`;
  const gbp = Number(m[2]);
  if (!(gbp <= MAX_ONE_OFF_GBP)) return `--one-off ${text}: ${m[2]} is above ${MAX_ONE_OFF_GBP.toLocaleString('en-GB')} pounds`;
  if (!varied.includes(m[1])) return `--one-off ${text}: ${m[1]} is not varied (--vary ${varied.join(', --vary ') || '…'}): a one-off cost is per unit of a varied path`;
  return { path: m[1], gbp };
}

/**
 * The one-off costs of a configuration: for each path with a cost per unit, the units it adds above today's value,
 * paid on the start date as otherCosts.oneOff (so cost.total, and the search, carry them). A configuration with fewer
 * units than today gets no saving for them: nothing is sold.
 */
function oneOffSettings(s: Record<string, number>, costs: UnitOneOff[], today: Record<string, number>, startDate: string): { path: string; value: unknown; source: string }[] {
  return costs.flatMap((c) => {
    const added = s[c.path] - today[c.path];
    if (!(added > 0) || c.gbp === 0) return [];
    return [{ path: 'otherCosts.oneOff.+', value: { name: `${added} ${c.path.replace(/^services\./, '')} added (one-off)`, date: startDate, gbp: added * c.gbp }, source: `--one-off ${c.path}=${c.gbp}` }];
  });
}

/** The grid's scenarios, every bad --vary, --target or value reported at once. */
function loadGrid(file: string, o: SizeOptions, today: LoadedScenario): { dimensions: Dimension[]; settings: Record<string, number>[]; loaded: LoadedScenario[]; extras: { path: string; value: unknown; source: string }[][]; oneOff: UnitOneOff[] } {
  const problems: string[] = [];
  const dimensions = o.vary.flatMap((v) => { const d = parseVary(v); return typeof d === 'string' ? (problems.push(d), []) : [d]; });
  const paths = dimensions.map((d) => d.path);
  if (o.vary.length === 0) problems.push('--vary: give at least one path=from..to to search, e.g. services.hub.beds=2..6');
  paths.forEach((p, i) => { if (paths.indexOf(p) !== i) problems.push(`--vary ${p}: varied twice`); });
  const oneOff = (o.oneOff ?? []).flatMap((t) => { const c = parseOneOff(t, paths); return typeof c === 'string' ? (problems.push(c), []) : [c]; });
  oneOff.forEach((c, i) => { if (oneOff.findIndex((x) => x.path === c.path) !== i) problems.push(`--one-off ${c.path}: given twice`); });
  const todayValues = Object.fromEntries(paths.map((p) => [p, valueAt(today.scenario, p)]));
  if (!(o.confidence > 0 && o.confidence < 1)) problems.push(`--confidence ${o.confidence}: must be between 0 and 1, e.g. 0.95`);
  const t = resolveTarget(o);
  if (typeof t === 'string') problems.push(t);
  if (problems.length) throw new InputError(file, problems);
  const settings = gridOf(dimensions);
  const loaded: LoadedScenario[] = [];
  const extras = settings.map((s) => oneOffSettings(s, oneOff, todayValues, today.scenario.startDate));
  for (const [k, s] of settings.entries()) {
    try {
      loaded.push(loadScenario(file, o.set, [...Object.entries(s).map(([path, value]) => ({ path, value, source: `--vary ${path}=${value}` })), ...extras[k]]));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      // Named by the grid point, since a rule between a --vary value and a --set (sold places beside a bed count)
      // is blamed on whichever wrote the field it names, which may not be the --vary value that broke it.
      const at = `in configuration ${Object.entries(s).map(([a, v]) => `${a}=${v}`).join(', ')}: `;
      for (const p of err.problems) if (!problems.includes(at + p)) problems.push(at + p);
    }
  }
  // A configuration over another period cannot be set beside today's, nor beside another configuration.
  loaded.forEach((l, k) => { for (const p of periodProblems(today.scenario, l.scenario, `configuration ${Object.entries(settings[k]).map(([a, v]) => `${a}=${v}`).join(', ')}`, 'today\'s scenario')) if (!problems.includes(p)) problems.push(p); });
  if (problems.length) throw new InputError(file, problems);
  return { dimensions, settings, loaded, extras, oneOff };
}

/** The constraint: --target, or with --budget mean cost.total ≤ budget; a string says what is wrong. */
function resolveTarget(o: SizeOptions): { figure: string; operator: '<='; value: number } | string {
  if (o.budget !== undefined && o.target) return '--budget and --target: give one (--budget minimises --objective, a risk figure, within the budget)';
  if (o.budget !== undefined) {
    if (!(o.budget > 0)) return `--budget ${o.budget}: must be a positive amount of pounds`;
    if (o.objective === 'cost.total') return '--budget: name the risk to minimise with --objective, e.g. spillover.count or ooc.childWeeks';
    return { figure: 'cost.total', operator: '<=', value: o.budget };
  }
  return o.target ? parseTarget(o.target) : '--target: required (or --budget), e.g. --target spillover.share<=0.5';
}

/** A scenario's value at a dotted path (list elements by index or name), for today's settings. */
function valueAt(root: unknown, path: string): number {
  let at: unknown = root;
  for (const part of splitPath(root, path)) {
    if (Array.isArray(at)) at = /^\d+$/.test(part) ? at[Number(part)] : at.find((e) => (e as { name?: string }).name === part);
    else at = (at as Record<string, unknown> | undefined)?.[part];
  }
  return typeof at === 'number' ? at : NaN;
}

/** `carecap size`: a sequential search of a capacity grid for the cheapest configuration meeting a risk target. */
export async function sizeCommand(file: string, o: SizeOptions, print: (s: string) => void): Promise<number> {
  const today = loadScenario(file, o.set);
  const { dimensions, settings, loaded, extras, oneOff } = loadGrid(file, o, today);
  const target = resolveTarget(o);
  if (typeof target === 'string') throw new InputError(file, [target]);
  const catalogues = loaded.map((l) => catalogueOf(l.scenario));
  let search: SizingSearch;
  try {
    if (o.budget !== undefined && catalogues[0].scalars.find((s) => s.id === o.objective)?.ratio) {
      throw new Error(`${o.objective} is a ratio; with --budget minimise a count, e.g. ${catalogues[0].scalars.find((s) => s.id === o.objective)!.ratio!.numerator}`);
    }
    search = new SizingSearch(catalogues, {
      // Beside the key figures, what the money is made of for a plan: the one-off costs (cost.other, where --one-off
      // goes) and the total of each financial year, so summary.csv gives a configuration's profile, not only its total.
      objective: o.objective, target, keyFigures: [...KEY_FIGURES, 'cost.other', ...catalogues[0].scalars.map((s) => s.id).filter((id) => /^cost\.fy\d{4}\.total$/.test(id))]
        .filter((id, i, all) => all.indexOf(id) === i && catalogues[0].scalars.some((s) => s.id === id)),
      confidence: o.confidence, initialReplications: Math.min(o.initial, o.replications), maxReplications: o.replications,
      indifference: o.indifference, tolerance: o.tolerance,
    }, catalogueOf(today.scenario));
  } catch (err) {
    throw new InputError(file, [`--objective/--target: ${(err as Error).message}`]);
  }
  return withSession(o.out, async ({ folder, interrupt }) => {
    const started = performance.now();
    let workers = 0;
    const { stopped } = await runSizingSearch(search, async (configs, from, to, deliver) => {
      const scenarios: Scenario[] = configs.map((k) => (k === search.todayIndex ? today.scenario : loaded[k].scenario));
      const settingsOf = (k: number) => (k === search.todayIndex ? [] : [
        ...Object.entries(settings[k]).map(([key, v]) => `${key}=${v}`), ...extras[k].map((e) => `${e.path}=${JSON.stringify(e.value)}`)]);
      const rerun = (j: number, r: number, seed: number) => rerunCommand(file, [...o.set, ...settingsOf(configs[j])], seed, r);
      const outcome = await runScenarios(scenarios, o.seed, o.workers ?? 0, from, to, (_, results) => results.forEach((r, j) => deliver(configs[j], r)), rerun, o.queue);
      workers = outcome.workers;
      return { stopped: outcome.stopped };
    });
    const doc = sizeDocument(file, o, { dimensions, settings, loaded, today, search, target, workers, stopped, wallMs: performance.now() - started, oneOff });
    if (doc.provenance.replications === 0) throw new StoppedEarly(interrupt.exitStatus, 'replication');
    if (folder) await writeResultFolder(folder, doc, { 'configurations.csv': configurationsTable(doc) });
    print(o.json ? JSON.stringify(doc) : `${formatSizing(doc)}${stopped ? '\n\nSTOPPED before the search ended: no configuration is claimed.' : ''}${o.out ? `\n\nResults in ${o.out}/ (results.json, configurations.csv, summary.csv, results.xlsx, report.html)` : ''}`);
    return 0;
  });
}

interface Finished {
  dimensions: Dimension[];
  settings: Record<string, number>[];
  loaded: LoadedScenario[];
  today: LoadedScenario;
  search: SizingSearch;
  target: { figure: string; value: number };
  workers: number;
  stopped: boolean;
  wallMs: number;
  oneOff: UnitOneOff[];
}

/** The search's outcome as a SizeDocument, with the Pareto front of objective against the target figure. */
function sizeDocument(file: string, o: SizeOptions, f: Finished): SizeDocument {
  const states = f.search.states();
  const capacities = f.settings.map((s) => Object.values(s).reduce((a, b) => a + b, 0));
  const out = sizingOutcome(f.search, f.stopped, capacities);
  // The report describes the scenario as it stands today, not the grid's first point.
  const base = f.today;
  const todaySettings = Object.fromEntries(f.dimensions.map((d) => [d.path, valueAt(f.today.scenario, d.path)]));
  const todayIndex = f.settings.findIndex((s) => f.dimensions.every((d) => s[d.path] === todaySettings[d.path]));
  // Today's configuration is also run on its own, as long as the recommendation (search.today). Its row shows that
  // longer run's figures: the grid arm's first 20 replications once put today at £306.9m beside a recommendation at
  // £309.4m while the paired answer had the recommendation £1.8m cheaper. (Same seed, same scenario: the grid arm's
  // replications are the first of today's own.)
  const todayArm = f.search.today;
  const longerToday = todayIndex >= 0 && todayArm != null && todayArm.replications > states[todayIndex].replications;
  if (longerToday) states[todayIndex] = { ...states[todayIndex], replications: todayArm!.replications, figures: todayArm!.summary.figures() };
  const mean = (i: number, id: string) => states[i].figures.find((x) => x.id === id)?.mean;
  // The Pareto front is drawn from configurations run to the end only: a point stopped early rests on fewer
  // replications, and its mean is not comparable with the others'.
  const full = Math.max(0, ...states.map((s) => s.replications));
  const run = states.flatMap((s, i) => (s.replications > 0 && s.replications === full ? [i] : []));
  const front = paretoFront(run.map((i) => ({ x: mean(i, o.objective)!, y: mean(i, f.target.figure)! })));
  const onFront = new Set(run.filter((_, k) => front[k]));
  const configurations: SizeConfiguration[] = states.map((s, i) => ({
    settings: f.settings[i], replications: s.replications, figures: s.figures, feasible: s.feasible, onParetoFront: onFront.has(i),
    ...(s.dropped ? { dropped: s.dropped } : {}),
  }));
  out.versusRecommended?.forEach((d, i) => { if (d) configurations[i].versusRecommended = d; });
  // Its difference from the recommendation is then the one the statement gives, over those replications, not a
  // second, less precise estimate over the grid arm's first few.
  if (longerToday && out.chosen !== null && todayIndex !== out.chosen) {
    configurations[todayIndex].versusRecommended = pairedDifference(o.objective, todayArm!, f.search.arms[out.chosen]);
  }
  const doc: SizeDocument = {
    kind: 'size',
    provenance: {
      carecapVersion: VERSION, scenarioName: base.scenario.name, scenarioHash: base.hash, scenarioFile: file, seed: o.seed,
      replications: configurations.reduce((a, c) => a + c.replications, 0), workers: f.workers, wallMs: Math.round(f.wallMs),
      partial: f.stopped, writtenAt: new Date().toISOString(),
    },
    scenario: digestScenario(base.scenario),
    dimensions: f.dimensions,
    target: { figure: f.target.figure, operator: '<=', value: f.target.value, confidence: o.confidence },
    objective: o.objective,
    riskFigure: f.target.figure,
    configurations,
    chosen: out.chosen,
    method: describeMethod(f.search, configurations.length),
    outcome: out.outcome,
    tieSet: out.tieSet,
    ...(out.recommendedBy ? { recommendedBy: out.recommendedBy } : {}),
    rule: out.rule,
    statement: '',
    ...(Number.isFinite(f.search.indifference) ? { indifference: f.search.indifference, tolerance: f.search.tolerance } : {}),
    today: { index: todayIndex < 0 ? null : todayIndex, settings: todaySettings, ...(out.todayDifference ? { difference: out.todayDifference } : {}) },
    ...(o.budget !== undefined ? { budget: o.budget } : {}),
    // Said either way in the statement: a configuration that adds places is otherwise costed on running costs alone.
    oneOffPerUnit: Object.fromEntries(f.oneOff.map((c) => [c.path, c.gbp])),
  };
  doc.statement = sizingStatement(doc, out.undecided);
  return doc;
}

