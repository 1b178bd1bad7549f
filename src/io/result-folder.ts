import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { makeFolder, removeMadeFolders } from './make-folder.js';
import { open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { CompareDocument, SizeDocument } from '../capacity/result-document.js';
import { renderReport } from '../report/render-report.js';
import { readPlotlyBundle } from '../report/plotly-bundle.js';
import { tableCsv } from './csv.js';
import { summaryTable, type Table } from './result-tables.js';
import { workbookBytes } from './workbook.js';
import { InputError } from './input-error.js';
import { leftByDeadWriter, removeStaleLeftovers, takeLock } from './output-lock.js';
import { inputsReadSoFar } from './read-input.js';

/** Every file any command writes; publishing removes those a command did not write this time (they would mislead). */
export const OUTPUT_FILES = [
  'replications.csv', 'differences.csv', 'decisions.csv', 'configurations.csv', 'summary.csv', 'weekly.csv', 'tornado.csv', 'tornado.svg',
  'results.xlsx', 'report.html', 'results.json',
] as const;

const MEANING: Record<string, string> = {
  EEXIST: 'a file of that name is in the way', ENOTDIR: 'part of the path is a file, not a folder', EACCES: 'permission denied',
  EPERM: 'permission denied', EISDIR: 'a folder of that name is in the way', ENOENT: 'a folder cannot be created at this path', ENOSPC: 'the disk is full', EROFS: 'the file system is read-only', EDQUOT: 'the disk quota is used up',
};

/**
 * A file-system error while writing output, as a message naming the folder (exit 2). `partWay`: publishing had
 * already removed the old results.json and moved some new files in, so the previous results are not untouched.
 */
export function outputError(folder: string, err: unknown, partWay = false): Error {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (err instanceof InputError || !code) return err as Error;
  const what = `${code}: ${MEANING[code] ?? (err as Error).message}`;
  if (partWay) return new InputError(folder, [`publishing the results stopped part-way (${what}): the folder has no results.json now, so the files in it are not one complete result; remove them, or write to another folder`]);
  return new InputError(folder, [`cannot write results here (${what}); the folder's previous results are untouched`]);
}

/**
 * Refuses an output folder where publishing would replace or remove a file
 * this command read (a scenario called results.json, a caseload called
 * summary.csv, a 903 table called caseload.csv): the input would be gone and
 * the next run would read an output in its place.
 */
function guardInputs(folder: string, names: readonly string[]): void {
  const inputs = inputsReadSoFar();
  if (inputs.size === 0 || !existsSync(folder)) return;
  for (const name of names) {
    const path = join(folder, name);
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      continue; // not there: nothing to replace
    }
    if (inputs.has(real)) throw new InputError(folder, [`--out would replace ${path}, a file this command reads; write the results to another folder`]);
  }
}

/**
 * Publishing replaces or removes every known output name, on the grounds that they are an earlier command's
 * results. That holds only beside a results.json: in a folder without one, a weekly.csv or tornado.csv is the
 * user's own, and was once deleted without a word. Such a folder is refused, naming the files.
 */
function guardOthersFiles(folder: string): void {
  // A carecap killed while publishing (kill -9, power cut) leaves its files without a results.json, beside its
  // stale lock or staging folder: they are carecap's, and this command replaces them all (docs/running.md).
  if (!existsSync(folder) || existsSync(join(folder, 'results.json')) || leftByDeadWriter(folder)) return;
  const theirs = OUTPUT_FILES.filter((f) => existsSync(join(folder, f)));
  if (theirs.length === 0) return;
  throw new InputError(folder, [`--out holds ${theirs.join(', ')} but no results.json, so ${theirs.length === 1 ? 'it is' : 'they are'} not carecap's results: writing here would replace or remove ${theirs.length === 1 ? 'it' : 'them'}. Choose another folder, or move ${theirs.length === 1 ? 'it' : 'them'} away`]);
}

/**
 * The one way every command writes its output folder. Files are written into
 * a hidden staging folder inside it (same file system, so renames are
 * atomic) while the folder is locked against a second writer. Publishing
 * removes the old results.json first, renames the new files in, removes
 * outputs of an earlier command that were not rewritten, and renames
 * results.json in last: at every instant the folder has either no
 * results.json or one that belongs with every file beside it.
 */
