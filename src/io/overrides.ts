import { parse as parseYaml } from 'yaml';
import { InputError } from './input-error.js';

/**
 * Apply `--set path=value` overrides to a raw scenario before validation, so
 * an override is checked exactly like the file. Paths are dotted, with
 * numeric parts indexing arrays or, for houses and homes, their names:
 * `services.outreach.slots=16`, `services.homes.1.beds=4`,
 * `services.homes.Welland House.beds=3`. Values are read as YAML
 * (`16`, `true`, `[a, b]`, `{dist: fixed, value: 28}`).
 */
export function applyOverrides(raw: unknown, overrides: string[], file: string): unknown {
  const problems: string[] = [];
  let out = structuredClone(raw);
  for (const o of overrides) {
    const eq = o.indexOf('=');
    if (eq <= 0) {
      problems.push(`--set ${o}: expected path=value`);
      continue;
    }
    const path = o.slice(0, eq).trim();
    let value: unknown;
    try {
      value = parseYaml(o.slice(eq + 1));
    } catch {
      problems.push(`--set ${o}: the value is not valid YAML`);
      continue;
    }
    const why = setPath(out, path.split('.'), value);
    if (why) problems.push(`--set ${path}: ${why}`);
  }
  if (problems.length) throw new InputError(file, problems);
  return out;
}

/** Set a value at a path; returns why it could not, or null. Missing object keys are created. */
export function setPath(root: unknown, parts: string[], value: unknown): string | null {
  let node = root as Record<string, unknown> | unknown[];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    if (Array.isArray(node)) {
      const idx = /^\d+$/.test(part) ? Number(part) : node.findIndex((e) => (e as { name?: string })?.name === part);
      if (idx < 0 || idx >= node.length) return `no element "${part}" in ${parts.slice(0, i).join('.') || 'the scenario'}`;
      if (last) node[idx] = value;
      else node = node[idx] as typeof node;
    } else if (node && typeof node === 'object') {
      if (last) node[part] = value;
      else {
        if (node[part] === undefined) node[part] = {};
        node = node[part] as typeof node;
      }
    } else return `${parts.slice(0, i).join('.')} is not an object or a list`;
  }
  return null;
}
