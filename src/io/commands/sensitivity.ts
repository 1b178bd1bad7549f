import { rerunCommand } from '../rerun-command.js';
import { catalogueOf } from '../../sim/run-replication.js';
import { Tornado, type TornadoRow } from '../../capacity/tornado.js';
import type { DifferenceSummary } from '../../capacity/result-document.js';
import { InputError } from '../input-error.js';
import { loadScenario, type LoadedScenario } from '../load-scenario.js';
import { parseSetStrings, type Setting } from '../overrides.js';
import { runScenarios, withSession } from '../experiment-session.js';
import { StoppedEarly } from '../command-failure.js';
import type { StagedFolder } from '../result-folder.js';
import { toCsv } from '../csv.js';
import { formatMeanPm, isPoint, differenceTexts } from '../../report/format-interval.js';
import type { FigureSummary } from '../../capacity/result-document.js';
import { formatSigned, countOf } from '../../report/format.js';
import { tornadoSvg } from '../../report/tornado-chart.js';
import { VERSION } from '../version.js';
import { periodProblems } from '../same-period.js';

/** Options of `carecap sensitivity`. */
export interface SensitivityOptions {
  range: string[];
  option: string[];
  figure: string;
  seed: number;
  replications: number;
  workers?: number;
  out?: string;
  set: string[];
  json: boolean;
}

interface Assumption { label: string; low: string; high: string; paths: string[] }

/** `a.b+c.d=0,0.06` → paths [a.b, c.d] set together to 0 (low) and 0.06 (high). */
function parseRange(text: string): Assumption | string {
  const eq = text.indexOf('=');
  if (eq <= 0) return `--range ${text}: expected path=low,high`;
  const values = splitTopLevel(text.slice(eq + 1));
  if (values.length !== 2 || values.some((v) => v.trim() === '')) return `--range ${text}: expected exactly two values, low,high`;
  const paths = text.slice(0, eq).split('+').map((p) => p.trim());
  return { label: text.slice(0, eq), low: values[0].trim(), high: values[1].trim(), paths };
}

/** Split on commas outside braces and brackets, so a value may be a YAML object: `{a: 1, b: 0},{b: 1}`. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  [...text].forEach((ch, i) => {
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  });
  return [...parts, text.slice(from)];
}

/** Load every arm up front, reporting every bad range or option at once (nothing runs, nothing is written). */
function loadArms(file: string, o: SensitivityOptions): { arms: LoadedScenario[]; assumptions: Assumption[]; armSets: string[][] } {
  const parsed = o.range.map(parseRange);
  const problems = parsed.filter((p): p is string => typeof p === 'string');
  if (o.range.length === 0) problems.push('give at least one --range path=low,high');
  const assumptions = parsed.filter((p): p is Assumption => typeof p !== 'string');
  // One row per assumption: a path ranged twice would give two rows for one assumption (and double its weight in the chart).
  const seen = new Map<string, string>();
  for (const a of assumptions) {
    for (const path of a.paths) {
      const earlier = seen.get(path);
      if (earlier !== undefined) problems.push(`--range ${a.label}=${a.low},${a.high}: ${path} is already ranged by --range ${earlier}: give each path one range`);
      else seen.set(path, `${a.label}=${a.low},${a.high}`);
    }
  }
  // Each value as a setting that names the --range or --option it came from, so an error is blamed on what was typed.
  const settings = (texts: string[], source: string): Setting[] => {
    try {
      return parseSetStrings(texts, file).map((x) => ({ ...x, source }));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems.map((m) => m.replace(/^--set .*: (the value is not valid YAML|expected path=value)$/, `${source}: $1`)));
      return [];
    }
  };
  const sets = [[] as Setting[], ...assumptions.flatMap((a) => (['low', 'high'] as const).map((end) =>
    settings(a.paths.map((p) => `${p}=${a[end]}`), `--range ${a.label}=${a.low},${a.high} (${end})`)))];
  const variants = o.option.length ? [[], o.option.flatMap((x) => settings([x], `--option ${x}`))] : [[]];
  const arms: LoadedScenario[] = [];
  // Each arm's --set texts, in arm order: a failing replication's re-run command names what made its arm.
  const texts = [[] as string[], ...assumptions.flatMap((a) => (['low', 'high'] as const).map((end) => a.paths.map((p) => `${p}=${a[end]}`)))];
  const armSets = (o.option.length ? [[], o.option] : [[]]).flatMap((extra) => texts.map((t) => [...o.set, ...t, ...extra]));
  for (const extra of variants) {
    for (const s of sets) {
      try {
        arms.push(loadScenario(file, o.set, [...s, ...extra]));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        problems.push(...err.problems);
      }
    }
  }
  // Every arm against the central one: an assumption or option that moves the period compares totals over different spans.
  const labels = [...sets.map((_, k) => (k === 0 ? 'the central scenario' : `--range ${assumptions[(k - 1) >> 1].label}=${assumptions[(k - 1) >> 1].low},${assumptions[(k - 1) >> 1].high} (${k % 2 ? 'low' : 'high'})`))];
  if (problems.length === 0) arms.forEach((a, k) => problems.push(...periodProblems(arms[0].scenario, a.scenario, k < sets.length ? labels[k] : `--option with ${labels[k - sets.length]}`, 'the central scenario')));
  if (problems.length) throw new InputError(file, [...new Set(problems)]);
  return { arms, assumptions, armSets };
}

