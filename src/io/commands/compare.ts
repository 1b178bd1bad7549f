import { basename } from 'node:path';
import { catalogueOf } from '../../sim/run-replication.js';
import type { Scenario } from '../../sim/scenario.js';
import { Comparison, KEY_FIGURES } from '../../capacity/compare.js';
import { decideOption, rankOptions } from '../../capacity/compare-decision.js';
import { bestSubset } from '../../capacity/best-subset.js';
import { digestScenario } from '../../capacity/digest.js';
import type { CompareDocument, ScenarioDigest } from '../../capacity/result-document.js';
import type { Discounting } from '../../capacity/cost-flows.js';
import { InputError } from '../input-error.js';
import { hashScenario, loadScenario, type LoadedScenario } from '../load-scenario.js';
import { experimentHash, type ShardSpec } from '../shard-header.js';
import { runShard } from '../shard-run.js';
import { readBatchFile, type BatchOption } from '../batch-file.js';
import { rerunCommand, runScenarios, withSession, type Rerun } from '../experiment-session.js';
import { StoppedEarly } from '../command-failure.js';
import { differencesTable } from '../result-tables.js';
import { decisionsTable } from '../decision-table.js';
import { writeResultFolder } from '../result-folder.js';
import { formatComparison } from '../compare-table.js';
import { VERSION } from '../version.js';
import { countOf } from '../../report/format.js';
import { periodProblems } from '../same-period.js';

/** Options of `carecap compare`. */
export interface CompareOptions {
  batch?: string;
  seed: number;
  replications: number;
  out?: string;
  workers?: number;
  set: string[];
  json: boolean;
  /** Comma-separated figure ids shown first (default: the key figures). */
  figures?: string;
  /** Real discount rate per year for net present value (default 0.035, the Green Book's). */
  discountRate?: number;
  /** General inflation per year (GDP deflator) that turns cash into real prices before discounting (default 0.02). */
  deflator?: number;
  /** Run only shard i of n and write a shard file (docs/scale-out.md). */
  shard?: { index: number; count: number };
  /** Redis URL: run the replications as jobs on `carecap worker` processes (docs/scale-out.md). */
  queue?: string;
}

/** How a comparison ran (provenance that does not affect any figure, but workers, wallMs and partial). */
export interface CompareRun {
  seed: number;
  replications: number;
  workers: number;
  wallMs: number;
  partial: boolean;
}

/**
 * General inflation a year used as the GDP deflator when none is given: the
 * Bank of England's 2% CPI target, which the OBR's medium-term forecasts of
 * the GDP deflator are close to. An assumption, shown in every comparison's
 * report and sentence (--deflator to change it).
 */
export const DEFAULT_DEFLATOR = 0.02;

/** The discounting of a comparison's cost flows: the real rate and the general inflation asked for. */
export function discountingOf(spec: ShardSpec): Discounting {
  return { realRate: spec.discountRate ?? 0.035, deflator: spec.deflator ?? DEFAULT_DEFLATOR };
}

/** The discounting as a row of the report's "Prices and assumptions" (with the scenario's cost growth beside it). */
function discountingAssumption(d: Discounting, costGrowth: number): { item: string; value: string } {
  const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;
  return {
    item: 'Discounting (net present value)',
    value: `${pct(d.realRate)} a year real (HM Treasury Green Book; --discount-rate), after deflating cash by general inflation of ${pct(d.deflator)} a year (the GDP deflator; --deflator): ${pct((1 + d.realRate) * (1 + d.deflator) - 1)} a year on cash; the period's first financial year is not discounted, and each later one is discounted from the start date to its 1 April (from a start on 1 October, the second year by half a year). Care costs growing faster than general inflation (cost growth here ${pct(costGrowth)} a year) are a real cost and count.`,
  };
}

/**
 * The comparison's result document, with each option's decision and the
 * ranking; `carecap merge` builds it the same way from compare shards.
 */
