import { describe, expect, it } from 'vitest';
import { WELCOME_PAGE, welcomeOnInstall } from '../../../src/background/welcome';

async function opened(reason: string, firstRun = true): Promise<string[]> {
  const pages: string[] = [];
  await welcomeOnInstall(reason, firstRun, async (path) => pages.push(path));
  return pages;
}

describe('the welcome page on runtime.onInstalled', () => {
  it('opens once on a fresh install', async () => {
    expect(await opened('install')).toEqual([WELCOME_PAGE]);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('opens nothing on %s', async (reason) => {
    expect(await opened(reason)).toEqual([]);
  });

  it('opens nothing for an "install" that finds settings already stored (Chromium restarting a --load-extension profile)', async () => {
    expect(await opened('install', false)).toEqual([]);
  });
});
