import { Redis } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';
import { InputError } from '../input-error.js';

/** A connection for carecap's own keys (BullMQ's setting: maxRetriesPerRequest null, it retries itself). */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * Connection options for BullMQ's Queue, QueueEvents and Worker: a URL, not a
 * connection, so BullMQ opens and closes its own (a connection it is given
 * is left open, and keeps the process alive).
 */
export function bullConnection(url: string): ConnectionOptions {
  return { url, maxRetriesPerRequest: null };
}

/**
 * Checks Redis answers at `url` before anything is queued, so a wrong URL or
 * a stopped server is one clear line (exit 2) instead of ioredis retrying
 * for ever. `flag` names the option the URL came from.
 */
export async function probeRedis(url: string, flag: string): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  probe.on('error', () => undefined); // reported below, once
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new InputError(flag, [`cannot reach Redis at ${url} (${(err as Error).message})`]);
  } finally {
    probe.disconnect();
  }
}
