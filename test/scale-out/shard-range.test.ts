import { describe, expect, it } from 'vitest';
import { parseShard, shardRange } from '../../src/io/shard-header.js';
import { coverageProblems, type ShardOnDisk } from '../../src/io/shard-check.js';

describe('shard ranges', () => {
  it('n shards hold every index 0 … N − 1 exactly once, in order, sizes differing by at most one', () => {
    for (const replications of [0, 1, 2, 7, 21, 1000, 20001]) {
      for (const count of [1, 2, 3, 7, 16, 50]) {
        const ranges = Array.from({ length: count }, (_, index) => shardRange({ index, count }, replications));
        expect(ranges[0].from).toBe(0);
        expect(ranges[count - 1].to).toBe(replications);
        ranges.slice(1).forEach((r, k) => expect(r.from).toBe(ranges[k].to));
        const sizes = ranges.map((r) => r.to - r.from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('parses i/n numbered from 0 and refuses anything else', () => {
    expect(parseShard('3/7')).toEqual({ index: 3, count: 7 });
    expect(parseShard(' 0/1 ')).toEqual({ index: 0, count: 1 });
    for (const bad of ['7/7', '1', 'a/b', '0/0', '-1/3', '1.5/3', '']) expect(() => parseShard(bad), bad).toThrow(/expected i\/n/);
  });
});

describe('coverage of a set of shards', () => {
  const shard = (path: string, from: number, to: number) => ({ path, header: { from, to } }) as unknown as ShardOnDisk;

  it('accepts shards given in any order that tile the indices', () => {
    expect(coverageProblems([shard('b', 5, 10), shard('a', 0, 5)], 10)).toEqual([]);
  });

  it('names gaps at the start, in the middle and at the end, and overlaps with both files', () => {
    expect(coverageProblems([shard('a', 2, 4), shard('b', 5, 8)], 10)).toEqual([
      'missing shard: replications 0..1 are in no shard given',
      'missing shard: replications 4..4 are in no shard given',
      'missing shard: replications 8..9 are in no shard given',
    ]);
    expect(coverageProblems([shard('a', 0, 6), shard('b', 4, 10)], 10)).toEqual(['duplicated replications 4..5: in a and b']);
  });

  it('ignores empty shards (more shards than replications)', () => {
    expect(coverageProblems([shard('a', 0, 0), shard('b', 0, 1)], 1)).toEqual([]);
  });
});
