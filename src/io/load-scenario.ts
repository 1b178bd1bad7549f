import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateScenario, type Scenario } from '../sim/scenario.js';
import { InputError } from './input-error.js';
import { readCaseloadCsv } from './caseload-csv.js';
import { applyOverrides } from './overrides.js';

/** A validated scenario with where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  file: string;
  /** SHA-256 of the validated scenario as canonical JSON (caseload included). */
  hash: string;
}

/**
 * Read a scenario (YAML or JSON), apply `--set` overrides, read its caseload
 * CSV, and validate the lot. Every problem is reported at once as an
 * {@link InputError} naming the file and the field.
 */
export function loadScenario(file: string, overrides: string[] = []): LoadedScenario {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, [code ? `cannot read the scenario (${code})` : `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`]);
  }
  raw = applyOverrides(raw, overrides, file);
  if (raw && typeof raw === 'object' && typeof (raw as { caseload?: unknown }).caseload === 'string') {
    const csv = resolve(dirname(file), (raw as { caseload: string }).caseload);
    raw = { ...(raw as object), initialCaseload: readCaseloadCsv(csv) };
  }
  const checked = validateScenario(raw);
  if (!checked.ok) throw new InputError(file, checked.issues.map((i) => `${i.path}: ${i.message}`));
  return { scenario: checked.scenario, file, hash: hashScenario(checked.scenario) };
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
