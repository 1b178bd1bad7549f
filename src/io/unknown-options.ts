import type { Command } from 'commander';

/**
 * Commander checks required options before unknown ones, so a typo in a
 * required option (`--sed 1` for `--seed 1`) was reported as "required
 * option '--seed' not specified", hiding the word the user typed. This looks
 * at the command line first: the first `--long` word the chosen command does
 * not know is reported as unknown, with the nearest known option, before
 * anything else is checked. Only long options are looked at (a short one may
 * be a cluster such as `-r5`), and nothing after a bare `--`.
 */
export function checkUnknownOptions(program: Command, args: string[]): void {
  const command = program.commands.find((c) => c.name() === args[0] || c.aliases().includes(args[0]));
  if (!command) return;
  const known = new Set(['--help', ...command.options.flatMap((o) => (o.long ? [o.long] : []))]);
  for (const word of args.slice(1)) {
    if (word === '--') return;
    if (!word.startsWith('--')) continue;
    const flag = word.split('=')[0];
    if (known.has(flag)) continue;
    const near = nearest(flag, [...known]);
    command.error(`error: unknown option '${flag}'${near ? ` (Did you mean ${near}?)` : ''}`, { code: 'commander.unknownOption', exitCode: 2 });
  }
}

/** The known flag closest to `flag` by edit distance, when close enough to be a typo (at most 2 edits, and under half its length). */
function nearest(flag: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(flag.slice(2), k.slice(2));
    if (d < bestDistance && d <= 2 && d < k.length / 2) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
