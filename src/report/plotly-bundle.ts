import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../io/package-root.js';

/**
 * The plotly.js-dist bundle minified at build time (scripts/minify-plotly.mjs,
 * run by `npm run build`): about 4.8 MB against the 10 MB source, so a report
 * stays under 5 MB (issue 13).
 */

/** Path of the minified bundle the build writes. */
export function plotlyBundlePath(): string {
  return join(packageRoot(), 'dist', 'plotly.min.js');
}

/** The minified plotly bundle's source text, to embed in a report. */
export async function readPlotlyBundle(): Promise<string> {
  const path = plotlyBundlePath();
  if (!existsSync(path)) throw new Error(`carecap: ${path} is missing; run \`npm run build\`, which minifies plotly.js-dist for the reports`);
  return readFile(path, 'utf8');
}
