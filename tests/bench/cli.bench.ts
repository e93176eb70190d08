import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadPart } from '../corpus/evaluate';
import type { BenchRow } from './types';

const COUNT = 1_000;
const LENGTH = 2_000;
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** 1,000 findings-heavy 2,000-character texts: corpus messages, pitches and asks among them, run together. */
function texts(): string[] {
  const corpus = loadPart('train').map((s) => s.input.text);
  return Array.from({ length: COUNT }, (_, i) => {
    let text = '';
    for (let k = i * 7; text.length < LENGTH; k++) text += `${corpus[k % corpus.length] ?? ''}\n`;
    return text.slice(0, LENGTH);
  });
}

function child(args: string[], input: string): { cpu: number; wall: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { input, maxBuffer: 256 * 2 ** 20, encoding: 'utf8' });
  const wall = performance.now() - started;
  const cpu = Number(/cpu-ms (\S+)\s*$/u.exec(run.stderr)?.[1] ?? Number.NaN);
  if (!Number.isFinite(cpu)) throw new Error(`bench child failed: ${run.stderr.slice(-500)}`);
  return { cpu, wall, stdout: run.stdout };
}

/**
 * The CLI as a sales team's CI would run it: one process over 1,000 texts, first pass and all,
 * against write-good over the same texts in a process of its own, in the same run.
 */
export default async function run(): Promise<BenchRow[]> {
  const all = texts();
  const lines = `${all.map((text, id) => JSON.stringify({ id, text, connectedDaysAgo: 3 })).join('\n')}\n`;
  // A first run builds the CLI's bundle when the sources are newer; a user pays that once, not per run.
  spawnSync(process.execPath, [here('../../scripts/check.mjs'), '--help'], { stdio: 'ignore' });
  const cli = child([here('./cli-child.mjs')], lines);
  const findings = cli.stdout.split('\n').filter((l) => l !== '').reduce((n, l) => n + (JSON.parse(l) as { findings: unknown[] }).findings.length, 0);
  const wg = child([here('./write-good-child.mjs')], JSON.stringify(all));
  const ratio = wg.cpu / cli.cpu;
  return [{
    name: `CLI whole process, ${COUNT} texts of 2,000 chars (${findings} findings) vs write-good`,
    budget: '≥ 50×',
    measured: `${ratio.toFixed(1)}× (${cli.cpu.toFixed(0)} vs ${wg.cpu.toFixed(0)} ms cpu; wall ${cli.wall.toFixed(0)} vs ${wg.wall.toFixed(0)} ms)`,
    ok: ratio >= 50,
  }];
}
