import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Relative modules a source file imports statically (`import … from`, `export … from`), not `await import(…)`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

/** Every package reached from `entry` through static imports alone. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

describe('the queue is optional', () => {
  it('carecap loads BullMQ and ioredis only by dynamic import (for worker or --queue)', () => {
    const reached = packagesReached(join(ROOT, 'src', 'cli.ts'));
    expect(reached.has('commander')).toBe(true); // the walk does reach the CLI's own packages
    expect([...reached].filter((p) => p === 'bullmq' || p === 'ioredis')).toEqual([]);
  });

  it('the queue code does use them (so the check above can fail)', () => {
    expect(packagesReached(join(ROOT, 'src', 'io', 'queue', 'submitter.ts')).has('bullmq')).toBe(true);
    expect(packagesReached(join(ROOT, 'src', 'io', 'commands', 'worker.ts')).has('ioredis')).toBe(true);
  });
});
