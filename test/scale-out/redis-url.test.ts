import { describe, expect, it } from 'vitest';
import { checkRedisUrl, probeRedis, shownUrl } from '../../src/io/queue/connect.js';
import { InputError } from '../../src/io/input-error.js';

/** A Redis URL's mistakes are bad input (exit 2) naming the option; a password never reaches a message. */
describe('Redis URLs', () => {
  const problem = (f: () => void) => {
    try {
      f();
    } catch (err) {
      if (err instanceof InputError) return `${err.file}: ${err.problems.join('; ')}`;
      throw err;
    }
    return '';
  };

  it('a port out of range, a broken host or another scheme is refused by the option, not an internal error', () => {
    expect(problem(() => checkRedisUrl('redis://host:99999', '--queue'))).toBe('--queue: "redis://host:99999" is not a URL; expected redis://host:port, e.g. redis://127.0.0.1:6379');
    expect(problem(() => checkRedisUrl('redis://[::1', '--redis'))).toMatch(/^--redis: "redis:\/\/\[::1" is not a URL/);
    expect(problem(() => checkRedisUrl('http://x', '--queue'))).toMatch(/expected a redis:\/\/ or rediss:\/\/ URL, got http:/);
    expect(problem(() => checkRedisUrl('redis://127.0.0.1:6379', '--queue'))).toBe('');
  });

  it('hides a password in every URL it prints', async () => {
    expect(shownUrl('redis://:secret@127.0.0.1:1/abc')).toBe('redis://:***@127.0.0.1:1/abc');
    expect(shownUrl('redis://user:secret@[::1')).toBe('redis://user:***@[::1');
    const err = await probeRedis('redis://:secret@127.0.0.1:1/0', '--queue').then(() => null, (e: Error) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err!.message).toContain('cannot reach Redis at redis://:***@127.0.0.1:1/0');
    expect(err!.message).not.toContain('secret');
  });
});
