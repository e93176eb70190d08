// The Firefox suite drives Debian's Firefox ESR (/usr/bin/firefox-esr) through puppeteer-core, which downloads
// no browser. A fresh machine does not have it: install it, as for Chromium, instead of asking the user to.
import { ensureDebianPackages } from './debian-packages.mjs';

ensureDebianPackages(['firefox-esr'], 'the Firefox tests');
