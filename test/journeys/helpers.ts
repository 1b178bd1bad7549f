/** Loads the transcribed journeys file for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { validateJourneyFile, type JourneyFile } from '../../src/journeys/index.js';

/** Path of scenarios/journeys-2020.yaml. */
export const JOURNEYS_2020 = fileURLToPath(new URL('../../scenarios/journeys-2020.yaml', import.meta.url));

/** The validated 2020 journeys; throws with the errors if it does not validate. */
export function loadJourneys2020(): JourneyFile {
  const result = validateJourneyFile(parse(readFileSync(JOURNEYS_2020, 'utf8')), JOURNEYS_2020);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}
