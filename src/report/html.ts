import { escapeHtml } from './escape.js';

/** A string already known to be safe HTML (built by `html` or `raw`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (constants in this module tree only, never user text). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

type Part = SafeHtml | string | number | null | undefined | false | Part[];

function renderPart(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(renderPart).join('');
  return escapeHtml(String(part));
}

/**
 * Tagged template that escapes every interpolation unless it is `SafeHtml`,
 * so escaping is the default and forgetting it is impossible.
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < parts.length; i++) out += renderPart(parts[i]) + strings[i + 1];
  return new SafeHtml(out);
}
