/**
 * Deterministic proportional allocation (D'Hondt): each call gives the
 * allowed need whose count so far, plus one, divided by its weight is
 * smallest, so needs are handed out in the mix's proportions without a
 * random draw. Used for the needs the SSDA903 does not record.
 */
export function needPicker(mix: Record<string, number>): (allowed?: readonly string[]) => string | null {
  const given = new Map<string, number>();
  return (allowed) => {
    const names = Object.keys(mix).filter((n) => mix[n] > 0 && (!allowed || allowed.length === 0 || allowed.includes(n)));
    const pool = names.length > 0 ? names : allowed?.length ? [...allowed] : [];
    if (pool.length === 0) return null;
    const score = (n: string) => ((given.get(n) ?? 0) + 1) / (mix[n] > 0 ? mix[n] : 1e-9);
    const pick = pool.reduce((best, n) => (score(n) < score(best) ? n : best));
    given.set(pick, (given.get(pick) ?? 0) + 1);
    return pick;
  };
}

/** The need mix of a scenario's residential demand streams, weighted by their rates. */
export function residentialNeedMix(demand: { route: string; ratePerYear?: number; needMix: Record<string, number> }[]): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const d of demand.filter((s) => s.route !== 'outreach' && s.route !== 'shortBreak')) {
    const total = Object.values(d.needMix).reduce((a, b) => a + b, 0);
    for (const [n, w] of Object.entries(d.needMix)) mix[n] = (mix[n] ?? 0) + ((d.ratePerYear ?? 1) * w) / total;
  }
  return mix;
}
