import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareDocument, ResultDocument, RunDocument, SizeDocument } from '../../src/capacity/result-document.js';
import { formatMeanPm } from '../../src/report/format-interval.js';
import { headlineFigures } from '../../src/report/run-answer.js';
import { optionOrder } from '../../src/report/compare-answer.js';
import { configNumber } from '../../src/report/size-words.js';
import { cutTables, firstScreenText, overlappingLabels } from './page-checks.js';

/**
 * Reports of real result folders, written by the CLI (dist/src/cli.js, built
 * by `npm test`) on small runs of the default scenario, opened in Debian's
 * Chromium at 1366×900: the answer with its intervals is on the first
 * screen, no chart label overlaps another, and at A4 print width no table or
 * chart is cut. First screens are saved to out/ for a person to look at.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const SCREEN = { width: 1366, height: 900 };
/** A4 portrait (210 mm) less 12 mm margins each side, at 96 px per inch. */
const A4_TEXT_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);
const SCENARIO = 'scenarios/leicestershire.yaml';

const COMMANDS: Record<'run' | 'compare' | 'size', string[]> = {
  run: ['run', SCENARIO, '--replications', '12'],
  compare: ['compare', '--batch', 'scenarios/options/seeds-choices.yaml', '--replications', '8'],
  size: ['size', SCENARIO, '--vary', 'services.hub.beds=2..4', '--target', 'spillover.share<=0.6', '--replications', '30', '--initial', '10'],
};

/** Runs the CLI into `folder`; fails the test with its stderr if it does not exit 0. */
function cli(args: string[], folder: string): ResultDocument {
  const r = spawnSync(process.execPath, ['dist/src/cli.js', ...args, '--seed', '11', '--workers', '2', '--out', folder], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`carecap ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(readFileSync(join(folder, 'results.json'), 'utf8')) as ResultDocument;
}

/** What the first screen must say, from the document itself. */
function expectedOnFirstScreen(doc: ResultDocument): string[] {
  if (doc.kind === 'run') return headlineFigures((doc as RunDocument).figures).map((h) => formatMeanPm(h.figure.mean, h.figure.ci95, h.figure.unit));
  if (doc.kind === 'compare') return optionOrder(doc as CompareDocument).map((i) => doc.options[i].name);
  const size = doc as SizeDocument;
  const chosen = size.chosen === null ? undefined : size.configurations[size.chosen];
  const cost = chosen?.figures.find((f) => f.id === size.objective);
  // No recommendation (none feasible, stopped, capped): the statement says why.
  return chosen && cost ? [configNumber(size.chosen!), formatMeanPm(cost.mean, cost.ci95, cost.unit)] : [size.statement ?? 'No configuration'];
}

describe.skipIf(!existsSync(CHROMIUM) || !existsSync('dist/src/cli.js'))('reports of real results: the answer first', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'carecap-first-screen-'));
    mkdirSync('out', { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(folder: string): Promise<Page> {
    const page = await browser.newPage({ viewport: SCREEN });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(join(folder, 'report.html')).href);
    await page.waitForSelector('body[data-plots]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-plots')).toBe('ready');
    expect(errors).toEqual([]);
    return page;
  }

  for (const kind of ['run', 'compare', 'size'] as const) {
    it(`${kind}: first screen holds the answer with intervals; labels do not overlap; prints at A4 width uncut`, async () => {
      const folder = join(dir, kind);
      const doc = cli(COMMANDS[kind], folder);
      const page = await open(folder);
      await page.screenshot({ path: `out/report-${kind}-first-screen.png` });

      const text = await firstScreenText(page, SCREEN.height);
      expect(text).toMatch(/The answer/);
      for (const s of expectedOnFirstScreen(doc)) expect(text, s).toContain(s);
      // Intervals: "±" for means, "a to b" for differences and spreads.
      expect(text).toMatch(kind === 'compare' ? /[+−]\S+ to [+−]?\S+/ : /±/);

      expect(await overlappingLabels(page)).toEqual([]);
      expect(await cutTables(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_TEXT_WIDTH_PX, height: 1100 });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForTimeout(300);
      expect(await cutTables(page)).toEqual([]);
      await page.close();
    });
  }
});
