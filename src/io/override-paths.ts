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

/** Why `parts` (an override path, list syntax `+` and `-` included) is not a scenario field, or null if it may be. */
export function unknownPathProblem(parts: string[]): string | null {
  let node = unwrap(ScenarioSchema as unknown as ZodLike);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const def = node._zod.def;
    const where = parts.slice(0, i).join('.') || 'the scenario';
    if (def.type === 'object' && def.shape) {
      const next = def.shape[part];
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
    const next = def.type === 'object' ? def.shape?.[part] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    if (!next) return false;
    node = unwrap(next);
  }
  return node._zod.def.type === 'array';
}
