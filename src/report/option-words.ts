import { formatDate } from './format.js';

/**
 * An option's overrides in plain words, for when its batch file gives no
 * description: `services.outreach.slots: 8` → "outreach slots: 8";
 * `services.homes.Marjorie House.closes: 2026-10-01` → "Marjorie House closes: 1 Oct 2026";
 * `services.houses.+: {name: …}` → "adds to houses: …".
 */

/** A value in words: dates as UK dates, objects by their name, lists by length. */
function valueWords(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatDate(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value && typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' ? `“${name}”` : 'new settings';
  }
  return 'none';
}

/** One override in words. */
export function overrideWords(path: string, value: unknown): string {
  const parts = path.replace(/^services\./, '').split('.');
  const last = parts[parts.length - 1];
  if (last === '+') return `adds to ${parts.slice(0, -1).join(' ')}: ${valueWords(value)}`;
  if (last === '-') return `removes from ${parts.slice(0, -1).join(' ')}: ${valueWords(value)}`;
  if (path === 'file') return `scenario file ${valueWords(value)}`;
  // Field names read as words (fixedWeeklyGbp → fixed weekly gbp); names with spaces (Marjorie House) stay as written.
  const words = parts.map((p) => (/\s/.test(p) ? p : p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()));
  return `${words.join(' ')}: ${valueWords(value)}`;
}

/** The description of an option: the batch file's words if any, otherwise its overrides in words. */
export function optionWords(option: { description?: string; overrides: Record<string, unknown> }): string {
  if (option.description && option.description.trim()) return option.description.trim();
  const list = Object.entries(option.overrides).map(([k, v]) => overrideWords(k, v));
  return list.length ? list.join('; ') : 'no changes from the baseline';
}
