import { execFileSync } from 'node:child_process';
import { ensureFreshBuild } from './fresh-build';

// The browser tests load the built extension: rebuild it when any source is newer, and make sure Chromium is there.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
  ensureFreshBuild();
}
