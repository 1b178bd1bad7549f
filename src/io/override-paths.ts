import { ScenarioSchema } from '../sim/scenario.js';

/**
 * Whether an override path names a field the scenario schema knows, so that
 * `--set services.hub.bed=4` fails as "unknown field bed in services.hub"
 * rather than as a distant "unrecognised key". Walks zod's own definitions;
 * below a union (a distribution), a record or an unknown kind it accepts
 * anything and leaves the check to validation.
 */

interface ZodLike {
  _zod: { def: { type: string; shape?: Record<string, ZodLike>; element?: ZodLike; innerType?: ZodLike; in?: ZodLike; valueType?: ZodLike } };
}

/** Optional, default, nullable … wrappers hide the schema that says what a field is. */
function unwrap(s: ZodLike): ZodLike {
  let node = s;
  for (let def = node._zod.def; def.innerType || (def.type === 'pipe' && def.in); def = node._zod.def) node = (def.innerType ?? def.in) as ZodLike;
  return node;
}

/**
 * Keys that reach an object's prototype rather than a field of it. Writing
 * one (`--set __proto__.x=1`) would change every object in the process,
 * so they are refused by name before anything is written.
 */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Why a path is refused for naming a prototype key, or null. */
export function prototypeKeyProblem(parts: string[]): string | null {
  const bad = parts.find((p) => (PROTOTYPE_KEYS as readonly string[]).includes(p));
  return bad === undefined ? null : `"${bad}" is refused: it names a JavaScript prototype, not a scenario field`;
}

/** Why `parts` (an override path, list syntax `+` and `-` included) is not a scenario field, or null if it may be. */
export function unknownPathProblem(parts: string[]): string | null {
  const refused = prototypeKeyProblem(parts);
  if (refused) return refused;
  let node = unwrap(ScenarioSchema as unknown as ZodLike);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const def = node._zod.def;
    const where = parts.slice(0, i).join('.') || 'the scenario';
    if (def.type === 'object' && def.shape) {
      const next = Object.hasOwn(def.shape, part) ? def.shape[part] : undefined; // not `toString` from the prototype
      if (!next) return `unknown field "${part}" in ${where} (fields: ${Object.keys(def.shape).join(', ')})`;
      node = unwrap(next);
    } else if (def.type === 'array' && def.element) {
      if ((part === '+' || part === '-') && i < parts.length - 1) return `"${part}" must end the path (${parts.join('.')})`;
      node = unwrap(def.element);
    } else if (def.type === 'record' && def.valueType) {
      node = unwrap(def.valueType);
    } else if (['union', 'unknown', 'any'].includes(def.type)) {
      return null;
    } else {
      return `${where} is a single value, not an object or a list; "${parts.slice(i).join('.')}" goes nowhere`;
    }
  }
  return null;
}

/** Whether the scenario schema has a list at `parts` (so a missing one is created as []). */
export function isListAt(parts: string[]): boolean {
  let node = unwrap(ScenarioSchema as unknown as ZodLike);
  for (const part of parts) {
    const def = node._zod.def;
    const next = def.type === 'object' ? (def.shape && Object.hasOwn(def.shape, part) ? def.shape[part] : undefined) : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    if (!next) return false;
    node = unwrap(next);
  }
  return node._zod.def.type === 'array';
}
