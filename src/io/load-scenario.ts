import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { readStructuredFile } from './read-input.js';
import { scenarioWarnings, validateScenario, type Scenario } from '../sim/scenario.js';
import { warnSafe } from './terminal-text.js';
import { InputError } from './input-error.js';
import { CASELOAD_COLUMNS, parseCaseloadCsv } from './caseload-csv.js';
import { applyWhatCan, parseSetStrings, type Setting } from './overrides.js';

/** A validated scenario with where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  file: string;
  /** SHA-256 of the validated scenario as canonical JSON (caseload included). */
  hash: string;
}

/**
 * Read a scenario (YAML or JSON), apply `--set` overrides then any further
 * settings (a compare option's, a sizing configuration's), read its caseload
 * CSV, and validate the lot. Every problem is reported at once as an
 * {@link InputError} naming the file and the field, and the override that
 * wrote a field it complains about.
 */
export function loadScenario(file: string, overrides: string[] = [], settings: Setting[] = []): LoadedScenario {
  if (/\.csv$/i.test(file)) throw new InputError(file, ['this is a CSV file, not a scenario: a caseload CSV is named in a scenario\'s `caseload:` field (docs/caseload.md)']);
  let raw = readStructuredFile(file, 'scenario');
  // A compare batch file given where a scenario is expected: say what it is rather than list seven schema errors.
  if (raw && typeof raw === 'object' && 'baseline' in raw && 'options' in raw) {
    throw new InputError(file, ['this is a compare batch file (baseline and options), not a scenario: give it to compare as `--batch ' + file + '`']);
  }
  const all = [...parseSetStrings(overrides, file), ...settings];
  // Settings whose path does not exist are reported with the rest, after validating those that could be applied.
  const applied = applyWhatCan(raw, all);
  raw = applied.out;
  let csv: { file: string; problems: string[]; rowNumbers: number[] } | undefined;
  // Both ways of giving today's caseload: the CSV would replace the rows without a word (typos and all).
  if (raw && typeof raw === 'object' && typeof (raw as { caseload?: unknown }).caseload === 'string' && (raw as { initialCaseload?: unknown }).initialCaseload !== undefined) {
    applied.problems.push('caseload and initialCaseload: give today\'s caseload once, as a CSV file (caseload:) or as rows in the scenario (initialCaseload:), not both');
  }
  if (raw && typeof raw === 'object' && typeof (raw as { caseload?: unknown }).caseload === 'string') {
    const parsed = parseCaseloadCsv(resolve(dirname(file), (raw as { caseload: string }).caseload));
    csv = { file: resolve(dirname(file), (raw as { caseload: string }).caseload), problems: parsed.problems, rowNumbers: parsed.rowNumbers };
    // The rows with no problem of their own are checked against the scenario as well: every problem at once.
    raw = { ...(raw as object), initialCaseload: parsed.rows };
  }
  const checked = validateScenario(raw);
  // Every problem at once: the CSV's own, then the scenario's, caseload rows named by their CSV row and column.
  const problems = [...applied.problems, ...(csv?.problems.map((p) => `caseload ${csv!.file}: ${p}`) ?? []),
    ...(checked.ok ? [] : checked.issues.map((i) => `${csv ? csvPlace(i.path, csv) : i.path}: ${i.message}${blame(i.path, all, raw)}`))];
  if (problems.length || !checked.ok) throw new InputError(file, problems);
  warnOnce(file, scenarioWarnings(checked.scenario).map((w) => `${csv ? csvPlace(w.path, csv) : w.path}: ${w.message}`));
  return { scenario: checked.scenario, file, hash: hashScenario(checked.scenario) };
}

const warned = new Set<string>();
/** Plausibility warnings on stderr, each once however often the file is loaded (compare arms, sizing grids). */
function warnOnce(file: string, warnings: string[]): void {
  for (const w of warnings) {
    const line = `${file}: warning: ${w}`;
    if (!warned.has(line)) warnSafe(line);
    warned.add(line);
  }
}

/** `initialCaseload[3].setting` as `caseload FILE: row 5, column setting`: the row a spreadsheet shows (the header is row 1, blank rows count). */
function csvPlace(issuePath: string, csv: { file: string; rowNumbers: number[] }): string {
  const m = /^initialCaseload\[(\d+)\](?:\.(\w+))?/.exec(issuePath);
  if (!m) return issuePath;
  return `caseload ${csv.file}: row ${csv.rowNumbers[Number(m[1])]}${m[2] ? `, column ${CASELOAD_COLUMNS[m[2]] ?? m[2]}` : ''}`;
}

/** ` (from --set …)` when an override wrote the field (or its parent) a validation issue names. */
function blame(issuePath: string, settings: Setting[], raw: unknown): string {
  const dotted = issuePath.replace(/\[(\d+)\]/g, '.$1');
  const hit = [...settings].reverse().find((s) => {
    // A setting may name a list element ("services.homes.Ivan House.beds"); the issue gives its index.
    const p = byIndex(raw, s.path.replace(/\.[+-]$/, ''));
    // A rule between sibling fields (a bin's `to` after its `from`) is reported on one of them: the override that set the other is blamed too.
    const parent = (x: string) => x.slice(0, Math.max(0, x.lastIndexOf('.')));
    return dotted === p || dotted.startsWith(`${p}.`) || p.startsWith(`${dotted}.`) || (parent(p) !== '' && parent(p) === parent(dotted));
  });
  return hit ? ` (from ${hit.source})` : '';
}

/** A dotted path with each list element named by `name` replaced by its index in `raw`, as issue paths give it. */
function byIndex(raw: unknown, path: string): string {
  let node = raw;
  return path.split('.').map((key) => {
    let k = key;
    if (Array.isArray(node) && !/^\d+$/.test(key)) {
      const i = node.findIndex((e) => e && typeof e === 'object' && (e as { name?: unknown }).name === key);
      if (i >= 0) k = String(i);
    }
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
    return k;
  }).join('.');
}

/** SHA-256 of canonical JSON (keys sorted), so equal scenarios hash equal however they were written. */
export function hashScenario(s: Scenario): string {
  return createHash('sha256').update(canonicalJson(s)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
