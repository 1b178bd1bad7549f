import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/io/csv.js';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { configurationsTable, replicationsTable, summaryTable, weeklyTable } from '../../src/io/result-tables.js';
import { writeSummaryCsv } from '../../src/io/summary-csv.js';
import { writeWorkbook } from '../../src/io/workbook.js';
import { writeReport } from '../../src/io/report-command.js';
import { compareDocument, runDocument, sizeDocument } from './fixtures.js';

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text that Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });
  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvCell(-1234.5)).toBe('-1234.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('TRUE');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const text = toCsv(['id', 'value'], [['£ cost', 1], ['x', -2]]);
    expect(text.startsWith('\uFEFFid,value\r\n')).toBe(true);
    expect(text).toBe('\uFEFFid,value\r\n£ cost,1\r\nx,-2\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('tables', () => {
  it('summary has one row per figure', () => {
    const doc = runDocument();
    expect(summaryTable(doc).rows).toHaveLength(doc.figures.length);
    const cmp = compareDocument();
    expect(summaryTable(cmp).rows).toHaveLength(cmp.baseline.figures.length * (1 + cmp.options.length));
  });
  it('weekly bands leave capacity blank for a series with no places, and keep it where there are', () => {
    const doc = runDocument();
    const noPlaces = { ...doc.series[0], id: 'ooc', capacity: doc.series[0].capacity.map(() => 0) };
    const t = weeklyTable({ ...doc, series: [doc.series[0], noPlaces] });
    const capacity = t.header.indexOf('capacity');
    expect(t.rows.filter((r) => r[0] === 'ooc').every((r) => r[capacity] === null)).toBe(true);
    expect(t.rows.filter((r) => r[0] === doc.series[0].id).every((r) => typeof r[capacity] === 'number')).toBe(true);
  });
  it('configurations are numbered from 1 and figure columns carry their unit', () => {
    const t = configurationsTable(sizeDocument());
    expect(t.rows.map((r) => r[0])).toEqual(sizeDocument().configurations.map((_, i) => i + 1));
    expect(t.header).toContain('cost.total mean (£)');
    expect(t.header).toContain('spillover.count ci95_high (count)');
  });
  it('replications are sorted by index with one column per scalar', () => {
    const t = replicationsTable(
      { scalars: [{ id: 'a', label: 'A', unit: 'count', group: 'g' }], series: [], weekStarts: [] },
      [{ replication: 1, events: 10, values: [2], weekly: [] }, { replication: 0, events: 9, values: [1], weekly: [] }],
    );
    expect(t.header).toEqual(['replication', 'events', 'a (count)']);
    expect(t.rows).toEqual([[0, 9, 1], [1, 10, 2]]);
  });
});

describe('files', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'carecap-io-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes atomically and leaves no temporary files', async () => {
    const path = join(dir, 'a.txt');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    expect(await readFile(path, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('writes summary.csv that a CSV reader splits into the right cells', async () => {
    const path = join(dir, 'summary.csv');
    await writeSummaryCsv(runDocument(), path);
    const text = await readFile(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('\uFEFFid,label,group,unit,n,mean,sd,ci95_low,ci95_high,p2_5,p10,p50,p90,p97_5,min,max');
  });

  /** The parts of an xlsx (a zip of XML files) a test reads: sheet names, sheet XML, number formats. */
  function openXlsx(bytes: Uint8Array): { names: string[]; sheet: (i: number) => string; styles: string } {
    const zip = unzipSync(bytes);
    const names = [...strFromU8(zip['xl/workbook.xml']).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    return { names, sheet: (i) => strFromU8(zip[`xl/worksheets/sheet${i + 1}.xml`]), styles: strFromU8(zip['xl/styles.xml']) };
  }

  for (const doc of [runDocument(), compareDocument(), sizeDocument()]) {
    it(`writes a workbook with one sheet per table, frozen header, £ and % formats (${doc.kind})`, async () => {
      const path = join(dir, `${doc.kind}.xlsx`);
      await writeWorkbook(doc, path);
      const book = openXlsx(await readFile(path));
      expect(book.names).toEqual({ run: ['Figures', 'Weekly', 'About'], compare: ['Differences', 'Figures', 'About'], size: ['Configurations', 'Figures', 'About'] }[doc.kind]);
      for (let i = 0; i < book.names.length; i++) expect(book.sheet(i)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(book.styles).toContain('formatCode="&quot;£&quot;#,##0"');
      expect(book.styles).toContain('formatCode="0.0%"');
      if (doc.kind === 'run') {
        expect(book.styles).toContain('formatCode="dd/mm/yyyy"');
        expect(book.sheet(1).match(/<row /g)).toHaveLength(1 + 5 * 260);
        // Row 2, column F (mean) is a number cell in full precision, not text.
        expect(book.sheet(0)).toMatch(new RegExp(`<c r="F2"[^>]*><v>${doc.figures[0].mean}</v>`));
      }
    });
  }

  it('writeReport reads results.json and writes report.html', async () => {
    const folder = await mkdtemp(join(dir, 'run-'));
    await writeFileAtomic(join(folder, 'results.json'), JSON.stringify(runDocument()));
    await writeReport(folder);
    const page = await readFile(join(folder, 'report.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('plotly.js v');
  });

  it('writeReport names the file when results.json is not a result document', async () => {
    const folder = await mkdtemp(join(dir, 'bad-'));
    await writeFileAtomic(join(folder, 'results.json'), '{"kind":"banana"}');
    await expect(writeReport(folder)).rejects.toThrow(/results\.json: kind: must be one of run, compare, size/);
  });
});