export function compareDocument(spec: ShardSpec, comparison: Comparison, run: CompareRun): CompareDocument {
  const results = comparison.optionResults();
  const base = spec.scenarios[0];
  const options = spec.options ?? [];
  // Rank by NPV when some option carries money of its own (one-off or recurring costs), else by mean cost difference.
  const money = (sc: Scenario) => JSON.stringify(sc.otherCosts);
  const carriesMoney = spec.scenarios.slice(1).some((sc) => money(sc) !== money(base));
  const oneOff = (sc: Scenario) => sc.otherCosts.oneOff.reduce((a, c) => a + c.gbp, 0);
  const decisions = results.map((r, i) => decideOption(r.differences, comparison.flows[i], carriesMoney ? 'npv' : 'meanCostDifference', oneOff(spec.scenarios[i + 1]) - oneOff(base)));
  const costDifference = (i: number) => results[i].differences.find((d) => d.id === 'cost.total')!.meanDifference;
  // A stopped comparison screens nothing: no option is called possibly the best on partial data.
  const ranking = rankOptions(options.map((x) => x.name), decisions, results.map((_, i) => costDifference(i)), run.partial ? undefined : {
    subset: bestSubset(carriesMoney ? comparison.savings.npv : comparison.savings.total),
    baselineName: spec.baselineName ?? 'Baseline',
  });
  if (run.partial) {
    for (const d of decisions) d.sentence = `PARTIAL (${countOf(run.replications, 'replication')}, stopped early; supports no conclusion): ${d.sentence}`;
  }
  return {
    kind: 'compare',
    provenance: {
      carecapVersion: VERSION, scenarioName: base.name, scenarioHash: hashScenario(base), experimentHash: experimentHash(spec), scenarioFile: spec.scenarioFile,
      seed: run.seed, replications: run.replications, workers: run.workers, wallMs: Math.round(run.wallMs),
      partial: run.partial, writtenAt: new Date().toISOString(),
    },
    scenario: withAssumption(digestScenario(base), discountingAssumption(discountingOf(spec), base.costGrowthPerYear)),
    keyFigures: spec.keyFigures ?? [],
    baseline: { name: spec.baselineName ?? 'Baseline', figures: comparison.baselineFigures() },
    options: options.map((opt, i) => ({ name: opt.name, overrides: opt.overrides, ...results[i], ...(opt.description ? { description: opt.description } : {}), decision: decisions[i] })),
    ...(run.partial ? {} : { ranking }), // a stopped comparison ranks nothing
  };
}

/** A digest with one more row of prices and assumptions. */
function withAssumption(d: ScenarioDigest, row: { item: string; value: string }): ScenarioDigest {
  return { ...d, assumptions: [...(d.assumptions ?? []), row] };
}

/** The baseline and the options to run, loaded and validated; every bad option is reported at once. */
function loadArms(baseline: string | undefined, files: string[], o: CompareOptions): { baseline: LoadedScenario; baselineName: string; figures?: string[]; options: (BatchOption & { loaded: LoadedScenario })[] } {
  if (o.batch && (baseline || files.length)) throw new InputError(o.batch, ['give either --batch or scenario files, not both']);
  if (!o.batch && baseline && files.length === 0 && /\.ya?ml$|\.json$/i.test(baseline)) {
    // A batch file given without --batch is the likely slip: loading it as a scenario says so (load-scenario.ts).
    loadScenario(baseline, o.set);
  }
  if (!o.batch && (!baseline || files.length === 0)) throw new InputError(baseline ?? '(command line)', ['give a baseline and at least one option scenario, or --batch <file>']);
  const batch = o.batch
    ? readBatchFile(o.batch)
    : { file: baseline!, baselineName: 'Baseline', baseline: baseline!, options: files.map((f) => ({ description: '', name: basename(f).replace(/\.(ya?ml|json)$/, ''), file: f, settings: [], overrides: { file: f } })) };
  const problems: string[] = [];
  const attempt = <T>(label: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems.map((p) => `${label}${err.file}: ${p}`));
      return undefined;
    }
  };
  const base = attempt('baseline: ', () => loadScenario(batch.baseline, o.set));
  const options = batch.options.map((opt) => ({ ...opt, loaded: attempt(`option "${opt.name}": `, () => loadScenario(opt.file, o.set, opt.settings)) }));
  // Paired differences compare the same period replication by replication: an option over another period has no
  // meaning beside the baseline (a 3-year total is "better" than a 5-year one by two years' costs).
  if (base) {
    for (const opt of options) {
      const sc = opt.loaded?.scenario;
      if (!sc) continue;
      problems.push(...periodProblems(base.scenario, sc, `option "${opt.name}"`, 'the baseline'));
    }
  }
  if (problems.length || !base) throw new InputError(batch.file, problems);
  return { baseline: base, baselineName: batch.baselineName, figures: 'figures' in batch ? batch.figures : undefined, options: options as (BatchOption & { loaded: LoadedScenario })[] };
}

