// One run of the engine bench's calls in a fresh process (engine.bench.ts starts several): the wall
// time of each analyze() on the main thread, the process's CPU time of each (every thread), and the
// CPU each thread spent over the warm-up, the first thousand measured calls and the rest. Prints JSON.
import { analyze, useLexicons, useModel } from '../../src/rules/engine';
import { defaultLexicons } from '../../src/rules/lexicon/default';
import { defaultModel } from '../../src/rules/model/default';
import { defaultSettings } from '../../src/rules/settings';
import { context, drafts, DRAFTS, SAMPLES, WARM_UP } from './engine-drafts';
import { since, threadCpu } from './thread-cpu';

useLexicons(defaultLexicons);
useModel(defaultModel());
const settings = defaultSettings();
const texts = drafts(DRAFTS);
const ctx = context();
const atStart = threadCpu();
for (let i = 0; i < WARM_UP; i++) analyze(texts[i % texts.length] ?? '', ctx, settings);
const afterWarmUp = threadCpu();
const walls: number[] = [];
const cpus: number[] = [];
let afterFirst = afterWarmUp;
for (let i = 0; i < SAMPLES; i++) {
  const text = texts[i % texts.length] ?? '';
  const cpu = process.cpuUsage();
  const started = performance.now();
  analyze(text, ctx, settings);
  walls.push(performance.now() - started);
  const spent = process.cpuUsage(cpu);
  cpus.push((spent.user + spent.system) / 1000);
  if (i === 999) afterFirst = threadCpu();
}
const atEnd = threadCpu();
process.stdout.write(`${JSON.stringify({
  walls, cpus,
  threads: { warmUp: since(atStart, afterWarmUp), first: since(afterWarmUp, afterFirst), rest: since(afterFirst, atEnd) },
})}\n`);
