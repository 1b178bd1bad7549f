import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the compiled worker is. Node 20 cannot load a .ts file in a worker
 * thread, so the worker always runs from the `tsc` build:
 * - from dist (`node dist/src/cli.js`, the bench), this module is
 *   dist/src/workers/worker-file.js and worker.js sits beside it;
 * - from source (vitest transforms src/**.ts in the main thread only), this
 *   module is src/workers/worker-file.ts, so we go up to the repository root
 *   and into dist/src/workers/worker.js. `npm test` runs `npm run build`
 *   first, so that file exists and matches the source; run the build
 *   yourself before `npx vitest` alone.
 * A missing file is reported with what to do, rather than as piscina's
 * generic "cannot find module".
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = join(dirname(here), 'worker.js');
  const fromSource = here.endsWith('.ts');
  const file = fromSource ? resolve(dirname(here), '..', '..', 'dist', 'src', 'workers', 'worker.js') : beside;
  if (!existsSync(file)) {
    throw new Error(`worker pool: ${file} does not exist; run \`npm run build\` first (workers run the compiled code)`);
  }
  return file;
}
