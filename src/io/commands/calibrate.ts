import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { OUTPUT_FILES } from '../result-folder.js';
import { LIMITS, readInputText } from '../read-input.js';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { calibrate } from '../../calibrate/calibration.js';
import { describeProblem } from '../../calibrate/return-types.js';
import { writeScenarioYaml } from '../../calibrate/scenario-writer.js';
import { startingCaseload } from '../../calibrate/starting-caseload.js';
import { CALIBRATED_BY, summaryLines } from '../../calibrate/summary-lines.js';
import { validateScenario } from '../../sim/scenario.js';
import { isCalendarDate } from '../../sim/calendar-dates.js';
import { withSession } from '../experiment-session.js';
import { toCsv } from '../csv.js';
import { InputError } from '../input-error.js';
import { loadScenario } from '../load-scenario.js';
import { splitCsvRecords } from '../csv-records.js';
import type { RawTable } from '../../calibrate/return-types.js';

/**
 * Read one SSDA903 table exported as CSV (UTF-8, a BOM allowed, RFC 4180
 * quoting). Rows keep their numbers as a spreadsheet shows them (header =
 * row 1); only blank lines at the end are dropped.
 */
function readReturnCsv(file: string, kind: RawTable['kind']): RawTable {
  const text = readInputText(file, `${kind} table`, LIMITS.csvBytes);
  const records = splitCsvRecords(text);
  if (records === null) throw new InputError(file, [`the ${kind} table ends inside a quoted cell (a "\"" opened and never closed): check the file is whole`]);
  while (records.length && records[records.length - 1].every((c) => c.trim() === '')) records.pop();
  if (records.length === 0) throw new InputError(file, [`the ${kind} table is empty (expected a header row)`]);
  return { file, kind, header: records[0], rows: records.slice(1) };
}

/** Options of `carecap calibrate`. */
export interface CalibrateOptions {
  episodes: string[];
  header: string[];
  startDate: string;
  out: string;
  template: string;
  dropInvalid: boolean;
}

/** Problems in a return: each line names its own file, so no common prefix. */
class ReturnError extends InputError {
  constructor(lines: string[]) {
    super('', lines);
    this.message = lines.join('\n');
  }
}

const CASELOAD_FILE = 'caseload.csv';
/** The first words of every scenario.yaml calibrate writes (its evidence, summary-lines.ts): how it knows a scenario.yaml is its own. */
const OWN_MARK = `# ${CALIBRATED_BY}`;

/** Whether a regular file begins with `mark` (read directly: it is not an input of this command, which would then refuse to replace it). */
function beginsWith(file: string, mark: string): boolean {
  if (!statSync(file).isFile()) return false;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Buffer.byteLength(mark));
    return readSync(fd, buf, 0, buf.length, 0) === buf.length && buf.toString('utf8') === mark;
  } finally {
    closeSync(fd);
  }
}

/**
 * Calibrate's files are inputs (a scenario and its caseload), so its folder is not a results folder: it refuses to
 * replace a scenario.yaml or caseload.csv it did not write, and a folder holding another command's results, which
 * publishing would delete as outputs not rewritten (hostile review 7: a user's own scenario.yaml replaced, and a
 * run's six result files deleted, without a word).
 */
function guardCalibrateFolder(folder: string): void {
  if (!existsSync(folder)) return;
  const problems: string[] = [];
  const scenario = join(folder, 'scenario.yaml');
  const ours = existsSync(scenario) && beginsWith(scenario, OWN_MARK);
  if (existsSync(scenario) && !ours) problems.push(`--out holds a scenario.yaml that carecap calibrate did not write (it does not begin "${OWN_MARK}"): writing here would replace it. Choose another folder, or move it away`);
  if (existsSync(join(folder, CASELOAD_FILE)) && !ours) problems.push(`--out holds a ${CASELOAD_FILE} beside no calibrated scenario.yaml: writing here would replace it. Choose another folder, or move it away`);
  const results = OUTPUT_FILES.filter((f) => existsSync(join(folder, f)));
  if (results.length) problems.push(`--out holds another command's results (${results.join(', ')}): writing a calibrated scenario here would delete them. Choose another folder`);
  if (problems.length) throw new InputError(folder, problems);
}

