import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
const [file, ...ids] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1366, height: 900 } });
const errors = []; p.on('pageerror', (e) => errors.push(e.message)); p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await p.goto('file://' + file);
await p.waitForFunction(() => document.body.dataset.plots === 'ready', null, { timeout: 20000 }).catch(() => {});
for (const id of ids) { const el = await p.$('#' + id); if (el) await el.screenshot({ path: `/tmp/el-${id}.png` }); else console.log('missing', id); }
console.log('errors', JSON.stringify(errors));
await b.close();
