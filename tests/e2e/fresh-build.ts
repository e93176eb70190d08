import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** What the build reads: a change to any of these makes dist/ and dist-firefox/ stale. */
const SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts'];
const OUTPUTS = ['dist', 'dist-firefox'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

const mtimes = (paths: string[]): number[] => paths.flatMap(filesUnder).map((f) => statSync(f).mtimeMs);

/** Why the built extension cannot be tested as it is, or null when it is up to date. */
export function staleBuild(): string | null {
  if (OUTPUTS.some((dir) => !existsSync(join(dir, 'manifest.json')))) return 'no build yet';
  const newestSource = Math.max(...mtimes(SOURCES));
  const oldestOutput = Math.min(...mtimes(OUTPUTS));
  return newestSource > oldestOutput ? 'sources changed since the last build' : null;
}

/** Builds both targets when a source is newer than the build, so a test never runs yesterday's extension. */
export function ensureFreshBuild(): void {
  const reason = staleBuild();
  if (reason === null) return;
  console.error(`building the extension: ${reason}`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
