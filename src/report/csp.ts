import { createHash } from 'node:crypto';

/** A CSP hash source for an inline element's exact text: `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The report's Content-Security-Policy: nothing loads from anywhere; only the
 * inline scripts and styles whose hashes are listed run. Images are limited to
 * `data:` and `blob:`, which plotly uses for heat maps and "download PNG".
 */
export function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    `style-src ${styleHashes.join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
