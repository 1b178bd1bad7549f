import { closeSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './input-error.js';

/**
 * One writer per output folder. A lock file holding the writer's process id
 * is created exclusively; a second carecap writing to the same folder gets a
 * clear error (exit 2) instead of mixing its files with the first's. A lock
 * or staging folder left by a process that no longer exists (killed with -9,
 * the machine lost power) is stale and removed.
 */
export const LOCK_FILE = '.carecap.lock';
/** Staging folders and atomic-write temporaries carry their writer's process id. */
const LEFTOVER = /^\.carecap-staging-(\d+)-[0-9a-f]+$|^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Whether a process with this id is running (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The locks this process holds now (their paths). */
const held = new Set<string>();

/**
 * Whether a lock's holder is a live writer other than a lock this process left from an earlier life. A lock naming
 * this process's own id that this process does not hold is stale: a container's carecap runs as process 1 each time
 * it starts, so after one was killed the next saw "another carecap (process 1)" and refused for ever (hostile
 * review 7).
 */
function liveHolder(path: string, pid: number): boolean {
  if (pid === process.pid) return held.has(path);
  return processAlive(pid);
}

/** Takes the folder's lock or throws an InputError naming the holder; a stale lock is taken over. */
export function takeLock(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(path);
      return () => {
        held.delete(path);
        rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    // Something that is not a lock file sits at the lock's name (a folder): no carecap made it, and it cannot be taken over.
    if (!statSync(path).isFile()) throw new InputError(folder, [`${path} is not a lock file (a folder or other non-file is in its place); remove it, or choose another --out`]);
    const holder = Number(readFileSafe(path));
    if (liveHolder(path, holder)) {
      throw new InputError(folder, [`another carecap (process ${holder}) is writing to this folder; wait for it to finish or choose another --out (if no carecap is running, the lock is stale: delete ${path})`]);
    }
    unlinkSafe(path);
  }
  throw new InputError(folder, ['could not take the output folder\'s lock (another carecap keeps taking it); choose another --out']);
}

/**
 * Whether a carecap that no longer runs left its lock or a staging folder
 * here: it was publishing (or about to) when it was killed, so the files of
 * carecap's names beside them are carecap's, even with no results.json
 * (publishing removes the old one first).
 */
export function leftByDeadWriter(folder: string): boolean {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  return names.some((name) => {
    if (name === LOCK_FILE) {
      const path = join(folder, name);
      try {
        return statSync(path).isFile() && !liveHolder(path, Number(readFileSafe(path)));
      } catch {
        return false; // removed since the folder was listed: its writer finished
      }
    }
    const m = /^\.carecap-staging-(\d+)-[0-9a-f]+$/.exec(name);
    return m !== null && !processAlive(Number(m[1]));
  });
}

/** Removes staging folders and temporaries whose writer no longer runs. */
export function removeStaleLeftovers(folder: string): void {
  for (const name of readdirSync(folder)) {
    const m = LEFTOVER.exec(name);
    if (m && !processAlive(Number(m[1] ?? m[2]))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function unlinkSafe(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Another process took over the stale lock first; the retry sees its lock.
  }
}
