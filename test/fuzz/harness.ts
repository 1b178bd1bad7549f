import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { CommanderError, InvalidArgumentError } from 'commander';
import { runCommand } from '../../src/io/commands/run.js';
import { compareCommand } from '../../src/io/commands/compare.js';
import { sizeCommand } from '../../src/io/commands/size.js';
import { journeysCommand } from '../../src/io/journeys-command.js';
import { reportCommand } from '../../src/io/report-command.js';
import { statusOf } from '../../src/io/exit-status.js';
import { Interrupt } from '../../src/io/interrupt.js';
import { openShare, wholeNumber } from '../../src/io/number-options.js';
import { BASE_SCENARIO, sometimes, batchFile, caseloadCsv, cliNumber, mutated, scenarioText, setString } from './arbitraries.js';

/**
 * One generated case run in this process through the CLI's command
 * functions and its exit-status mapping (src/io/exit-status.ts), with what a
 * user would see, and a check that it ended as a command must (issue 14).
 */
export interface Outcome {
  status: number;
  text: string;
  problems: string[];
}

const ALLOWED = [0, 1, 2, 130];
const REAL_JOURNEYS = join(import.meta.dirname, '..', '..', 'scenarios', 'journeys-2020.yaml');
const STACK = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m;
const root = mkdtempSync(join(tmpdir(), 'carecap-fuzz-'));
let fixture: string | undefined;

/** A good results folder to copy (hard links: publishing renames over files, never writes into them). */
async function goodFolder(): Promise<string> {
  if (fixture) return fixture;
  const dir = join(root, 'fixture');
  mkdirSync(dir);
  const file = join(dir, 'scenario.yaml');
  writeFileSync(file, stringify(BASE_SCENARIO));
  const code = await runCommand(file, { seed: 1, replications: 2, workers: 0, json: true, set: [], out: join(dir, 'out') }, () => undefined);
  if (code !== 0) throw new Error(`fuzz fixture: run exited ${code}`);
  fixture = join(dir, 'out');
  return fixture;
}

const scenarioFile = fc.tuple(scenarioText, caseloadCsv);
const seed = fc.nat({ max: 1_000_000 });
const out = sometimes(fc.constantFrom('fresh', 'existing'), 3, null);
/** Sometimes a Ctrl-C arrives (as the event the signal raises) just after the command starts. */
const signal = sometimes(fc.constant(true), 8, null);
/** Rarely, demand that runs away (100,000 a year for 40 years): the event budget must stop it as a model failure. */
const runaway = sometimes(fc.constant(['demand.0.ratePerYear=100000', 'horizonYears=40']), 150, null);

