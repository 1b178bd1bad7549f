import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateScenario, type Scenario } from '../sim/scenario.js';
import { InputError } from './input-error.js';
import { readCaseloadCsv } from './caseload-csv.js';
import { applySettings, parseSetStrings, type Setting } from './overrides.js';

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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(file, [`cannot read the scenario (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (err) {
    throw new InputError(file, [`not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`]);
  }
  const all = [...parseSetStrings(overrides, file), ...settings];
  raw = applySettings(raw, all, file);
  if (raw && typeof raw === 'object' && typeof (raw as { caseload?: unknown }).caseload === 'string') {
    const csv = resolve(dirname(file), (raw as { caseload: string }).caseload);
    raw = { ...(raw as object), initialCaseload: readCaseloadCsv(csv) };
  }
  const checked = validateScenario(raw);
  if (!checked.ok) throw new InputError(file, checked.issues.map((i) => `${i.path}: ${i.message}${blame(i.path, all)}`));
  return { scenario: checked.scenario, file, hash: hashScenario(checked.scenario) };
}

/** ` (from --set …)` when an override wrote the field (or its parent) a validation issue names. */
function blame(issuePath: string, settings: Setting[]): string {
  const dotted = issuePath.replace(/\[(\d+)\]/g, '.$1');
  const hit = [...settings].reverse().find((s) => {
    const p = s.path.replace(/\.[+-]$/, '');
    return dotted === p || dotted.startsWith(`${p}.`) || p.startsWith(`${dotted}.`);
  });
  return hit ? ` (from ${hit.source})` : '';
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
