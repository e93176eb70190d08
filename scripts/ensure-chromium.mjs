// The e2e suite drives Debian's Chromium (/usr/bin/chromium). A fresh machine does not have it: install it, as the
// README promises, instead of asking the user to.
import { ensureDebianPackages } from './debian-packages.mjs';

// chromium-l10n carries the UI locales: without it extension pages only ever speak English.
ensureDebianPackages(['chromium', 'chromium-l10n', 'fonts-noto-core'], 'the browser tests');
