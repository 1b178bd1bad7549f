/**
 * `carecap journeys <file> [--json]`: reads a journeys file (YAML), checks
 * Appendix A's arithmetic (src/journeys) and prints a table or one JSON
 * document. Exit codes: 0 checked (flags are findings, not failures),
 * 2 the file cannot be read, parsed or validated.
 */
import { parseDocument } from 'yaml';
import { checkDepth, LIMITS, readInputText } from './read-input.js';
import { InputError } from './input-error.js';
import { checkJourneys, renderJourneyCheck, validateJourneyFile } from '../journeys/index.js';

/** Problems that already start with `file: ` as an InputError on that file (its message names the file once per line). */
function fileProblems(file: string, lines: string[]): InputError {
  return new InputError(file, lines.map((l) => (l.startsWith(`${file}: `) ? l.slice(file.length + 2) : l)));
}

/** The file as YAML data: read as every input is (a regular file, within the size limit), parsed with the same guards. */
function readYaml(file: string): unknown {
  const text = readInputText(file, 'journeys file');
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw fileProblems(file, doc.errors.map((e) => `not valid YAML: ${e.message}`));
  try {
    // Guarded like every input (read-input.ts): an alias bomb or deep nesting is bad input, not a crash.
    const data = doc.toJS({ maxAliasCount: LIMITS.aliases });
    checkDepth(data, file);
    return data;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
}

/** Runs the journeys command; `out` receives the whole report (or the errors). */
export async function journeysCommand(
  file: string,
  options: { json: boolean },
  out: (s: string) => void,
): Promise<number> {
  // Bad input is an InputError, reported on stderr (exit 2) like every command's: never on stdout, where --json readers look.
  const valid = validateJourneyFile(readYaml(file), file);
  if (!valid.ok) throw fileProblems(file, valid.errors);
  const check = checkJourneys(valid.value);
  out(options.json ? JSON.stringify(check, null, 2) : renderJourneyCheck(check));
  return 0;
}
