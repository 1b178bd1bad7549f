import { parseDocument } from 'yaml';
import { LIMITS, YAML_OPTIONS } from './read-input.js';
import { InputError } from './input-error.js';
import { isListAt, unknownPathProblem } from './override-paths.js';

/**
 * Overrides of a raw scenario, applied before validation so an override is
 * checked exactly like the file (docs/sizing.md, "Overrides"). Paths are dotted, with
 * list elements picked by index or by name:
 *
 *   services.outreach.slots=16            set a field
 *   services.homes.1.beds=4               an element by index (0-based)
 *   services.homes.Welland House.closes=2027-03-31   an element by name
 *   services.houses.+={name: House 4, registration: unregulated16plus, fixedWeeklyGbpPerPlace: 2438}
 *                                         append an element to a list
 *   services.houses.-=House 3             remove an element (by name or index)
 *
 * Values are read as YAML (`16`, `true`, `[a, b]`, `{dist: fixed, value: 28}`);
 * dates stay text. A path the schema does not know is an error naming it.
 */

/** One override: a path, its value, and how the user wrote it (for messages). */
export interface Setting {
  path: string;
  value: unknown;
  /** `--set services.hub.beds=4`, or where in a batch file it came from. */
  source: string;
}

/** Parse `--set path=value` strings; bad ones are reported all at once. */
export function parseSetStrings(overrides: string[], file: string): Setting[] {
  const problems: string[] = [];
  const out: Setting[] = [];
  for (const o of overrides) {
    const eq = o.indexOf('=');
    if (eq <= 0) {
      problems.push(`--set ${o}: expected path=value`);
      continue;
    }
    // A document, not parse(): parse() prints a parser warning (an unknown tag such as `!foo 4`, read as text) as a
    // Node process warning (hostile review 7); here it is refused like any other problem with the value.
    const doc = parseDocument(o.slice(eq + 1), YAML_OPTIONS);
    if (doc.errors.length > 0) problems.push(`--set ${o}: the value is not valid YAML`);
    else if (doc.warnings.length > 0) problems.push(`--set ${o}: the value is not valid YAML (${doc.warnings[0].message.split('\n')[0].replace(/:$/, '')})`);
    else {
      try {
        out.push({ path: o.slice(0, eq).trim(), value: doc.toJS({ maxAliasCount: LIMITS.aliases }), source: `--set ${o}` });
      } catch {
        problems.push(`--set ${o}: the value is not valid YAML`);
      }
    }
  }
  if (problems.length) throw new InputError(file, problems);
  return out;
}

/** Apply `--set path=value` strings to a raw scenario (a copy); see the module comment. */
export function applyOverrides(raw: unknown, overrides: string[], file: string): unknown {
  return applySettings(raw, parseSetStrings(overrides, file), file);
}

/** Apply settings in order to a copy of a raw scenario; every bad path is reported at once. */
export function applySettings(raw: unknown, settings: Setting[], file: string): unknown {
  const { out, problems } = applyWhatCan(raw, settings);
  if (problems.length) throw new InputError(file, problems);
  return out;
}

/**
 * Apply every setting whose path exists, in order, to a copy of a raw scenario, and list the ones that could not be
 * applied: the caller validates what was applied too, so a mistyped path does not hide a bad value set beside it.
 */
export function applyWhatCan(raw: unknown, settings: Setting[]): { out: unknown; problems: string[] } {
  const problems: string[] = [];
  const out = structuredClone(raw);
  for (const s of settings) {
    const parts = splitPath(out, s.path);
    const why = parts.some((p) => p === '') ? 'empty part in the path' : unknownPathProblem(parts) ?? setPath(out, parts, s.value);
    if (why) problems.push(`${s.source}: ${s.path}: ${why}`);
  }
  return { out, problems };
}

/**
 * A dotted path's parts, read against the scenario: where a part is a list element and a name there contains a
 * dot ("St. Mary's"), the parts that spell it are joined back, so such an element can be named as any other
 * (`services.homes.St. Mary's.beds`); elsewhere a dot separates parts.
 */
export function splitPath(root: unknown, path: string): string[] {
  const raw = path.split('.');
  const parts: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < raw.length; i++) {
    let part = raw[i].trim();
    if (Array.isArray(node)) {
      const names = node.map((e) => (e as { name?: unknown })?.name).filter((n): n is string => typeof n === 'string' && n.includes('.'));
      // The longest run of parts from here that spells an element's name.
      for (let j = raw.length - 1; j > i; j--) {
        const joined = raw.slice(i, j + 1).join('.').trim();
        if (names.includes(joined)) {
          part = joined;
          i = j;
          break;
        }
      }
      const idx = elementIndex(node, part);
      node = idx >= 0 ? node[idx] : undefined;
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    parts.push(part);
  }
  return parts;
}

/** Index of a list element named by index or by its `name`; -1 if none. */
function elementIndex(list: unknown[], key: unknown): number {
  const text = String(key);
  const idx = /^\d+$/.test(text) ? Number(text) : list.findIndex((e) => (e as { name?: string })?.name === text);
  return idx < list.length ? idx : -1;
}

/** Set a value at a path; returns why it could not, or null. Missing object keys are created. */
export function setPath(root: unknown, parts: string[], value: unknown): string | null {
  let node = root as Record<string, unknown> | unknown[];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    const here = parts.slice(0, i).join('.') || 'the scenario';
    if (Array.isArray(node)) {
      if (last && part === '+') {
        node.push(value);
        return null;
      }
      if (last && part === '-') {
        const idx = elementIndex(node, value);
        if (idx < 0) return `no element "${String(value)}" to remove from ${here}`;
        node.splice(idx, 1);
        return null;
      }
      const idx = elementIndex(node, part);
      if (idx < 0) return `no element "${part}" in ${here} (${node.length} elements${namesOf(node)})`;
      if (last) node[idx] = value;
      else node = node[idx] as typeof node;
    } else if (node && typeof node === 'object') {
      if (last) node[part] = value;
      else {
        // A list the file leaves out (houses: default []) is created empty, so `+` can append to it
        // and an element it names is reported missing.
        if (node[part] === undefined) node[part] = isListAt(parts.slice(0, i + 1)) ? [] : {};
        node = node[part] as typeof node;
      }
    } else return `${here} is not an object or a list`;
  }
  return null;
}

function namesOf(list: unknown[]): string {
  const names = list.map((e) => (e as { name?: unknown })?.name).filter((n) => typeof n === 'string');
  return names.length ? `: ${names.join(', ')}` : '';
}
