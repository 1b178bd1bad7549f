/**
 * `carecap journeys <file> [--json]`: reads a journeys file (YAML), checks
 * Appendix A's arithmetic (src/journeys) and prints a table or one JSON
 * document. Exit codes: 0 checked (flags are findings, not failures),
 * 2 the file cannot be read, parsed or validated.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { checkDepth, LIMITS } from './read-input.js';
import { InputError } from './input-error.js';
import { checkJourneys, renderJourneyCheck, validateJourneyFile } from '../journeys/index.js';

/** Exit code for a bad input file (STYLE.md, "Errors"). */
const BAD_INPUT = 2;

async function readYaml(file: string): Promise<{ ok: true; data: unknown } | { ok: false; errors: string[] }> {
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > LIMITS.textBytes) return { ok: false, errors: [`${file}: the file is ${size} bytes, more than the ${LIMITS.textBytes} carecap reads`] };
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${file}: cannot read file: ${(error as Error).message}`] };
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => `${file}: not valid YAML: ${e.message}`) };
  }
  try {
    // Guarded like every input (read-input.ts): an alias bomb or deep nesting is bad input, not a crash.
    const data = doc.toJS({ maxAliasCount: LIMITS.aliases });
    checkDepth(data, file);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, errors: [error instanceof InputError ? error.message : `${file}: not valid YAML: ${(error as Error).message}`] };
  }
}

/** Runs the journeys command; `out` receives the whole report (or the errors). */
export async function journeysCommand(
  file: string,
  options: { json: boolean },
  out: (s: string) => void,
): Promise<number> {
  const read = await readYaml(file);
  if (!read.ok) {
    out(read.errors.join('\n'));
    return BAD_INPUT;
  }
  const valid = validateJourneyFile(read.data, file);
  if (!valid.ok) {
    out(valid.errors.join('\n'));
    return BAD_INPUT;
  }
  const check = checkJourneys(valid.value);
  out(options.json ? JSON.stringify(check, null, 2) : renderJourneyCheck(check));
  return 0;
}
