import { availableParallelism, totalmem } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { WORKER_HEAP_MIB } from '../workers/pool.js';

/**
 * Numbers on the command line are read as plain decimals only. `Number()`
 * alone would take `0x10` as 16, `1e3` as 1000 and ` 7 ` as 7, and
 * `parseFloat` takes `0.9x` as 0.9: a typo would run a different experiment
 * without a word.
 */
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$|^\.\d+$/;

/** A plain decimal (digits, one optional point), or undefined. */
export function strictDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/** A parser of a whole-number option from `min` to `max`, naming the value in the error. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = WHOLE.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number ${max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : `≥ ${min}`} written in decimal digits, got "${value}"`);
    }
    return n;
  };
}

/** A positive decimal, e.g. `0.05`. */
export function positiveNumber(value: string): number {
  const n = strictDecimal(value);
  if (n === undefined || !(n > 0)) throw new InvalidArgumentError(`expected a positive decimal number such as 0.05, got "${value}"`);
  return n;
}

/** A share strictly between 0 and 1, e.g. `0.95`. */
export function openShare(value: string): number {
  const n = strictDecimal(value);
  if (n === undefined || !(n > 0 && n < 1)) throw new InvalidArgumentError(`expected a decimal between 0 and 1 such as 0.95, got "${value}"`);
  return n;
}


/**
 * Most worker threads: modest oversubscription (4 per core) and no more than
 * the machine's memory holds at WORKER_HEAP_MIB (each thread's heap limit). 1,000 threads once
 * aborted V8 at 5-12 GB (issue 14).
 */
export function maxWorkers(): number {
  const byMemory = Math.floor(totalmem() / (WORKER_HEAP_MIB * 1024 * 1024));
  return Math.max(1, Math.min(4 * availableParallelism(), byMemory));
}

/** The `--workers` parser: 0 (this thread) to maxWorkers(). */
export function workerCount(value: string): number {
  const cap = maxWorkers();
  const n = wholeNumber(0, Number.MAX_SAFE_INTEGER)(value);
  if (n > cap) {
    throw new InvalidArgumentError(`at most ${cap} worker threads on this machine (4 per core, ${WORKER_HEAP_MIB} MiB each), got ${n}; more threads than that only add memory, not speed`);
  }
  return n;
}

/** A rate from 0 to below 1, e.g. `0.035` (a discount rate a year). */
export function rateBelowOne(value: string): number {
  const n = strictDecimal(value);
  if (n === undefined || !(n >= 0 && n < 1)) throw new InvalidArgumentError(`expected a decimal from 0 to below 1 such as 0.035, got "${value}"`);
  return n;
}

/** A folder name for `--out`: never empty (`--out "$OUTDIR"` with the variable unset would otherwise write nothing, exit 0). */
export function folderName(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a folder name, got an empty one (is the variable you passed empty?)');
  return value;
}
