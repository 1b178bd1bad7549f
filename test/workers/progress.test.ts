import { describe, expect, it } from 'vitest';
import { ProgressBar, progressLine } from '../../src/io/progress.js';
import { defaultBatchSize } from '../../src/io/commands/run.js';

describe('progress bar', () => {
  it('shows done/total, rate and time left', () => {
    expect(progressLine(250, 1000, 5)).toBe('[######------------------] 250/1000  50/s  15s left');
  });

  it('draws nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const bar = new ProgressBar(10, { isTTY: false, write: (s) => written.push(s) });
    bar.update(10);
    bar.done();
    expect(written).toEqual([]);
  });

  it('draws on a terminal and clears the line at the end', () => {
    const written: string[] = [];
    let t = 0;
    const bar = new ProgressBar(10, { isTTY: true, write: (s) => written.push(s) }, () => (t += 1000));
    bar.update(5);
    bar.done();
    expect(written[0]).toContain('5/10');
    expect(written.at(-1)).toBe('\r\x1b[K');
  });
});

describe('default batch size', () => {
  it('aims at eight batches per worker, 10 to 200 replications each', () => {
    expect(defaultBatchSize(1000, 2)).toBe(63);
    expect(defaultBatchSize(50, 4)).toBe(10);
    expect(defaultBatchSize(100000, 2)).toBe(200);
    expect(defaultBatchSize(1000, 0)).toBe(125);
  });
});
