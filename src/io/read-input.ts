import { readFileSync, realpathSync, statSync } from 'node:fs';
import { parseAllDocuments, type Tags } from 'yaml';
import { InputError } from './input-error.js';

/**
 * Guards on every input file a user hands carecap: a size limit (a 50 MB
 * structured YAML file once took a minute and 3 GB just to parse), an alias
 * limit (a "billion laughs" YAML alias bomb) and a nesting-depth limit (deep
 * nesting exhausts the stack of whatever walks the data next). The largest
 * real inputs (docs/caseload.md) are far below each limit.
 */
/**
 * `values`: the most values (each object, list and scalar) a file may hold once its aliases are expanded: as many as
 * its bytes could spell without aliases, so only aliases can exceed it. 900 aliases of one 30,000-value anchor
 * passed the alias limit and took seconds to minutes in every later walk (hostile review 7).
 */
export const LIMITS = { textBytes: 4 * 1024 * 1024, csvBytes: 16 * 1024 * 1024, depth: 64, aliases: 1000, values: 4 * 1024 * 1024 } as const;

/** Real paths of every input file read in this process (readInputText): no output may replace one (result-folder.ts). */
const inputsRead = new Set<string>();

/** The real paths of the input files read so far. */
export function inputsReadSoFar(): ReadonlySet<string> {
  return inputsRead;
}

/**
 * A text file's contents, refused when too big, not a regular file or
 * unreadable; `what` says what the file is for messages. A device or pipe
 * (`/dev/zero`, a FIFO) reports size 0 and would be read for ever, so only
 * regular files are read.
 */
export function readInputText(file: string, what: string, maxBytes: number = LIMITS.textBytes): string {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(file, [`cannot read the ${what} (it is a folder)`]);
    if (!stat.isFile()) throw new InputError(file, [`cannot read the ${what} (not a regular file: a device, pipe or socket)`]);
    if (stat.size > maxBytes) throw new InputError(file, [`the ${what} is ${mib(stat.size)}, more than the ${mib(maxBytes)} carecap reads (is it the right file?)`]);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const encoding = encodingProblem(text);
    if (encoding) throw new InputError(file, [`cannot read the ${what}: ${encoding}`]);
    inputsRead.add(realpathSync(file));
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, [`cannot read the ${what} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
}

/**
 * Text carecap cannot read as meant, said as such rather than as the odd
 * cells it would produce ("unknown column", "Hope�s Place"): UTF-16 (Excel's
 * "Unicode text", every other byte NUL), bytes that are not UTF-8 (Excel's
 * default CSV on Windows is CP1252), and lines ended by CR alone (old Mac).
 */
function encodingProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'it holds NUL bytes: is it UTF-16 (Excel\'s "Unicode text")? Save it as "CSV UTF-8" or plain UTF-8 text';
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return `it is not UTF-8 (line ${text.slice(0, bad).split('\n').length}): is it Windows-1252 (Excel's default CSV)? Save it as "CSV UTF-8"`;
  if (text.includes('\r') && !text.includes('\n')) return 'its lines end with CR alone (old Mac text): save it with LF or CRLF line endings';
  return null;
}

/**
 * How every scenario value is read, in files and in `--set`: YAML 1.2's core
 * schema without its hexadecimal and octal integers, so `0x10` or `0o7` is a
 * string the schema refuses ("expected number") rather than 16 or 7 read
 * silently (numbers on the command line and in CSVs are plain decimals, too).
 */
export const YAML_OPTIONS = {
  customTags: (tags: Tags) => tags.filter((t) => !(typeof t === 'object' && 'format' in t && (t.format === 'HEX' || t.format === 'OCT'))),
} as const;

/** Parsed YAML (or JSON, by extension), with the guards above; every problem is an InputError naming the file. */
export function readStructuredFile(file: string, what: string): unknown {
  const text = readInputText(file, what);
  const json = file.toLowerCase().endsWith('.json');
  let raw: unknown;
  try {
    // JSON is read by the YAML parser too (JSON is YAML 1.2), so a duplicate key is refused in both formats rather than the last one silently winning.
    const docs = parseAllDocuments(text, { ...YAML_OPTIONS, prettyErrors: true, uniqueKeys: true });
    // Several documents (a `---` line between two scenarios) would be read as the first alone, or refused in the parser's words.
    if (Array.isArray(docs) && docs.length > 1) throw new InputError(file, [`holds ${docs.length} YAML documents (separated by --- lines); a ${what} is one`]);
    const doc = Array.isArray(docs) ? docs[0] : undefined;
    if (doc && doc.errors.length > 0) throw doc.errors[0];
    // A warning (an unknown tag such as !custom, read as plain text) is refused here rather than printed by the parser as a Node warning.
    if (doc && doc.warnings.length > 0) throw new InputError(file, doc.warnings.map((w) => `not valid ${json ? 'JSON' : 'YAML'}: ${w.message}`));
    raw = doc ? doc.toJS({ maxAliasCount: LIMITS.aliases }) : null;
  } catch (err) {
    if (err instanceof InputError) throw err;
    // The parser recurses per level: thousands of levels overflow its stack before checkDepth can say so.
    if (/Maximum call stack size exceeded/.test((err as Error).message)) throw new InputError(file, [`nested more than ${LIMITS.depth} levels deep; no carecap input is`]);
    throw new InputError(file, [`not valid ${json ? 'JSON' : 'YAML'}: ${(err as Error).message}`]);
  }
  checkDepth(raw, file);
  return raw;
}

/**
 * Refuses data nested deeper than LIMITS.depth, or holding more than LIMITS.values values once aliases are expanded.
 * Walked without recursion where the depth is not yet known (the walk itself cannot overflow), and visiting an
 * aliased object again only when reached deeper than before, so a file of shared aliases costs its distinct values,
 * not its expanded ones.
 */
export function checkDepth(raw: unknown, file: string): void {
  const deepest = new Map<object, number>();
  const stack: [unknown, number][] = [[raw, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth >= LIMITS.depth) throw new InputError(file, [`nested more than ${LIMITS.depth} levels deep; no carecap input is`]);
    const seen = deepest.get(node);
    if (seen !== undefined && seen >= depth) continue;
    deepest.set(node, depth);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  // Values as read, an alias counting its anchor's values again (recursion is safe: the depth is now bounded).
  const sizes = new Map<object, number>();
  const size = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 1;
    let n = sizes.get(node);
    if (n === undefined) {
      n = 1;
      for (const child of Object.values(node)) n += size(child);
      sizes.set(node, n);
    }
    return n;
  };
  const total = size(raw);
  if (total > LIMITS.values) throw new InputError(file, [`holds ${total.toLocaleString('en-GB')} values once its YAML aliases are expanded, more than the ${LIMITS.values.toLocaleString('en-GB')} a carecap input may hold; repeat less through aliases`]);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
