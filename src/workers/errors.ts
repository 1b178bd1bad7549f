/** The model threw while running replications [from, to); which one is found by re-running them alone. */
export class BatchFailedError extends Error {
  constructor(readonly from: number, readonly to: number, readonly modelMessage: string, readonly modelStack?: string) {
    super(`replications ${from}..${to - 1}: ${modelMessage}`);
  }
}

/** A batch whose worker thread died on every attempt (the first and each retry), or ran out of memory. */
export class WorkerLostError extends Error {
  constructor(readonly from: number, readonly to: number, readonly attempts: number, cause: unknown, message?: string) {
    super(message ?? (isOutOfMemory(cause)
      ? `replications ${from}..${to - 1}: the worker thread ran out of memory (${(cause as Error).message}); the scenario needs more memory per replication than a worker may use`
      : `replications ${from}..${to - 1}: the worker thread died ${attempts} times (${(cause as Error)?.message ?? cause})`));
  }
}

/** A batch that did not finish within the pool's time limit (a hung worker); not retried, and not re-run in the main thread. */
export class BatchTimeoutError extends WorkerLostError {
  constructor(from: number, to: number, readonly timeoutMs: number) {
    super(from, to, 1, null, `replications ${from}..${to - 1}: the batch did not finish within ${timeoutMs / 1000} s, so its worker thread was stopped`);
  }
}

/** Whether a worker thread's error is V8 stopping it for exceeding its memory limit. */
export function isOutOfMemory(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
