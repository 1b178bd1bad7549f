import { describe, expect, it } from 'vitest';
import { ProgressBar, progressLine } from '../../src/io/progress.js';
import { defaultBatchSize } from '../../src/io/commands/run.js';

describe('progress bar', () => {
  it('shows done/total, rate and time left', () => {
    expect(progressLine(250, 1000, { done: 250, seconds: 5 })).toBe('[######------------------] 250/1000  50/s  15s left');
    expect(progressLine(0, 1000)).toBe('[------------------------] 0/1000  estimating time left');
  });

  it('measures the rate from the first result, so start-up does not inflate the first estimate', () => {
    const written: string[] = [];
    let t = 0;
    const bar = new ProgressBar(100, { isTTY: true, write: (s) => written.push(s) }, () => t);
    // Workers take 3 s to start; then 10 replications a second.
    t = 3000; bar.update(1);
    t = 4000; bar.update(11);
    expect(written.at(-1)).toContain('9s left');
    expect(written[0]).toContain('estimating');
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
