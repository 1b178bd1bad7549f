import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResultDocument } from '../capacity/result-document.js';
import { readPlotlyBundle } from '../report/plotly-bundle.js';
import { renderReport } from '../report/render-report.js';
import { writeFileAtomic } from './atomic-write.js';
import { InputError } from './input-error.js';
import { takeLock } from './output-lock.js';
import { outputError } from './result-folder.js';

const KINDS = ['run', 'compare', 'size'];

/** Reads and sanity-checks a results.json; the message names the file and what is wrong. */
export async function readResultDocument(path: string): Promise<ResultDocument> {
  let parsed: unknown;
  try {
    // Only a regular file: a named pipe reported nothing and waited for ever (hostile review 7), as readInputText guards every other input.
    if (!(await stat(path)).isFile()) throw new InputError(path, ['cannot read results (not a regular file: a folder, device, pipe or socket)']);
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, [`cannot read results (${(err as Error).message})`]);
  }
  const kind = (parsed as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind)) {
    // A sensitivity study's results.json is carecap's too: its chart is tornado.svg, written with it; there is no report.html to re-render.
    if (kind === 'sensitivity') throw new InputError(path, ['a sensitivity study: its chart is tornado.svg and its table tornado.csv, beside results.json; carecap report re-renders the reports of run, compare and size']);
    throw new InputError(path, [`kind: must be one of ${KINDS.join(', ')} (found ${JSON.stringify(kind)})`]);
  }
  const provenance = (parsed as { provenance?: unknown }).provenance;
  if (!provenance || typeof provenance !== 'object') throw new InputError(path, ['provenance: missing; this is not a results.json that carecap wrote']);
  return parsed as ResultDocument;
}

/** The report page of a document; a document too incomplete to render is bad input, not a crash. */
export async function reportPage(doc: ResultDocument, path: string): Promise<string> {
  try {
    return renderReport(doc, await readPlotlyBundle());
  } catch (err) {
    throw new InputError(path, [`incomplete or from another carecap version, so it cannot be rendered (${(err as Error).message})`]);
  }
}

/** Reads `folder/results.json` and writes `folder/report.html` atomically (also used on a run's staging folder). */
export async function writeReport(folder: string): Promise<void> {
  const path = join(folder, 'results.json');
  const page = await reportPage(await readResultDocument(path), path);
  await writeFileAtomic(join(folder, 'report.html'), page);
}

/**
 * `carecap report <folder>`: re-renders report.html under the folder's lock
 * (no other carecap writing there). The results are read once to say bad
 * input first (a missing folder is "cannot read results", not a lock
 * error), then again under the lock, and that reading is rendered: a run
 * publishing between a first reading and the lock would otherwise be left
 * with this older page beside its new results.json (hostile review 3).
 */
export async function reportCommand(folder: string): Promise<void> {
  const path = join(folder, 'results.json');
  await readResultDocument(path);
  let release: (() => void) | undefined;
  try {
    release = takeLock(folder);
    const page = await reportPage(await readResultDocument(path), path);
    await writeFileAtomic(join(folder, 'report.html'), page);
  } catch (err) {
    throw outputError(folder, err);
  } finally {
    release?.();
  }
}
