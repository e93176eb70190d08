import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from './harness';
import { contentScriptListeners, liveInstances, shownRules, waitForRule } from './coach-support';
import { openSpaThread, SPA_PATH } from './coach-lifecycle';

const ROUTE_CHANGES = 20;

// How fast each thread is coached again is a budget (500 ms), timed by `npm run bench`; here: that it is, every time, without leaking.
describe('LinkedIn as a single-page app', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport({ routes: { [SPA_PATH]: 'coach-thread.html' } });
  });

  afterAll(async () => {
    await rapport.close();
  });

  it(`coaches the composer of each new thread, ${ROUTE_CHANGES} route changes in a row, without leaking`, async () => {
    const { page, worlds, world, swap } = await openSpaThread(rapport);
    const cdp = worlds.cdp;
    expect(await swap(0)).not.toBe(Infinity);
    await waitForRule(cdp, 'unfilled-placeholder');
    const listenersBefore = await contentScriptListeners(cdp, rapport.extensionId);
    const mutationObserversBefore = await liveInstances(cdp, world, 'MutationObserver');
    const resizeObserversBefore = await liveInstances(cdp, world, 'ResizeObserver');
    // One controller per coach plus the script's root: a coach that outlived its composer would add one.
    const controllersBefore = await liveInstances(cdp, world, 'AbortController');

    const times: number[] = [];
    for (let i = 1; i <= ROUTE_CHANGES; i++) times.push(await swap(i));
    // Every new thread got its panel (a swap that never showed one counts as Infinity).
    expect(times.filter((t) => t === Infinity)).toEqual([]);
    expect(await shownRules(cdp)).toEqual(['unfilled-placeholder']);

    expect(await contentScriptListeners(cdp, rapport.extensionId)).toBe(listenersBefore);
    expect(await liveInstances(cdp, world, 'MutationObserver')).toBeLessThanOrEqual(mutationObserversBefore);
    expect(await liveInstances(cdp, world, 'ResizeObserver')).toBeLessThanOrEqual(resizeObserversBefore);
    expect(await liveInstances(cdp, world, 'AbortController')).toBeLessThanOrEqual(controllersBefore);
    expect(rapport.consoleErrors).toEqual([]);
    await page.close();
  });
});
