import { chromium } from 'playwright-core';
const [file, out, h] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: Number(h ?? 900) } });
await p.goto('file://' + file); await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: false });
await b.close();
