import { dirname, resolve } from 'node:path';
import { readStructuredFile } from './read-input.js';
import { z } from 'zod';
import { formatPath } from '../sim/scenario.js';
import { InputError } from './input-error.js';
import type { Setting } from './overrides.js';
import { prototypeKeyProblem } from './override-paths.js';

/**
 * A compare batch file (docs/sizing.md): one baseline scenario and named
 * options, each a set of overrides of the baseline and/or a whole other
 * scenario file. Paths are relative to the batch file.
 *
 *   baseline: ../leicestershire.yaml
 *   options:
 *     - name: Outreach 16 slots
 *       set: { services.outreach.slots: 16 }
 *     - name: Another plan
 *       file: ../other-plan.yaml
 */

const settings = z.union([
  z.record(z.string(), z.unknown()),
  // A list of one-key maps, when one path is set twice (two houses appended).
  z.array(z.record(z.string(), z.unknown())),
]);

/** A name shown in tables: no blank at either end, which would print as another name's twin ("Baseline" and "Baseline\u00a0": hostile review 7). */
const tableName = z.string().min(1).max(80).refine((x) => x.trim() === x, 'must not begin or end with a space (or another blank character)');
/** Names that print alike: compatibility forms folded (NFKC) and runs of blanks read as one space. */
const printsAs = (n: string) => n.normalize('NFKC').replace(/\s+/g, ' ');

const BatchSchema = z.strictObject({
  baseline: z.string().min(1),
  /** The baseline's name in tables (default "Baseline"). */
  name: tableName.default('Baseline'),
  description: z.string().default(''),
  /** Figure ids shown first (the terminal table, the forest plots); default: the key figures. */
  figures: z.array(z.string().min(1)).optional(),
  options: z.array(z.strictObject({
    name: tableName,
    description: z.string().default(''),
    file: z.string().min(1).optional(),
    set: settings.default({}),
  })).min(1, 'give at least one option'),
});

/** One option of a batch, resolved. */
export interface BatchOption {
  name: string;
  /** Scenario file the option starts from (the baseline's unless `file:` says otherwise). */
  file: string;
  settings: Setting[];
  /** What the option changes, for the result document. */
  overrides: Record<string, unknown>;
  /** The batch file's description, plain words ('' when none). */
  description: string;
}

/** A resolved batch file. */
export interface Batch {
  file: string;
  baselineName: string;
  baseline: string;
  figures?: string[];
  options: BatchOption[];
}

/** `options[i].set` keys of the raw file that are or contain a prototype key (`__proto__`, `constructor`, `prototype`). */
function rawPrototypeKeys(raw: unknown): string[] {
  const options = (raw as { options?: unknown })?.options;
  if (!Array.isArray(options)) return [];
  return options.flatMap((o, i) => {
    const set = (o as { set?: unknown })?.set;
    const maps = Array.isArray(set) ? set : [set];
    return maps.flatMap((m) => (m && typeof m === 'object' ? Object.keys(m) : []).flatMap((path) => {
      const why = prototypeKeyProblem(path.split('.').map((p) => p.trim()));
      return why ? [`options[${i}].set: ${path}: ${why}`] : [];
    }));
  });
}

/** Read and check a batch file; every problem is reported at once, naming the file and the field. */
export function readBatchFile(file: string): Batch {
  const raw = readStructuredFile(file, 'batch file');
  // Prototype keys are looked for in the file as read: the schema's record drops a `__proto__` key without a word,
  // which left an option equal to the baseline.
  const rawProblems = rawPrototypeKeys(raw);
  if (rawProblems.length) throw new InputError(file, rawProblems);
  const parsed = BatchSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(file, parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
  const b = parsed.data;
  const names = b.options.map((o) => printsAs(o.name));
  const problems = names.flatMap((n, i) => (n === printsAs(b.name) ? [`options[${i}].name: "${b.options[i].name}" is also the baseline's name (name:), or prints as it; give the option another`]
    : names.indexOf(n) !== i ? [`options[${i}].name: "${b.options[i].name}" is used twice, or prints as another option's name`] : []));
  b.options.forEach((o, i) => (Array.isArray(o.set) ? o.set : [o.set]).forEach((m) => Object.keys(m).forEach((path) => {
    const why = prototypeKeyProblem(path.split('.').map((p) => p.trim()));
    if (why) problems.push(`options[${i}].set: ${path}: ${why}`);
  })));
  if (problems.length) throw new InputError(file, problems);
  const here = (p: string) => resolve(dirname(file), p);
  return {
    file,
    baselineName: b.name,
    baseline: here(b.baseline),
    figures: b.figures,
    options: b.options.map((o, i) => {
      const pairs = (Array.isArray(o.set) ? o.set : [o.set]).flatMap((m) => Object.entries(m));
      const overrides: Record<string, unknown> = o.file ? { file: o.file } : {}; // prototype keys were refused above
      for (const [path, value] of pairs) overrides[path] = value;
      return {
        name: o.name,
        description: o.description.trim().replace(/\s+/g, ' '),
        file: o.file ? here(o.file) : here(b.baseline),
        settings: pairs.map(([path, value]) => ({ path, value, source: `options[${i}] "${o.name}" set` })),
        overrides,
      };
    }),
  };
}
