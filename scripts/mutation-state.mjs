// `node scripts/mutation-state.mjs save|restore`: Stryker's incremental files live in reports/ (gitignored, and
// a full run takes hours), so the results are kept in the repository, gzipped, under docs/mutation/: `save` after
// a run, `restore` before the next one, which then re-tests only the mutants whose code or tests changed.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const live = 'reports/mutation';
const kept = 'docs/mutation';
const names = ['rules.json', 'storage-background.json'];
const verb = process.argv[2];

if (verb === 'save') {
  mkdirSync(kept, { recursive: true });
  for (const name of names.filter((n) => existsSync(`${live}/${n}`))) {
    // mtime 0 in the gzip header: the same results give the same bytes, so an unchanged file makes no commit.
    writeFileSync(`${kept}/${name}.gz`, gzipSync(readFileSync(`${live}/${name}`), { level: 9 }));
    console.error(`saved ${live}/${name} -> ${kept}/${name}.gz`);
  }
} else if (verb === 'restore') {
  mkdirSync(live, { recursive: true });
  for (const file of existsSync(kept) ? readdirSync(kept).filter((f) => f.endsWith('.json.gz')) : []) {
    const name = file.slice(0, -'.gz'.length);
    if (existsSync(`${live}/${name}`)) { console.error(`kept ${live}/${name} (already there)`); continue; }
    writeFileSync(`${live}/${name}`, gunzipSync(readFileSync(`${kept}/${file}`)));
    console.error(`restored ${kept}/${file} -> ${live}/${name}`);
  }
} else {
  console.error('usage: node scripts/mutation-state.mjs save|restore');
  process.exit(2);
}
