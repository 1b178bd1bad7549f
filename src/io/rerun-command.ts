/**
 * The command line that re-runs one replication of a scenario file with these `--set` overrides. Each
 * argument is single-quoted for a POSIX shell, so a file name or value with `$(…)`, backquotes, `!` or
 * spaces is passed as typed, never expanded, when the line is pasted (hostile review 3).
 */
export function rerunCommand(file: string, sets: string[], seed: number, replication: number): string {
  return `carecap run ${shellQuote(file)} --seed ${seed}${sets.map((x) => ` --set ${shellQuote(x)}`).join('')} --replication ${replication}`;
}

/** One shell word: bare when it holds only safe characters, else in single quotes (a quote inside as '\''). */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=,+@%-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
