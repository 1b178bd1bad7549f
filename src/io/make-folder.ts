import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and any missing parents, one level at a time; returns the folders it made, outermost first.
 *
 * Why not `mkdirSync(folder, { recursive: true })`: on Node 20 it never
 * returns when the kernel answers ENOENT for a parent that exists (a path
 * under /proc, for example: `--out /proc/x` spun at full CPU, and Ctrl-C
 * could not stop it because the loop is synchronous). Creating each missing
 * level with a plain mkdir turns every such case into an ordinary error
 * with its code, which the commands report against the folder (exit 2).
 */
export function makeFolder(folder: string): string[] {
  const missing: string[] = [];
  for (let p = resolve(folder); !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break; // the root itself is missing: mkdir below reports why
  }
  const made: string[] = [];
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
      made.push(dir);
    } catch (err) {
      // Another process made it between the check and the mkdir: fine if it is a folder.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw err;
    }
  }
  return made;
}

/**
 * Removes the folders {@link makeFolder} made (its return), deepest first, each only if empty: a command that
 * publishes nothing leaves no folder it made, the parents of `--out a/b/c` included (hostile review 7).
 */
export function removeMadeFolders(made: readonly string[]): void {
  for (const dir of [...made].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (something else is in it), or gone: leave it and its parents
    }
  }
}