const CASELOAD_COLUMNS = ['age_years', 'need', 'setting', 'weekly_cost_gbp', 'weeks_in_placement'] as const;

/**
 * Calibrate a scenario from a council's SSDA903 return and write
 * `scenario.yaml` and `caseload.csv` to the folder. Bad input: every problem
 * at once, exit 2, nothing written. Nothing identifying is printed or written.
 */
export async function calibrateCommand(o: CalibrateOptions, out: (s: string) => void): Promise<number> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.startDate)) throw new InputError('--start-date', [`expected YYYY-MM-DD, got "${o.startDate}"`]);
  if (!isCalendarDate(o.startDate)) throw new InputError('--start-date', [`"${o.startDate}" is not a date in the calendar`]);
  if (o.episodes.length === 0 || o.header.length === 0) throw new InputError('(command line)', ['give at least one --episodes and one --header file']);
  // The same file twice would read every episode twice and report each as clashing with itself.
  const seen = new Map<string, string>();
  const twice = [...o.episodes.map((f) => ['--episodes', f]), ...o.header.map((f) => ['--header', f])].flatMap(([flag, f]) => {
    let key = f;
    try { key = realpathSync(f); } catch { /* a missing file is reported when it is read */ }
    const before = seen.get(key);
    seen.set(key, `${flag} ${f}`);
    return before ? [`${flag} ${f}: the same file as ${before}; give each year once`] : [];
  });
  if (twice.length) throw new InputError('(command line)', twice);
  const template = loadScenario(o.template).scenario;
  guardCalibrateFolder(o.out);
  const result = calibrate(o.episodes.map((f) => readReturnCsv(f, 'episodes')), o.header.map((f) => readReturnCsv(f, 'header')), o.startDate, o.dropInvalid);
  if (!result.ok) {
    if (result.startDate) throw new InputError('--start-date', [result.startDate]);
    const lines = result.problems.map(describeProblem);
    throw new ReturnError([...lines, `${lines.length} problem${lines.length === 1 ? '' : 's'} in the return${result.problems.some((p) => p.child) ? ' (--drop-invalid leaves out the children concerned)' : ''}`]);
  }
  const c = result.calibration;
  const caseload = startingCaseload(c.placements, c.startDay, template);
  const yaml = writeScenarioYaml(readInputText(o.template, 'template scenario'), basename(o.template), template, c, caseload, CASELOAD_FILE);
  const rows = caseload.rows.map((r) => CASELOAD_COLUMNS.map((k) => r[k]));
  const checked = validateScenario({ ...(parseYaml(yaml) as object), initialCaseload: caseload.rows.map((r) => ({ ageYears: r.age_years, need: r.need, setting: r.setting, weeklyCostGbp: r.weekly_cost_gbp, weeksInPlacement: r.weeks_in_placement })) });
  if (!checked.ok) throw new Error(`the calibrated scenario does not validate: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  // The one output mechanism of every command: staged, locked, published whole (docs/running.md).
  await withSession(o.out, async ({ folder }) => {
    await folder!.write('scenario.yaml', yaml);
    await folder!.write(CASELOAD_FILE, toCsv([...CASELOAD_COLUMNS], rows));
    folder!.publish();
    return 0;
  });
  if (c.dropped.children) out(`Left out ${c.dropped.children} children with ${c.dropped.problems} problems in their rows (--drop-invalid).`);
  for (const l of summaryLines(c, caseload, basename(o.template))) out(l);
  out(`Wrote ${join(o.out, 'scenario.yaml')} and ${join(o.out, CASELOAD_FILE)}`);
  return 0;
}