/** `carecap compare`: options against a baseline on common random numbers, paired differences with 95% intervals. */
export async function compareCommand(baseline: string | undefined, files: string[], o: CompareOptions, print: (s: string) => void): Promise<number> {
  const arms = loadArms(baseline, files, o);
  const scenarios = [arms.baseline.scenario, ...arms.options.map((x) => x.loaded.scenario)];
  const catalogues = scenarios.map(catalogueOf);
  const ids = new Set(catalogues[0].scalars.map((s) => s.id));
  const chosen = o.figures ? o.figures.split(',').map((s) => s.trim()).filter(Boolean) : arms.figures;
  const wanted = chosen ?? KEY_FIGURES;
  const unknown = wanted.filter((id) => !ids.has(id));
  if (chosen && unknown.length) throw new InputError(o.batch ?? arms.baseline.file, unknown.map((id) => `${o.figures ? '--figures' : 'figures'}: no figure "${id}"`));
  const spec: ShardSpec = {
    kind: 'compare', scenarioFile: o.batch ?? arms.baseline.file, scenarios, baselineName: arms.baselineName,
    options: arms.options.map((opt) => ({ name: opt.name, overrides: opt.overrides, ...(opt.description ? { description: opt.description } : {}) })),
    keyFigures: wanted.filter((id) => ids.has(id)), discountRate: o.discountRate ?? 0.035, deflator: o.deflator ?? DEFAULT_DEFLATOR,
  };
  if (o.shard) return runShard(spec, { ...o, workers: o.workers ?? 0, shard: o.shard }, print);
  return withSession(o.out, async ({ folder, interrupt }) => {
    const comparison = new Comparison(catalogues[0], catalogues.slice(1), discountingOf(spec));
    const started = performance.now();
    const outcome = await runScenarios(scenarios, o.seed, o.workers ?? 0, 0, o.replications, (_, results) => comparison.add(results), rerunOf(arms, o), o.queue);
    if (comparison.count === 0) throw new StoppedEarly(interrupt.exitStatus, 'replication');
    const doc = compareDocument(spec, comparison, { seed: o.seed, replications: outcome.delivered, workers: outcome.workers, wallMs: performance.now() - started, partial: outcome.stopped });
    if (folder) await writeResultFolder(folder, doc, { 'differences.csv': differencesTable(doc), 'decisions.csv': decisionsTable(doc) });
    print(o.json ? JSON.stringify(doc) : `${formatComparison(doc)}${outcome.stopped ? `\n\nSTOPPED after ${outcome.delivered.toLocaleString('en-GB')} of ${countOf(o.replications, 'replication')}: these differences are partial and support no conclusion.` : ''}${o.out ? `\n\nResults in ${o.out}/ (results.json, differences.csv, decisions.csv, summary.csv, results.xlsx, report.html)` : ''}`);
    return 0;
  });
}

/** How to re-run one replication of the baseline or of an option alone (its settings as --set). */
function rerunOf(arms: ReturnType<typeof loadArms>, o: CompareOptions): Rerun {
  return (i, replication, seed) => {
    const arm = i === 0 ? { file: arms.baseline.file, settings: [] } : arms.options[i - 1];
    return rerunCommand(arm.file, [...o.set, ...arm.settings.map((x) => `${x.path}=${JSON.stringify(x.value)}`)], seed, replication);
  };
}