export class StagedFolder {
  readonly staging: string;
  private readonly release: () => void;
  private closed = false;
  private published = false;
  /** The folders this command made (the folder and any missing parents): if it publishes nothing, it removes them again (no empty folder that looks like a run). */
  private readonly made: string[];

  private constructor(readonly folder: string) {
    if (existsSync(folder) && !statSync(folder).isDirectory()) throw new InputError(folder, ['--out is a file, not a folder']);
    // Publishing replaces or removes every known output name: none may be a file this command read.
    guardInputs(folder, OUTPUT_FILES);
    guardOthersFiles(folder);
    this.made = makeFolder(folder);
    this.release = takeLock(folder);
    try {
      removeStaleLeftovers(folder);
      this.staging = join(folder, `.carecap-staging-${process.pid}-${randomBytes(4).toString('hex')}`);
      mkdirSync(this.staging);
    } catch (err) {
      this.release();
      throw err;
    }
  }

  /** Creates (if needed) and locks `folder`; every file-system problem is an InputError naming it. */
  static open(folder: string): StagedFolder {
    try {
      return new StagedFolder(folder);
    } catch (err) {
      throw outputError(folder, err);
    }
  }

  /** Where a file is staged. */
  path(name: string): string {
    return join(this.staging, name);
  }

  /** Writes one staged file; a file-system problem (a full disk) is an InputError naming the folder. */
  async write(name: string, data: string | Uint8Array): Promise<void> {
    guardInputs(this.folder, [name]);
    try {
      const handle = await open(this.path(name), 'w');
      try {
        await handle.writeFile(data);
        await handle.sync(); // on disk before the rename publishes it
      } finally {
        await handle.close();
      }
    } catch (err) {
      throw outputError(this.folder, err);
    }
  }

  /** Moves the staged files in (results.json last), then unlocks. */
  publish(): void {
    let partWay = false;
    try {
      const target = (f: string) => join(this.folder, f);
      // A folder where a result file goes cannot be replaced by a rename: found before anything changes, since a
      // failure half-way left new files beside old ones and no results.json (hostile review 7).
      for (const f of new Set([...readdirSync(this.staging), ...OUTPUT_FILES])) {
        if (existsSync(target(f)) && lstatSync(target(f)).isDirectory()) {
          throw new InputError(this.folder, [`${target(f)} is a folder, where carecap writes its ${f}: move it away, or write to another folder; the folder's previous results are untouched`]);
        }
      }
      if (existsSync(target('results.json'))) unlinkSync(target('results.json'));
      partWay = true; // from here on, the folder no longer holds its previous result whole
      // Every staged file moves in (whatever the command wrote), results.json last; known outputs not rewritten go.
      const staged = readdirSync(this.staging).filter((f) => f !== 'results.json');
      for (const f of staged) renameSync(this.path(f), target(f));
      for (const f of OUTPUT_FILES) if (!staged.includes(f) && f !== 'results.json') rmSync(target(f), { force: true });
      if (existsSync(this.path('results.json'))) renameSync(this.path('results.json'), target('results.json'));
      this.published = true;
    } catch (err) {
      throw outputError(this.folder, err, partWay);
    } finally {
      this.abandon();
    }
  }

  /** Removes the staging folder and unlocks (synchronous: safe in a signal handler). */
  abandon(): void {
    if (this.closed) return; // the lock may be another writer's by now
    this.closed = true;
    rmSync(this.staging, { recursive: true, force: true });
    this.release();
    // Only if empty: anything else in them is not ours to remove.
    if (!this.published) removeMadeFolders(this.made);
  }
}

/** Writes a comparison's or a sizing's files into `folder` and publishes them; `tables` are the document's own CSVs. */
export async function writeResultFolder(folder: StagedFolder, doc: CompareDocument | SizeDocument, tables: Record<string, Table>): Promise<void> {
  try {
    for (const [name, table] of Object.entries({ ...tables, 'summary.csv': summaryTable(doc) })) await folder.write(name, tableCsv(table));
    const workbook = await workbookBytes(doc);
    if (workbook) await folder.write('results.xlsx', workbook);
    await folder.write('report.html', renderReport(doc, await readPlotlyBundle()));
    await folder.write('results.json', JSON.stringify(doc, null, 1));
  } catch (err) {
    folder.abandon();
    throw outputError(folder.folder, err);
  }
  folder.publish();
}
