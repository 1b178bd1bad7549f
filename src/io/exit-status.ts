import { CommanderError } from 'commander';
import { InputError } from './input-error.js';
import { ModelFailure, StoppedEarly } from './command-failure.js';
import { terminalSafe } from './terminal-text.js';

/** Exit statuses of every command (docs/running.md). */
export const EXIT = { ok: 0, failed: 1, badInput: 2, interrupted: 130, terminated: 143 } as const;

/**
 * The exit status for an error that ended a command, with its message
 * written to `write` (stderr): bad input 2, a model failure 1 with the
 * re-run command, a signal 130/143. Anything else is a bug in carecap: one
 * line saying so, exit 1, and the stack only when CARECAP_DEBUG is set,
 * because a stack trace tells a user nothing they can act on.
 */
export function exitStatusOf(err: unknown, write: (s: string) => void): number {
  const say = (s: string) => write(`${terminalSafe(s)}\n`);
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badInput; // commander printed it
  if (err instanceof InputError) {
    say(err.message);
    return EXIT.badInput;
  }
  if (err instanceof ModelFailure) {
    say(`carecap: ${err.message}`);
    return EXIT.failed;
  }
  if (err instanceof StoppedEarly) {
    say(`carecap: ${err.message}`);
    return err.exitStatus;
  }
  const e = err as Error;
  say(`carecap: internal error: ${e?.message ?? String(err)}${process.env.CARECAP_DEBUG ? `\n${e?.stack}` : ' (set CARECAP_DEBUG=1 for details, and please report it)'}`);
  return EXIT.failed;
}

/** Runs a command function and returns its exit status, never throwing. */
export async function statusOf(command: () => Promise<number> | number, write: (s: string) => void): Promise<number> {
  try {
    return await command();
  } catch (err) {
    return exitStatusOf(err, write);
  }
}
