import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CLI, ROOT } from './helpers.js';

// The Kubernetes and Slurm recipes of docs/scale-out.md cannot run here; they
// are checked statically: they parse, the shard counts agree, the merge reads
// where the shards are written, and every carecap command they name exists
// with every flag they pass (checked against the CLI's own --help).

const RECIPES = join(ROOT, 'docs', 'scale-out');
type Manifest = { kind: string; metadata: { name: string }; spec: Record<string, any> };

function manifests(file: string): Manifest[] {
  const docs = parseAllDocuments(readFileSync(join(RECIPES, 'kubernetes', file), 'utf8'));
  for (const d of docs) expect(d.errors, file).toEqual([]);
  return docs.map((d) => d.toJS() as Manifest);
}

/** Shell words of a command line, quotes removed (enough for these recipes). */
const words = (line: string): string[] => (line.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ''));

/** The carecap argv (after dist/src/cli.js) of every command in a text: continuation lines joined. */
function carecapCommands(text: string): string[][] {
  const joined = text.replace(/\\\n\s*/g, ' ').replace(/\n\s{2,}(?=--)/g, ' ');
  return joined.split('\n').filter((l) => l.includes('dist/src/cli.js') && !l.trim().startsWith('#')).map((l) => {
    const w = words(l);
    return w.slice(w.findIndex((x) => x.endsWith('dist/src/cli.js')) + 1);
  });
}

const helps = new Map<string, string>();
/** Fails unless `carecap <sub>` exists and knows every flag passed. */
function expectKnown(argv: string[]): void {
  const [sub, ...rest] = argv;
  if (!helps.has(sub)) helps.set(sub, spawnSync(process.execPath, [CLI, sub, '--help'], { encoding: 'utf8' }).stdout);
  const help = helps.get(sub)!;
  expect(help, `carecap ${sub}`).toContain(`Usage: carecap ${sub}`);
  for (const flag of rest.filter((w) => /^--?[a-z]/.test(w))) expect(help, `carecap ${sub} ${flag}`).toMatch(new RegExp(`(^|[ ,])${flag}[ ,<]`, 'm'));
}

const container = (m: Manifest) => m.spec.template.spec.containers[0];
const argvOf = (m: Manifest): string[] => {
  const c = container(m);
  const line = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
  return carecapCommands(line.replace(/^sh -c /, ''))[0];
};
const flag = (argv: string[], name: string) => argv[argv.indexOf(name) + 1];

describe('Kubernetes recipe: Indexed Job of shards, then a merge Job', () => {
  const [job] = manifests('shards-job.yaml');
  const [merge] = manifests('merge-job.yaml');

  it('runs one shard per completion index, as many shards as completions, and merges that folder', () => {
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const argv = argvOf(job);
    expect(argv[0]).toBe('run');
    expect(flag(argv, '--shard')).toBe(`\${JOB_COMPLETION_INDEX}/${job.spec.completions}`);
    const mergeArgv = argvOf(merge);
    expect(mergeArgv.slice(0, 2)).toEqual(['merge', flag(argv, '--out')]);
    expectKnown(argv);
    expectKnown(mergeArgv);
  });

  it('mounts the same claim where the shards are written and read', () => {
    for (const m of [job, merge]) {
      expect(m.spec.template.spec.volumes[0].persistentVolumeClaim.claimName).toBe('carecap-shards');
      expect(flag(argvOf(m), '--out').startsWith(container(m).volumeMounts[0].mountPath)).toBe(true);
    }
  });
});

describe('Kubernetes recipe: a Deployment of workers beside a Redis', () => {
  const all = manifests('queue.yaml');
  it('points the workers at the Redis Service by its name and port', () => {
    const service = all.find((m) => m.kind === 'Service')!;
    const workers = all.find((m) => m.kind === 'Deployment' && m.metadata.name === 'carecap-worker')!;
    const argv = argvOf(workers);
    expect(argv[0]).toBe('worker');
    expect(flag(argv, '--redis')).toBe(`redis://${service.metadata.name}:${service.spec.ports[0].port}`);
    expectKnown(argv);
    const submit = carecapCommands(readFileSync(join(RECIPES, 'kubernetes', 'queue.yaml'), 'utf8').replace(/^#\s?/gm, '').replace(/\\\n\s*/g, ' '));
    expect(submit.some((a) => a[0] === 'run' && flag(a, '--queue') === flag(argv, '--redis'))).toBe(true);
  });
});

describe('Slurm recipe: an array of shards, then a merge after it', () => {
  const read = (f: string) => readFileSync(join(RECIPES, 'slurm', f), 'utf8');

  it('parses as bash', () => {
    for (const f of ['shards.sbatch', 'merge.sbatch', 'submit.sh']) expect(spawnSync('bash', ['-n', join(RECIPES, 'slurm', f)]).status, f).toBe(0);
  });

  it('has one array task per shard, merges the folder the shards go to, only after every task succeeded', () => {
    const [run] = carecapCommands(read('shards.sbatch'));
    const [merge] = carecapCommands(read('merge.sbatch'));
    const [, last] = /#SBATCH --array=0-(\d+)/.exec(read('shards.sbatch'))!;
    expect(flag(run, '--shard')).toBe(`\${SLURM_ARRAY_TASK_ID}/${Number(last) + 1}`);
    expect(flag(run, '--out')).toBe('${SHARDS:?set SHARDS to a shared folder}');
    expect(merge[1]).toMatch(/^\$\{SHARDS/);
    expect(read('submit.sh')).toMatch(/--dependency="afterok:\$\{array\}".*merge\.sbatch/);
    expectKnown(run);
    expectKnown(merge);
  });
});
