// Installs the Debian packages a test suite needs when they are missing (as root, as on CI), instead of
// asking the user to; used by ensure-chromium.mjs and ensure-firefox.mjs.
import { execFileSync } from 'node:child_process';

const installed = (pkg) => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
};

export function ensureDebianPackages(packages, purpose) {
  const missing = packages.filter((pkg) => !installed(pkg));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`missing Debian packages ${missing.join(', ')} and this is not root: run \`sudo apt-get install -y ${missing.join(' ')}\` once.`);
    process.exit(1);
  }
  console.error(`Installing ${missing.join(', ')} for ${purpose}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'inherit', 'inherit'], env });
}
