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
  checkRedisUrl(url, flag);
  let probe: Redis;
  try {
    probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  } catch (err) {
    throw new InputError(flag, [`"${shownUrl(url)}" is not a Redis URL ioredis accepts (${(err as Error).message}); expected redis://host:port`]);
  }
  probe.on('error', () => undefined); // reported below, once
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new InputError(flag, [`cannot reach Redis at ${shownUrl(url)} (${(err as Error).message.split(url).join(shownUrl(url))})`]);
  } finally {
    probe.disconnect();
  }
}

/** A URL as it may be printed: any password replaced by ***, so it never reaches a terminal or a log. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/** A Redis URL must parse (redis:// or rediss://, a host, a port in range): otherwise exit 2 naming the option. */
export function checkRedisUrl(url: string, flag: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError(flag, [`"${shownUrl(url)}" is not a URL; expected redis://host:port, e.g. redis://127.0.0.1:6379`]);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new InputError(flag, [`"${shownUrl(url)}": expected a redis:// or rediss:// URL, got ${u.protocol}`]);
  if (!u.hostname) throw new InputError(flag, [`"${shownUrl(url)}": no host; expected redis://host:port`]);
}