/** `carecap sensitivity`: one assumption at a time, low and high, on common random numbers; a tornado table. */
export async function sensitivityCommand(file: string, o: SensitivityOptions, print: (s: string) => void): Promise<number> {
  const { arms, assumptions, armSets } = loadArms(file, o);
  const catalogues = arms.map((a) => catalogueOf(a.scenario));
  if (!catalogues[0].scalars.some((m) => m.id === o.figure)) throw new InputError(file, [`--figure: no figure "${o.figure}"`]);
  const tornado = new Tornado(catalogues, assumptions, o.option.length > 0);
  // The one output mechanism and signal policy of every command (issue 14): staged, locked, published whole.
  return withSession(o.out, async ({ folder, interrupt }) => {
    const started = performance.now();
    const outcome = await runScenarios(arms.map((a) => a.scenario), o.seed, o.workers ?? 0, 0, o.replications, (_, results) => tornado.add(results), (j, r, seed) => rerunCommand(file, armSets[j], seed, r));
    if (tornado.count === 0) throw new StoppedEarly(interrupt.exitStatus, 'replication');
    const rows = tornado.rows(o.figure);
    const doc = {
      kind: 'sensitivity' as const,
      provenance: {
        carecapVersion: VERSION, scenarioName: arms[0].scenario.name, scenarioHash: arms[0].hash, scenarioFile: file, seed: o.seed,
        replications: outcome.delivered, workers: outcome.workers, wallMs: Math.round(performance.now() - started), partial: outcome.stopped, writtenAt: new Date().toISOString(),
      },
      figure: o.figure,
      option: o.option,
      central: tornado.centralFigure(o.figure) ?? null,
      centralOptionEffect: tornado.centralOptionEffect(o.figure) ?? null,
      rows,
    };
    if (folder) await writeOut(folder, doc, rows, chart(doc, rows));
    print(o.json ? JSON.stringify(doc) : `${formatTornado(doc, rows)}${outcome.stopped ? `\n\nSTOPPED after ${outcome.delivered.toLocaleString('en-GB')} of ${countOf(o.replications, 'replication')}: this tornado is partial and supports no conclusion.` : ''}`);
    return 0;
  });
}

async function writeOut(folder: StagedFolder, doc: object, rows: TornadoRow[], svg: string): Promise<void> {
  await folder.write('tornado.csv', tornadoCsv(rows));
  await folder.write('tornado.svg', svg);
  await folder.write('results.json', JSON.stringify(doc, null, 1));
  folder.publish();
}

/** The tornado chart: the option's effect, or the figure, at each assumption's low and high value. */
function chart(doc: { figure: string; option: string[]; provenance: { scenarioName: string; replications: number; partial: boolean }; centralOptionEffect: DifferenceSummary | null }, rows: TornadoRow[]): string {
  const unit = rows[0]?.atLow.unit ?? 'count';
  // The chart travels alone (pasted into a paper): it says how many replications it rests on, and when it is partial.
  const basis = `${countOf(doc.provenance.replications, 'replication')}${doc.provenance.partial ? ', PARTIAL: stopped early, supports no conclusion' : ''}`;
  const title = `${doc.option.length ? `${doc.provenance.scenarioName}: effect of [${doc.option.join('; ')}] on ${doc.figure}` : `${doc.provenance.scenarioName}: ${doc.figure}`} (${basis})`;
  const central = doc.centralOptionEffect ? doc.centralOptionEffect.meanDifference : (rows[0]?.atLow.baseline ?? 0);
  return tornadoSvg(rows, unit, title, central);
}

