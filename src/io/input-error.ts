/**
 * Bad input from the user: a file, a field and the rule it breaks. The CLI
 * prints every line and exits with status 2 before writing anything.
 */
export class InputError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
  }
}
