/**
 * How a command ends other than normally, as errors the top level
 * (exit-status.ts) turns into a message and an exit status.
 */

/** The model failed in a replication: exit 1, naming the replication and how to re-run it alone. */
export class ModelFailure extends Error {
  constructor(readonly replication: number, readonly seed: number, readonly modelMessage: string, readonly rerun: string) {
    super(`replication ${replication} (seed ${seed}) failed: ${modelMessage}\n  re-run it alone with: ${rerun}`);
  }
}

/** A signal stopped the command before anything worth writing finished. */
export class StoppedEarly extends Error {
  constructor(readonly exitStatus: number, what: string) {
    super(`stopped before any ${what} finished; nothing written`);
  }
}
