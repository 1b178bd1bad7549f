import { describe, expect, it } from 'vitest';
import { formatComparison } from '../../src/io/compare-table.js';
import { runTable } from '../../src/io/run-table.js';
import { formatSizing } from '../../src/io/size-table.js';
import { textTable } from '../../src/io/text-table.js';
import { compareDocument, runDocument, sizeDocument } from './fixtures.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('terminal tables fit 100 columns', () => {
  it('cuts a label that is one word too long for the column, never the numbers', () => {
    const lines = textTable([{ header: 'Figure', shrink: true }, { header: 'Mean', right: true }], [['x'.repeat(200), '£245.8m ± £1.1m']], 40);
    expect([...lines[1]].length).toBeLessThanOrEqual(40);
    expect(lines[1]).toMatch(/…\s+£245\.8m ± £1\.1m$/);
  });
  it('wraps a long label onto more lines, so its end (the unit) is read, the numbers on its first line', () => {
    const label = 'Outreach: mean wait before support (all starts) (days)';
    const lines = textTable([{ header: 'Figure', shrink: true }, { header: 'Mean', right: true }], [[label, '14.6 ± 0.3']], 40);
    expect(lines.every((l) => [...l].length <= 40)).toBe(true);
    expect(lines[1]).toMatch(/^ {2}Outreach: mean wait before\s+14\.6 ± 0\.3$/);
    expect(lines.slice(1).map((l) => l.trim().replace(/\s+14\.6 ± 0\.3$/, '')).join(' ')).toBe(label);
    expect(lines.join('\n')).not.toContain('…');
  });
  it('run, compare and size views of long-named documents stay within 100 columns', () => {
    expect(widest(runTable(runDocument()).join('\n'))).toBeLessThanOrEqual(100);
    expect(widest(formatComparison(compareDocument()))).toBeLessThanOrEqual(100);
    expect(widest(formatSizing(sizeDocument()))).toBeLessThanOrEqual(100);
  });
  it('numbers configurations from 1 and uses the report\'s words', () => {
    const text = formatSizing(sizeDocument());
    expect(text).toMatch(/^ *#1 /m);
    expect(text).not.toMatch(/\bunclear\b/);
    expect(text).toMatch(/meets the target|fails the target|cannot tell yet/);
  });
});
