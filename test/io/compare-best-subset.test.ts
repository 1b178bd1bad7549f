import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { compareCommand } from '../../src/io/commands/compare.js';
import type { CompareDocument } from '../../src/capacity/result-document.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HUB_LOSS = join(ROOT, 'scenarios', 'test', 'hub-loss.yaml');

describe('compare says which options the data cannot rule out as the best, not only which mean is lowest', () => {
  it('keeps an option identical to the baseline with the baseline, and rules out one dearer in every replication', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carecap-best-'));
    const file = join(dir, 'batch.yaml');
    // "Dearer beds" sees the same children as the baseline (common random numbers) and pays twice the Hub's fixed
    // price: £5,200 more per bed-week, 3 beds, in every replication. "Same as today" changes nothing.
    writeFileSync(file, `baseline: ${HUB_LOSS}
name: Today
options:
  - name: Dearer beds
    set: { services.hub.fixedWeeklyGbpPerBed: 10400 }
  - name: Same as today
    set: { services.hub.beds: 3 }
`);
    const out = join(dir, 'out');
    let printed = '';
    expect(await compareCommand(undefined, [], { batch: file, seed: 11, replications: 20, workers: 0, set: ['horizonYears=2'], json: false, out }, (s) => (printed += s))).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as CompareDocument;
    expect(doc.ranking?.rankedBy).toBe('meanCostDifference');
    expect(doc.ranking?.order).toEqual([1, 0]);
    expect(doc.ranking?.best).toEqual({ options: [1], baseline: true, confidence: 0.95, replications: 20 });
    expect(doc.options.map((o) => o.decision?.amongBest)).toEqual([false, true]);
    const sentence = 'On total cost, the data cannot separate Same as today and the baseline “Today”';
    expect(doc.ranking?.sentence).toContain(sentence);
    expect(printed.replace(/\s+/g, ' ')).toContain(sentence);
    // The baseline's total cost reads the same in each option's block (rounded to its own interval, not each difference's).
    const baselineCells = printed.split('\n').filter((l) => l.trim().startsWith('Total cost over the period')).map((l) => l.trim().split(/\s{2,}/)[1]);
    expect(baselineCells).toHaveLength(2);
    expect(new Set(baselineCells).size).toBe(1);
    const csv = readFileSync(join(out, 'decisions.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(csv[0].startsWith('rank,among_best,option,')).toBe(true);
    expect(csv.find((l) => l.includes('Dearer beds'))).toMatch(/^2,FALSE,Dearer beds,/);
    expect(csv.find((l) => l.includes('Same as today'))).toMatch(/^1,TRUE,Same as today,/);
    // The workbook carries the decision too, first, with money as £ and shares as %.
    const book = unzipSync(readFileSync(join(out, 'results.xlsx')));
    const sheets = [...strFromU8(book['xl/workbook.xml']).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Decisions', 'Differences', 'Figures', 'About']);
    expect(strFromU8(book['xl/sharedStrings.xml'])).toContain('Same as today');
    // Column H (npv_saving_gbp) of the first option's row is formatted as pounds: its style's number format is "£"#,##0.
    const styles = strFromU8(book['xl/styles.xml']);
    const style = Number(/<c r="H2" s="(\d+)"/.exec(strFromU8(book['xl/worksheets/sheet1.xml']))![1]);
    const xf = /numFmtId="(\d+)"/.exec([...styles.split('<cellXfs')[1].matchAll(/<xf[^>]*>/g)][style][0])![1];
    expect(styles).toMatch(new RegExp(`<numFmt numFmtId="${xf}" formatCode="&quot;£&quot;#,##0"`));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<span class="among-best">cannot be ruled out as the best<\/span>/g)).toHaveLength(1);
    expect(html).toContain(sentence);
    // The saving profile by financial year: a two-year run from 1 April 2026 has two columns; the dearer beds cost
    // 3 × £5,200 more every week of each year, which no replication can change: "worse" in both years.
    const profile = html.slice(html.indexOf('id="fy-profile"'), html.indexOf('</table>', html.indexOf('id="fy-profile"')));
    expect(profile).toContain('2026/27');
    expect(profile).toContain('2027/28');
    const dearer = profile.slice(profile.indexOf('Dearer beds'));
    expect(dearer.match(/<br>worse</g)).toHaveLength(2); // the verdict word, not the cell's class
    expect(dearer.match(/the same in every replication/g)).toHaveLength(2);
    // Neither option enters a purchase or set-up cost, and the page says so rather than leaving it unsaid.
    expect(html.match(/No one-off \(capital or set-up\) cost entered/g)).toHaveLength(2);
    expect(doc.options.map((o) => o.decision?.oneOffGbp)).toEqual([0, 0]);
  });
});
