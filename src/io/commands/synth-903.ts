import { SYNTH_EPISODE_COLUMNS, SYNTH_HEADER_COLUMNS, synthReturn } from '../../calibrate/synth-return.js';
import { withSession } from '../experiment-session.js';
import { loadScenario } from '../load-scenario.js';

/** Options of `carecap synth-903`. */
export interface Synth903Options {
  seed: number;
  years: number;
  out: string;
}

/** Plain CSV as councils export it (no BOM, LF ends); the cells hold no commas or quotes. */
function plainCsv(header: string[], rows: string[][]): string {
  if (rows.some((r) => r.some((c) => /[",\r\n]/.test(c)))) throw new Error('a synthetic cell holds a comma, quote or line break');
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

/** Write a fake SSDA903 return (episodes_YYYY.csv, header_YYYY.csv a year) made from a scenario's parameters. */
export async function synth903Command(file: string, o: Synth903Options, out: (s: string) => void): Promise<number> {
  const { scenario } = loadScenario(file);
  const years = synthReturn(scenario, o.seed, o.years);
  // The one output mechanism of every command: staged, locked, published whole (docs/running.md).
  return withSession(o.out, async ({ folder }) => {
    const lines: string[] = [];
    for (const y of years) {
      const tag = `${y.year}-${String((y.year + 1) % 100).padStart(2, '0')}`;
      await folder!.write(`episodes_${tag}.csv`, plainCsv(SYNTH_EPISODE_COLUMNS, y.episodes));
      await folder!.write(`header_${tag}.csv`, plainCsv(SYNTH_HEADER_COLUMNS, y.header));
      lines.push(`${tag}: ${y.episodes.length} episodes, ${y.header.length} children`);
    }
    folder!.publish();
    // Listed only once the files are in place (a full disk stops before: nothing is listed as written).
    for (const l of lines) out(l);
    out(`Wrote a synthetic SSDA903 return (no real child) to ${o.out}`);
    return 0;
  });
}
