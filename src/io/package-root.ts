import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * carecap's own folder: the nearest folder above this module holding
 * package.json (works from src/ and dist/src/). Files that ship with carecap
 * (the minified plotly bundle, the default scenario) are found from here, not
 * from the folder the user runs the command in.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('carecap: cannot find package.json above its own modules');
    dir = up;
  }
  return dir;
}

/** The default scenario shipped with carecap (the Leicestershire estate, 2026). */
export const defaultScenarioPath = (): string => join(packageRoot(), 'scenarios', 'leicestershire.yaml');
