// Builds the Chrome extension into dist/ and the Firefox one into dist-firefox/, then zips each.
import { build } from 'vite';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const started = performance.now();
mkdirSync('artifacts', { recursive: true });
for (const [mode, outDir, zip] of [
  ['chrome', 'dist', 'artifacts/rapport-chrome.zip'],
  ['firefox', 'dist-firefox', 'artifacts/rapport-firefox.zip'],
]) {
  // Build logs go to stderr so `npm run --silent check` can keep stdout for JSON lines.
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
  const entries = Object.fromEntries(filesUnder(outDir).map((f) => [relative(outDir, f), readFileSync(f)]));
  writeFileSync(zip, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}
console.error(`built dist/ and dist-firefox/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
