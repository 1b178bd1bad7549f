import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and any missing parents, one level at a time.
 *
 * Why not `mkdirSync(folder, { recursive: true })`: on Node 20 it never
 * returns when the kernel answers ENOENT for a parent that exists (a path
 * under /proc, for example: `--out /proc/x` spun at full CPU, and Ctrl-C
 * could not stop it because the loop is synchronous). Creating each missing
 * level with a plain mkdir turns every such case into an ordinary error
 * with its code, which the commands report against the folder (exit 2).
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let p = resolve(folder); !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break; // the root itself is missing: mkdir below reports why
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      // Another process made it between the check and the mkdir: fine if it is a folder.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw err;
    }
  }
}
