import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../src/io/workbook.js';

/**
 * A sheet stays within what Excel holds (1,048,576 rows, 32,767 characters a cell): past them Excel opens the sheet
 * in part or calls the workbook damaged (hostile review 7). Tested at small limits, which the same code applies.
 */
describe('the workbook within Excel\'s limits', () => {
  const table = (rows: number) => ({ name: 'weekly', header: ['week', 'mean'], rows: Array.from({ length: rows }, (_, i) => [`w${i}`, i]) });

  it('keeps a table that fits whole, and cuts one that does not, its last row saying how many rows are left out and where they are', () => {
    const limits = { rows: 6, cellCharacters: 100 };
    expect(sheetOf(table(5), limits).data).toHaveLength(6); // header + 5 rows: the sheet's 6 rows exactly
    const cut = sheetOf(table(9), limits).data;
    expect(cut).toHaveLength(6);
    expect(cut.slice(1, 5).map((r) => r[0]?.value)).toEqual(['w0', 'w1', 'w2', 'w3']);
    expect(cut[5][0]?.value).toBe('5 more rows are not in this sheet (an Excel sheet holds 6 rows); every row is in the CSV files and results.json');
  });

  it('cuts a text longer than a cell holds, saying so, to exactly the cell\'s length', () => {
    const limits = { rows: 10, cellCharacters: 120 };
    const long = 'x'.repeat(500);
    const [, row] = sheetOf({ name: 'about', header: ['item', 'value'], rows: [['description', long]] }, limits).data;
    const text = String(row[1]?.value);
    expect(text).toHaveLength(120);
    expect(text).toMatch(/^x+ … \(cut here: an Excel cell holds 32,767 characters; the whole text is in results\.json\)$/);
    expect(sheetOf({ name: 'about', header: ['item', 'value'], rows: [['description', 'short']] }, limits).data[1][1]?.value).toBe('short');
  });
});
