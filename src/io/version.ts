import { readFileSync } from 'node:fs';

/** carecap's version, from package.json (two folders above dist/src/io or src/io). */
export const VERSION: string = (() => {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')).version as string;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
})();
