import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// The browser tests load the built extension: build it if nobody did, and make sure Chromium is there.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
  if (!existsSync('dist/manifest.json') || !existsSync('dist-firefox/manifest.json')) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  }
}
