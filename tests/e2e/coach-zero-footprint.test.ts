import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchRapport, waitFor, type Rapport } from './harness';
import { badgeText, changeSettings, closedShadowRoots, domTree, pageState, serialize, shownRules, typeInto, waitForRule } from './coach-support';

const PITCH = 'Hi {first_name}, as we discussed, can I book a demo call to show you our product and pricing?';

describe('zero-footprint mode', () => {
  let rapport: Rapport;
  let extension: Page;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
    extension = await rapport.openExtensionPage('src/popup/index.html');
    await changeSettings(extension, { zeroFootprint: true });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('leaves the LinkedIn DOM byte-identical while the badge counts the findings', async () => {
    const page = await rapport.openLinkedIn('/messaging/thread/2-zero/');
    const cdp = await page.context().newCDPSession(page);
    const before = serialize(await domTree(cdp));
    await typeInto(page, '[role="textbox"]', PITCH);
    await waitFor(async () => (await pageState(extension, page)).findings.length >= 3, 5_000, 'findings known to the popup');
    const { findings } = await pageState(extension, page);
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['unfilled-placeholder', 'assumed-closeness', 'early-pitch']));
    await waitFor(async () => (await badgeText(rapport, page)) === String(findings.length), 5_000, `badge ${findings.length}`);

    expect(serialize(await domTree(cdp))).toBe(before);
    expect(closedShadowRoots(await domTree(cdp))).toEqual([]);
    await page.close();
  });

  it('shows the panel when switched off and takes it away again when switched back on, live', async () => {
    const page = await rapport.openLinkedIn('/messaging/thread/2-zero-toggle/');
    const cdp = await page.context().newCDPSession(page);
    const pristine = serialize(await domTree(cdp));
    await typeInto(page, '[role="textbox"]', PITCH);
    await changeSettings(extension, { zeroFootprint: false });
    await waitForRule(cdp, 'unfilled-placeholder');
    await changeSettings(extension, { zeroFootprint: true });
    await waitFor(async () => (await shownRules(cdp)).length === 0, 5_000, 'the panel gone');
    expect(serialize(await domTree(cdp))).toBe(pristine);
    expect(rapport.consoleErrors).toEqual([]);
    await page.close();
  });
});