/** A case: which command, on which generated inputs. */
export const caseArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('run' as const), scenario: scenarioFile, sets: fc.oneof(fc.constant([]), fc.array(setString, { maxLength: 3 })), signal, runaway, seed, replications: fc.integer({ min: 1, max: 4 }), out, replay: sometimes(fc.nat({ max: 3 }), 8, null), precision: sometimes(fc.constantFrom(0.5, 0.05), 10, null) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('compare' as const), scenario: scenarioFile, other: scenarioText, signal, batch: batchFile, useBatch: fc.boolean(), sets: fc.oneof(fc.constant([]), fc.array(setString, { maxLength: 2 })), seed, out, figures: sometimes(fc.constantFrom('cost.total', 'nope', 'cost.total,,x'), 4, null) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('size' as const), scenario: scenarioFile, signal, vary: fc.array(fc.constantFrom('services.hub.beds=1..3', 'services.hub.beds=1..3', 'services.homes.0.beds=1..2', 'services.hub.beds=3..1', 'services.hub.beds=a..b', 'services.hub.bed=1..2', '__proto__.x=1..2', 'services.homes.0.beds=1..2', 'horizonYears=0..1'), { minLength: 1, maxLength: 2 }), target: fc.constantFrom('spillover.share<=0.5', 'spillover.share<=0.5', 'spillover.share<=0.5', 'spillover.share<=abc', 'nonsense', 'cost.total<=1e9', 'spillover.share>=0.1'), confidence: fc.oneof({ weight: 3, arbitrary: fc.constant('0.95') }, { weight: 1, arbitrary: cliNumber }), seed, out }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('journeys' as const), scenario: scenarioText, real: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('report' as const), drop: fc.array(fc.constantFrom('kind', 'provenance', 'figures', 'series', 'scenario', 'weekStarts', 'failures'), { maxLength: 3 }), garbage: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('numbers' as const), values: fc.array(cliNumber, { minLength: 1, maxLength: 4 }) }) },
);
export type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes a scenario (and its caseload) as the case says; returns its path. */
type ScenarioSpec = { mutations: [unknown, unknown][]; format: string; damage: string; cut: number; caseload: boolean | null };
function writeScenario(dir: string, name: string, [spec, csv]: [ScenarioSpec, string]): string {
  const raw = mutated(BASE_SCENARIO, spec.mutations as [string, unknown][]) as Record<string, unknown>;
  if (spec.caseload) {
    raw.caseload = 'caseload.csv';
    writeFileSync(join(dir, 'caseload.csv'), csv);
  }
  const file = join(dir, `${name}.${spec.format}`);
  let text = spec.format === 'json' ? JSON.stringify(raw) : stringify(raw);
  if (spec.damage === 'truncate') text = text.slice(0, spec.cut % Math.max(1, text.length));
  if (spec.damage === 'alias-bomb') text = `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`;
  if (spec.damage === 'deep') text = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  if (spec.damage === 'garbage') text = `\u0000\u00ff{{{: ] - ${text.slice(0, 40)}`;
  if (spec.damage === 'empty') text = '';
  if (spec.damage === 'bom') text = `\uFEFF${text}`;
  writeFileSync(file, text);
  return file;
}

/** The output folder of a case: none, a fresh path, or a copy of a good results folder. */
async function outFolder(dir: string, kind: string | null): Promise<string | undefined> {
  if (!kind) return undefined;
  const folder = join(dir, 'out');
  if (kind === 'existing') {
    mkdirSync(folder);
    const good = await goodFolder();
    for (const f of readdirSync(good)) linkSync(join(good, f), join(folder, f));
  }
  return folder;
}

/** The folder's files and their inodes (a rename over a file changes its inode). */
function snapshot(folder: string | undefined): string {
  if (!folder || !existsSync(folder)) return '';
  return readdirSync(folder).sort().map((f) => `${f}:${statSync(join(folder, f)).ino}`).join(',');
}

/** Runs one case and lists every way it did not end as a command must. */
export async function runCase(c: Case): Promise<Outcome> {
  const dir = mkdtempSync(join(root, 'case-'));
  let text = '';
  const capture = (s: string) => { text += s; };
  const realWrite = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => { capture(String(chunk)); return true; }) as typeof process.stderr.write;
  let folder: string | undefined;
  let before = '';
  let status: number;
  try {
    const prepared = await prepare(c, dir);
    folder = prepared.folder;
    before = snapshot(folder);
    // Once, and only while this case's command listens (a later case must not see it).
    const timer = 'signal' in c && c.signal ? setTimeout(() => Interrupt.current && process.emit('SIGINT', 'SIGINT'), 0) : undefined;
    status = await statusOf(prepared.command, capture);
    clearTimeout(timer);
  } finally {
    process.stderr.write = realWrite;
  }
  const problems = check(c, status, text, folder, before);
  rmSync(dir, { recursive: true, force: true });
  return { status, text, problems };
}

