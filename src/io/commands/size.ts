import { catalogueOf } from '../../sim/run-replication.js';
import type { Scenario } from '../../sim/scenario.js';
import { KEY_FIGURES } from '../../capacity/compare.js';
import { digestScenario } from '../../capacity/digest.js';
import { gridOf, parseTarget, parseVary, type Dimension } from '../../capacity/grid.js';
import { paretoFront } from '../../capacity/pareto.js';
import type { SizeConfiguration, SizeDocument } from '../../capacity/result-document.js';
import { describeMethod, runSizingSearch, SizingSearch } from '../../capacity/sizing.js';
import { InputError } from '../input-error.js';
import { loadScenario, type LoadedScenario } from '../load-scenario.js';
import { runScenarios } from '../experiment-session.js';
import { configurationsTable } from '../result-tables.js';
import { writeResultFolder } from '../result-folder.js';
import { formatSizing } from '../size-table.js';
import { VERSION } from '../version.js';

/** Options of `carecap size`. */
export interface SizeOptions {
  vary: string[];
  target: string;
  objective: string;
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
}

/** The grid's scenarios, every bad --vary, --target or value reported at once. */
function loadGrid(file: string, o: SizeOptions): { dimensions: Dimension[]; settings: Record<string, number>[]; loaded: LoadedScenario[] } {
  const problems: string[] = [];
  const dimensions = o.vary.flatMap((v) => { const d = parseVary(v); return typeof d === 'string' ? (problems.push(d), []) : [d]; });
  const paths = dimensions.map((d) => d.path);
  paths.forEach((p, i) => { if (paths.indexOf(p) !== i) problems.push(`--vary ${p}: varied twice`); });
  if (!(o.confidence > 0 && o.confidence < 1)) problems.push(`--confidence ${o.confidence}: must be between 0 and 1, e.g. 0.95`);
  if (typeof parseTarget(o.target) === 'string') problems.push(parseTarget(o.target) as string);
  if (problems.length) throw new InputError(file, problems);
  const settings = gridOf(dimensions);
  const loaded: LoadedScenario[] = [];
  for (const s of settings) {
    try {
      loaded.push(loadScenario(file, o.set, Object.entries(s).map(([path, value]) => ({ path, value, source: `--vary ${path}=${value}` }))));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      for (const p of err.problems) if (!problems.includes(p)) problems.push(p);
    }
  }
  if (problems.length) throw new InputError(file, problems);
  return { dimensions, settings, loaded };
}

/** `carecap size`: a sequential search of a capacity grid for the cheapest configuration meeting a risk target. */
export async function sizeCommand(file: string, o: SizeOptions, print: (s: string) => void): Promise<number> {
  const target = parseTarget(o.target);
  const { dimensions, settings, loaded } = loadGrid(file, o);
  if (typeof target === 'string') throw new InputError(file, [target]);
  const catalogues = loaded.map((l) => catalogueOf(l.scenario));
  let search: SizingSearch;
  try {
    search = new SizingSearch(catalogues, {
      objective: o.objective, target, keyFigures: KEY_FIGURES.filter((id) => catalogues[0].scalars.some((s) => s.id === id)),
      confidence: o.confidence, initialReplications: Math.min(o.initial, o.replications), maxReplications: o.replications,
    });
  } catch (err) {
    throw new InputError(file, [`--objective/--target: ${(err as Error).message}`]);
  }
  const started = performance.now();
  let workers = 0;
  const { stopped } = await runSizingSearch(search, async (configs, from, to, deliver) => {
    const scenarios: Scenario[] = configs.map((k) => loaded[k].scenario);
    const outcome = await runScenarios(scenarios, o.seed, o.workers ?? 0, from, to, (_, results) => results.forEach((r, j) => deliver(configs[j], r)), o.queue);
    workers = outcome.workers;
    return { stopped: outcome.stopped };
  });
  const doc = sizeDocument(file, o, { dimensions, settings, loaded, search, target, workers, stopped, wallMs: performance.now() - started });
  if (o.out) await writeResultFolder(o.out, doc, { 'configurations.csv': configurationsTable(doc) });
  print(o.json ? JSON.stringify(doc) : `${formatSizing(doc)}${o.out ? `\n\nResults in ${o.out}/ (results.json, configurations.csv, summary.csv, results.xlsx, report.html)` : ''}`);
  return 0;
}

interface Finished {
  dimensions: Dimension[];
  settings: Record<string, number>[];
  loaded: LoadedScenario[];
  search: SizingSearch;
  target: { figure: string; value: number };
  workers: number;
  stopped: boolean;
  wallMs: number;
}

/** The search's outcome as a SizeDocument, with the Pareto front of objective against the target figure. */
function sizeDocument(file: string, o: SizeOptions, f: Finished): SizeDocument {
  const states = f.search.states();
  const mean = (i: number, id: string) => states[i].figures.find((x) => x.id === id)?.mean;
  const run = states.flatMap((s, i) => (s.replications > 0 ? [i] : []));
  const front = paretoFront(run.map((i) => ({ x: mean(i, o.objective)!, y: mean(i, f.target.figure)! })));
  const onFront = new Set(run.filter((_, k) => front[k]));
  const configurations: SizeConfiguration[] = states.map((s, i) => ({
    settings: f.settings[i], replications: s.replications, figures: s.figures, feasible: s.feasible, onParetoFront: onFront.has(i),
    ...(s.dropped ? { dropped: s.dropped } : {}),
  }));
  const base = f.loaded[0];
  return {
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
    chosen: f.search.chosen(),
    method: describeMethod(f.search, configurations.length),
  };
}

