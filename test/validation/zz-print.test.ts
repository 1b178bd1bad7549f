import { it } from 'vitest';
import { BACK_TESTS, runBackTest } from './back-tests.js';
it('print', () => {
  const n = Number(process.env.BT_N ?? 20);
  for (const t of BACK_TESTS) {
    const r = runBackTest(t, n);
    console.log(`BT ${t.id} n=${n} mean=${r.mean.toFixed(0)} ci=${(r.mean - r.half).toFixed(0)}..${(r.mean + r.half).toFixed(0)} min=${Math.min(...r.values).toFixed(0)} max=${Math.max(...r.values).toFixed(0)}`);
  }
}, 3_600_000);
