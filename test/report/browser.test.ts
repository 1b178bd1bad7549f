import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../src/capacity/result-document.js';
import { readPlotlyBundle, renderReport } from '../../src/report/index.js';
import { compareDocument, runDocument, sizeDocument } from './fixtures.js';

/**
 * Opens each kind of report in Debian's Chromium with the network blocked and
 * checks that every chart drew, that nothing logged an error or broke the CSP,
 * and that hostile names did not run. Screenshots go to /tmp for a human look.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const cases: { name: string; doc: ResultDocument; charts: string[] }[] = [
  { name: 'run', doc: runDocument({ partial: true }), charts: ['children-over-time',
    'occupancy-hub', 'occupancy-houses', 'occupancy-homes', 'occupancy-outreach', 'occupancy-external',
    'time-full-chart', 'spillover-chart-1', 'spillover-chart-2', 'cost-by-year', 'cost-distribution',
    'outreach-chart-1', 'outreach-chart-2', 'stability-chart-1', 'stability-chart-2'] },
  { name: 'compare', doc: compareDocument(), charts: [
    'forest-cost_total', 'forest-spillover_count', 'forest-spillover_outOfCountyChildWeeks', 'forest-outreach_waitDays',
    'forest-stability_breakdowns', 'forest-hub_shareFull'] },
  { name: 'size', doc: sizeDocument(), charts: ['pareto', 'heatmap'] },
];

describe.skipIf(!existsSync(CHROMIUM))('reports in a browser', () => {
  let browser: Browser;
  let dir: string;
  let plotly: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'carecap-report-'));
    plotly = await readPlotlyBundle();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const c of cases) {
    it(`draws every chart of the ${c.name} report offline, with no errors`, async () => {
      const file = join(dir, `${c.name}.html`);
      await writeFile(file, renderReport(c.doc, plotly));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const blocked: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.route('**/*', (r) => {
        if (r.request().url().startsWith('file:')) return r.continue();
        blocked.push(r.request().url());
        return r.abort();
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-plots]', { timeout: 60_000 });
      expect(await page.getAttribute('body', 'data-plots')).toBe('ready');

      const drawn = await page.evaluate((ids) => ids.map((id) => {
        const el = document.getElementById(id) as (HTMLElement & { data?: unknown[] }) | null;
        return { id, traces: el?.data?.length ?? 0, svg: !!el?.querySelector('.main-svg') };
      }), c.charts);
      for (const d of drawn) expect(d, d.id).toMatchObject({ traces: expect.any(Number), svg: true });
      for (const d of drawn) expect(d.traces, d.id).toBeGreaterThan(0);
      const allCharts = await page.$$eval('.chart', (els) => els.map((e) => e.id));
      expect(allCharts.sort()).toEqual([...c.charts].sort());

      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('h1').innerText()).toContain('</script><img');

      await page.screenshot({ path: `/tmp/carecap-report-${c.name}.png`, fullPage: true });
      await page.close();
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
    });
  }
});
