import { resolve } from 'node:path';
import { loadJsonl, report, run } from './evaluate';
import { misses } from './real';

/**
 * `npm run eval:files -- FILE… [--misses]`: the engine on the given JSON-lines files only, e.g. a
 * writer's lines just merged, measured before anyone reads them (the honest figure of how the
 * engine generalises). `--misses` lists the lines it got wrong; never pass it the hold-out.
 */
export function main(argv: readonly string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('eval:files: give one or more .jsonl files');
    return 2;
  }
  if (files.some((f) => resolve(f).includes('/tests/corpus/holdout/'))) {
    console.error('eval:files: the hold-out is scored only by the corpus gate');
    return 2;
  }
  const samples = files.flatMap((f) => {
    const name = f.slice(f.lastIndexOf('/') + 1);
    return loadJsonl(resolve(f), name.slice(0, name.indexOf('.')));
  });
  const outcomes = run(samples);
  console.log(report(outcomes, `FILES (${files.length})`));
  if (argv.includes('--misses')) console.log(`\nMISSES\n${misses(outcomes).join('\n')}`);
  return 0;
}
