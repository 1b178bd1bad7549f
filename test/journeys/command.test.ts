/** The journeys command end to end: table, JSON and bad files (exit 2). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeysCommand } from '../../src/io/journeys-command.js';
import { InputError } from '../../src/io/input-error.js';
import { JOURNEYS_2020 } from './helpers.js';

/** The command as the CLI runs it: stdout's text and the exit status, bad input (an InputError, on stderr) as exit 2. */
async function run(file: string, json = false): Promise<{ code: number; text: string; stdout: string }> {
  const chunks: string[] = [];
  try {
    const code = await journeysCommand(file, { json }, (s) => chunks.push(s));
    return { code, text: chunks.join('\n'), stdout: chunks.join('\n') };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { code: 2, text: err.message, stdout: chunks.join('\n') };
  }
}

function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'carecap-journeys-')), name);
  writeFileSync(path, text);
  return path;
}

const original = readFileSync(JOURNEYS_2020, 'utf8');

describe('journeysCommand', () => {
  it('prints a per-child table of stated and recomputed figures, then the flags', async () => {
    const { code, text } = await run(JOURNEYS_2020);
    expect(code).toBe(0);
    expect(text).toMatch(/^2\s+£155,380\s+£155,380\s+£151,920\s+£159,840\s+£3,460\s+-£4,460\s+2$/m);
    expect(text).toMatch(/^6\s+£280,041\s+£279,774\.86\s+£222,564\s+£222,564\s+£57,477\s+£57,210\.86\s+3$/m);
    expect(text).toContain('13 flags:');
    expect(text).toContain('- child 1, actual, row 2 (Connected Person) [row-total]: stated £1,300 but 8 weeks x £163 = £1,304');
  });

  it('prints one JSON document with --json', async () => {
    const { code, text } = await run(JOURNEYS_2020, true);
    expect(code).toBe(0);
    const doc = JSON.parse(text);
    expect(doc.children).toHaveLength(13);
    expect(doc.flags).toHaveLength(13);
    expect(doc.children[0]).toEqual({
      child: 1,
      actual: { statedGbp: 14860, recomputedGbp: 14864 },
      anticipated: { statedGbp: 22100, recomputedGbp: 22104 },
      difference: { narrativeGbp: -7240, statedGbp: -7240, recomputedGbp: -7240 },
    });
  });

  it('exits 2 naming the file, the field and the rule for a bad duration', async () => {
    const bad = writeTemp('bad-duration.yaml', original.replace('duration: 8 weeks, weeklyCostGbp: 163', 'duration: eight weeks, weeklyCostGbp: 163'));
    const { code, text } = await run(bad);
    expect(code).toBe(2);
    expect(text).toContain(`${bad}: children.0.actual.rows.1.duration: must start with "<n> days|weeks|months" or be "One-off"`);
  });

  it('exits 2 for a cost that is not pounds, and reports every problem at once', async () => {
    const bad = writeTemp('bad-cost.yaml', original
      .replace('weeklyCostGbp: 3390', 'weeklyCostGbp: "£3,390"')
      .replace('direction: increased', 'direction: dearer'));
    const { code, text } = await run(bad);
    expect(code).toBe(2);
    expect(text).toContain('children.0.actual.rows.0.weeklyCostGbp: must be a whole, non-negative number of pounds or "TOIL"');
    expect(text).toContain('children.0.narrativeDifference.direction: must be "avoided", "increased" or "additional"');
  });

  it('exits 2 for a missing field and for an unknown one', async () => {
    const bad = writeTemp('missing.yaml', original.replace('    actual:\n      statedTotalGbp: 14860\n', '    actual:\n      totalGbp: 14860\n'));
    const { code, text } = await run(bad);
    expect(code).toBe(2);
    expect(text).toContain('children.0.actual.statedTotalGbp: must be a number of pounds');
    expect(text).toContain('children.0.actual: Unrecognized key: "totalGbp"');
  });

  it('exits 2 for YAML that does not parse and for a file that is not there', async () => {
    const broken = writeTemp('broken.yaml', 'children: [ {child: 1\n');
    expect(await run(broken)).toMatchObject({ code: 2, text: expect.stringContaining(`${broken}: not valid YAML`) });
    const missing = join(tmpdir(), 'no-such-journeys.yaml');
    expect(await run(missing)).toMatchObject({ code: 2, text: expect.stringContaining(`${missing}: cannot read the journeys file (ENOENT)`) });
  });

  it('prints bad input on stderr, never on stdout (where --json readers look), and refuses a pipe', async () => {
    const bad = writeTemp('bad-duration.yaml', original.replace('duration: 8 weeks, weeklyCostGbp: 163', 'duration: eight weeks, weeklyCostGbp: 163'));
    const r = await run(bad, true);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const fifo = join(mkdtempSync(join(tmpdir(), 'carecap-journeys-')), 'pipe');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      const p = await run(fifo);
      expect(p.code).toBe(2);
      expect(p.text).toContain('not a regular file');
    }
  });

  it('refuses two children with one number (their flags would read as one child\'s)', async () => {
    const twice = writeTemp('twice.yaml', original.replace(/child: 2\b/, 'child: 1'));
    const r = await run(twice);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/children\.1\.child: child 1 is listed twice \(also children\.0\)/);
  });

  it('refuses a duration longer than a childhood (1e20 weeks once passed)', async () => {
    const long = writeTemp('long.yaml', original.replace('duration: 8 weeks, weeklyCostGbp: 163', 'duration: 100000000000000000000 weeks, weeklyCostGbp: 163'));
    const r = await run(long);
    expect(r.code).toBe(2);
    expect(r.text).toContain('children.0.actual.rows.1.duration: must be at most 936 weeks (18 years)');
  });
});

