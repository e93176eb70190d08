import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// The Firefox tests load the built extension: build it if nobody did, and make sure Firefox ESR is there.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/ensure-firefox.mjs'], { stdio: 'inherit' });
  if (!existsSync('dist-firefox/manifest.json')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