const cells = (d: DifferenceSummary | undefined) => (d ? [d.meanDifference, d.ci95[0], d.ci95[1]] : ['', '', '']);

/** The tornado as CSV: one row per assumption, largest swing first. */
export function tornadoCsv(rows: TornadoRow[]): string {
  const header = ['assumption', 'low', 'high', 'swing', 'high_minus_low', 'high_minus_low_ci95_low', 'high_minus_low_ci95_high', 'at_low_minus_central', 'at_low_ci95_low', 'at_low_ci95_high', 'at_high_minus_central', 'at_high_ci95_low', 'at_high_ci95_high', 'option_effect_at_low', 'option_at_low_ci95_low', 'option_at_low_ci95_high', 'option_effect_at_high', 'option_at_high_ci95_low', 'option_at_high_ci95_high'];
  const span = (r: TornadoRow) => (r.highMinusLow ? [r.highMinusLow.mean, ...r.highMinusLow.ci95] : ['', '', '']);
  return toCsv(header, rows.map((r) => [r.assumption, r.low, r.high, r.swing, ...span(r), ...cells(r.atLow), ...cells(r.atHigh), ...cells(r.optionAtLow), ...cells(r.optionAtHigh)]));
}

/** `−£1.45m (−£2.18m to −£0.72m)`: a paired difference rounded to what its interval supports. */
function interval(d: { meanDifference: number; ci95: [number, number]; unit: DifferenceSummary['unit'] }): string {
  // A difference with no spread is the same in every replication (an assumption the figure does not read): no interval to give.
  if (isPoint(d.ci95)) return d.meanDifference === 0 ? '0 (no change in any replication)' : `${formatSigned(d.meanDifference, d.unit)} (the same in every replication)`;
  const t = differenceTexts(d.meanDifference, d.ci95, d.unit);
  return `${t.mean} (${t.low} to ${t.high})`;
}

/** The tornado as aligned text. */
export function formatTornado(
  doc: { figure: string; option: string[]; provenance: { scenarioName: string; replications: number; seed: number }; central?: FigureSummary | null; centralOptionEffect: DifferenceSummary | null },
  rows: TornadoRow[],
): string {
  const p = doc.provenance;
  const unit = rows[0]?.atLow.unit ?? 'count';
  const central = doc.central ? formatMeanPm(doc.central.mean, doc.central.ci95, unit) : 'n/a';
  const head = [
    `${p.scenarioName}: sensitivity of ${doc.figure}${doc.option.length ? ` and of the option [${doc.option.join('; ')}]` : ''}, one assumption at a time, ${countOf(p.replications, 'replication')}, seed ${p.seed}, common random numbers`,
    `Central ${doc.figure}: ${central}${doc.centralOptionEffect ? `; the option's effect at the central values: ${interval(doc.centralOptionEffect)}` : ''}`,
    doc.option.length
      ? "Each row: the option's effect (option − baseline, 95% CI) with the assumption at its low and high value, and high − low paired on the same children; largest swing first."
      : 'Each row: the figure minus its central value (95% CI) with the assumption at its low and high value, and high − low paired on the same children; largest swing first.',
  ];
  const table = rows.map((r) => {
    const [lo, hi] = doc.option.length ? [r.optionAtLow!, r.optionAtHigh!] : [r.atLow, r.atHigh];
    const span = r.highMinusLow
      ? `\n      high − low: ${interval({ meanDifference: r.highMinusLow.mean, ci95: r.highMinusLow.ci95, unit })}${r.highMinusLow.clearOfZero || isPoint(r.highMinusLow.ci95) ? '' : ': cannot be told from zero'}`
      : '';
    return `  ${r.assumption} = ${r.low} → ${r.high}\n      low:  ${interval(lo)}\n      high: ${interval(hi)}${span}`;
  });
  return [...head, '', ...table].join('\n');
}
