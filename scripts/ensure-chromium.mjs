// The e2e suite drives Debian's Chromium. A fresh machine does not have it: install it, as the
// README promises, instead of asking the user to.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`${CHROMIUM} is missing and this is not root: run \`sudo apt-get install -y chromium\` once.`);
    process.exit(1);
  }
  console.error('Installing Debian chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], { stdio: ['ignore', 'inherit', 'inherit'], env });
}
