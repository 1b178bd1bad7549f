import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * `npm run bench:reports`: for each report kind, the size of report.html and
 * the time to its charts drawn, as one JSON line each. The results folders
 * are written by the CLI (the default scenario: run 200 replications; the
 * seeds' choices compared on 100; Hub beds 2..5 × outreach 8..12 sized).
 * Each report is loaded 5 times in a fresh page of Debian's Chromium at
 * 1366×900; times are from navigation start (performance.now() in the page)
 * to the first contentful paint (the answer, plain HTML, is on screen), to
 * `data-first-screen` (charts in view drawn) and `data-plots="ready"`
 * (every chart drawn); the medians are printed.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const LOADS = 5;
const SCENARIO = 'scenarios/leicestershire.yaml';
const COMMANDS: Record<string, string[]> = {
  run: ['run', SCENARIO, '--replications', '200'],
  compare: ['compare', '--batch', 'scenarios/options/seeds-choices.yaml', '--replications', '100'],
  size: ['size', SCENARIO, '--vary', 'services.hub.beds=2..5', '--vary', 'services.outreach.slots=8..12', '--target', 'spillover.share<=0.55', '--replications', '80'],
};

function cli(args: string[], folder: string): void {
  const r = spawnSync(process.execPath, ['dist/src/cli.js', ...args, '--seed', '20260401', '--out', folder], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: carecap ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One load: ms from navigation start to the first screen's charts and to all charts. */
async function load(browser: Browser, file: string): Promise<{ paintMs: number; firstMs: number; allMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    new MutationObserver(() => {
      if (document.body?.hasAttribute('data-first-screen') && !marks.first) marks.first = performance.now();
      if (document.body?.getAttribute('data-plots') === 'ready' && !marks.all) marks.all = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first-screen', 'data-plots'] });
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-plots="ready"]', { timeout: 120_000 });
  const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.close();
  return { paintMs: Math.round(paint), firstMs: Math.round(marks.first), allMs: Math.round(marks.all) };
}

const dir = mkdtempSync(join(tmpdir(), 'carecap-bench-reports-'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  for (const [kind, args] of Object.entries(COMMANDS)) {
    const folder = join(dir, kind);
    cli(args, folder);
    const file = join(folder, 'report.html');
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await load(browser, file));
    process.stdout.write(`${JSON.stringify({
      case: `report: ${kind}`, bytes: statSync(file).size, loads: LOADS,
      firstPaintMs: median(loads.map((l) => l.paintMs)), firstScreenMs: median(loads.map((l) => l.firstMs)), allChartsMs: median(loads.map((l) => l.allMs)),
      firstScreenMsEach: loads.map((l) => l.firstMs), allChartsMsEach: loads.map((l) => l.allMs),
    })}\n`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
