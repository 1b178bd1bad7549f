/** The model threw while running replications [from, to); which one is found by re-running them alone. */
export class BatchFailedError extends Error {
  constructor(readonly from: number, readonly to: number, readonly modelMessage: string, readonly modelStack?: string) {
    super(`replications ${from}..${to - 1}: ${modelMessage}`);
  }
}

/** A batch whose worker thread died on every attempt (the first and each retry). */
export class WorkerLostError extends Error {
  constructor(readonly from: number, readonly to: number, readonly attempts: number, cause: unknown) {
    super(`replications ${from}..${to - 1}: the worker thread died ${attempts} times (${(cause as Error)?.message ?? cause})`);
  }
}
