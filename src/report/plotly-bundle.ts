import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Path of the installed plotly.js-dist bundle (its package `main`, `plotly.js`). */
export function plotlyBundlePath(): string {
  return createRequire(import.meta.url).resolve('plotly.js-dist');
}

/** The plotly.js-dist bundle's source text, to embed in a report. */
export async function readPlotlyBundle(): Promise<string> {
  return readFile(plotlyBundlePath(), 'utf8');
}