/** The checks of issue 14 on one ended command. */
function check(c: Case, status: number, text: string, folder: string | undefined, before: string): string[] {
  const problems: string[] = [];
  if (!ALLOWED.includes(status)) problems.push(`exit status ${status}`);
  if (status !== 0 && text.trim() === '') problems.push('no message');
  if (STACK.test(text)) problems.push('a stack trace');
  if (/internal error/.test(text)) problems.push('an internal error');
  // A failure names its replication and how to re-run it (a `--replication` re-run names it: it is the re-run).
  const replay = c.kind === 'run' && c.replay !== null;
  if (status === 1 && !(/replication \d+/.test(text) && (replay || /re-run/.test(text)))) problems.push('a failure that does not name the replication and how to re-run it');
  if (folder && existsSync(folder)) {
    const names = readdirSync(folder);
    if (names.some((n) => n.startsWith('.carecap') || n.endsWith('.tmp'))) problems.push(`leftovers in the output folder: ${names.join(', ')}`);
    if (status === 2 && snapshot(folder) !== before) problems.push('bad input changed the output folder');
    if (before && !names.includes('results.json')) problems.push('the folder lost its results.json');
    if (names.includes('results.json')) {
      try {
        JSON.parse(readFileSync(join(folder, 'results.json'), 'utf8'));
      } catch {
        problems.push('results.json is torn');
      }
    }
  }
  if (c.kind === 'numbers' && status === 0 && c.values.some((v) => !/^\d+(\.\d+)?$|^\.\d+$/.test(v))) problems.push('a number that is not a plain decimal was accepted');
  return problems;
}

async function prepare(c: Case, dir: string): Promise<{ folder?: string; command: () => Promise<number> }> {
  const print = () => undefined;
  switch (c.kind) {
    case 'run': {
      const file = writeScenario(dir, 'scenario', c.scenario);
      const folder = await outFolder(dir, c.out);
      return { folder, command: () => runCommand(file, { seed: c.seed, replications: c.replications, workers: 0, json: false, set: [...c.sets, ...(c.runaway ?? [])], out: folder, replication: c.replay ?? undefined, precision: c.precision ?? undefined, maxReplications: 8 }, print) };
    }
    case 'compare': {
      const file = writeScenario(dir, 'scenario', c.scenario);
      const other = writeScenario(dir, 'other', [c.other, c.scenario[1]]);
      const batch = join(dir, 'batch.yaml');
      writeFileSync(batch, stringify(c.batch).replaceAll('scenario.yaml', basename(file)).replaceAll('other.yaml', basename(other)));
      const folder = await outFolder(dir, c.out);
      const files = c.useBatch ? [] : [join(dir, `other.${c.other.format}`)];
      return { folder, command: () => compareCommand(c.useBatch ? undefined : file, files, { batch: c.useBatch ? batch : undefined, seed: c.seed, replications: 2, workers: 0, set: c.sets, json: false, out: folder, figures: c.figures ?? undefined }, print) };
    }
    case 'size': {
      const file = writeScenario(dir, 'scenario', c.scenario);
      const folder = await outFolder(dir, c.out);
      return { folder, command: async () => sizeCommand(file, { vary: c.vary, target: c.target, objective: 'cost.total', confidence: parse(() => openShare(c.confidence)), seed: c.seed, replications: 4, initial: 2, workers: 0, set: [], json: false, out: folder }, print) };
    }
    case 'journeys': {
      const file = writeScenario(dir, 'journeys', [c.scenario, '']);
      if (c.real) writeFileSync(file, readFileSync(REAL_JOURNEYS, 'utf8').slice(0, c.scenario.damage === 'none' ? undefined : c.scenario.cut % 5000));
      return { command: () => journeysCommand(file, { json: false }, (s) => process.stderr.write(s)) };
    }
    case 'report': {
      const folder = join(dir, 'out');
      mkdirSync(folder);
      for (const f of readdirSync(await goodFolder())) linkSync(join(await goodFolder(), f), join(folder, f));
      rmSync(join(folder, 'results.json'));
      const doc = JSON.parse(readFileSync(join(await goodFolder(), 'results.json'), 'utf8')) as Record<string, unknown>;
      for (const k of c.drop) delete doc[k];
      writeFileSync(join(folder, 'results.json'), c.garbage ? JSON.stringify(doc).slice(0, 200) : JSON.stringify(doc));
      return { command: async () => { await reportCommand(folder); return 0; } };
    }
    case 'numbers':
      return { command: async () => { for (const v of c.values) parse(() => wholeNumber(0)(v)); return 0; } };
  }
}

/** A command-line parser's refusal, as commander reports it: exit 2 with the message. */
function parse<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof InvalidArgumentError)) throw err;
    process.stderr.write(`error: ${err.message}\n`);
    throw new CommanderError(2, err.code, err.message);
  }
}
