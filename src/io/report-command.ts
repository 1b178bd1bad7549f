import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResultDocument } from '../capacity/result-document.js';
import { readPlotlyBundle } from '../report/plotly-bundle.js';
import { renderReport } from '../report/render-report.js';
import { writeFileAtomic } from './atomic-write.js';
import { InputError } from './input-error.js';

const KINDS = ['run', 'compare', 'size'];

/** Reads and sanity-checks a results.json; the message names the file and what is wrong. */
export async function readResultDocument(path: string): Promise<ResultDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(path, [`cannot read results (${(err as Error).message})`]);
  }
  const kind = (parsed as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) {
    throw new InputError(path, [`kind: must be one of ${KINDS.join(', ')} (found ${JSON.stringify(kind)})`]);
  }
  return parsed as ResultDocument;
}

/** `carecap report <folder>`: reads `folder/results.json`, writes `folder/report.html` atomically. */
export async function writeReport(folder: string): Promise<void> {
  const doc = await readResultDocument(join(folder, 'results.json'));
  const page = renderReport(doc, await readPlotlyBundle());
  await writeFileAtomic(join(folder, 'report.html'), page);
}
