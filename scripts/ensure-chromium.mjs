// The e2e suite drives Debian's Chromium (/usr/bin/chromium). A fresh machine does not have it: install it, as the
// README promises, instead of asking the user to.
import { execFileSync } from 'node:child_process';

const installed = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
};
// chromium-l10n carries the UI locales: without it extension pages only ever speak English.
const missing = ['chromium', 'chromium-l10n', 'fonts-noto-core'].filter((pkg) => !installed(pkg));
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`missing Debian packages ${missing.join(', ')} and this is not root: run \`sudo apt-get install -y ${missing.join(' ')}\` once.`);
    process.exit(1);
  }
  console.error(`Installing ${missing.join(', ')} for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'inherit', 'inherit'], env });
}
