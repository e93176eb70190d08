// The Firefox suite drives Debian's Firefox ESR (/usr/bin/firefox-esr) through puppeteer-core, which downloads
// no browser. A fresh machine does not have it: install it, as for Chromium, instead of asking the user to.
import { execFileSync } from 'node:child_process';

const installed = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
};
const missing = ['firefox-esr'].filter((pkg) => !installed(pkg));
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`missing Debian packages ${missing.join(', ')} and this is not root: run \`sudo apt-get install -y ${missing.join(' ')}\` once.`);
    process.exit(1);
  }
  console.error(`Installing ${missing.join(', ')} for the Firefox tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'inherit', 'inherit'], env });
}
