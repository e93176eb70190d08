import type { BenchRow } from './types';
import { ensureFreshBuild } from '../e2e/fresh-build';
import { launchRapport } from '../e2e/harness';
import { waitForRule } from '../e2e/coach-support';
import { openCoachedThread, openSpaThread, reloadExtensionUnder, SPA_PATH } from '../e2e/coach-lifecycle';

const ROUTE_CHANGES = 20;
const REATTACH_BUDGET_MS = 500;
const TEARDOWN_BUDGET_MS = 1_000;

/** How fast the coach follows LinkedIn's page changes: a route change, and the extension reloaded under a tab. */
export default async function run(): Promise<BenchRow[]> {
  ensureFreshBuild();
  const rapport = await launchRapport({ routes: { [SPA_PATH]: 'coach-thread.html' } });
  try {
    const spa = await openSpaThread(rapport);
    await spa.swap(0);
    await waitForRule(spa.worlds.cdp, 'unfilled-placeholder');
    const times: number[] = [];
    for (let i = 1; i <= ROUTE_CHANGES; i++) times.push(await spa.swap(i));
    await spa.page.close();
    const slowest = Math.max(...times);
    const median = [...times].sort((a, b) => a - b)[times.length >> 1] ?? Infinity;

    const coached = await openCoachedThread(rapport);
    const teardown = await reloadExtensionUnder(rapport, coached.page);
    return [
      { name: `SPA: panel back after a route change (max of ${ROUTE_CHANGES})`, budget: `< ${REATTACH_BUDGET_MS} ms`, measured: `${slowest.toFixed(0)} ms (median ${median.toFixed(0)})`, ok: slowest < REATTACH_BUDGET_MS },
      { name: 'reload: orphaned script removes its panel', budget: `< ${TEARDOWN_BUDGET_MS} ms`, measured: `${teardown.toFixed(0)} ms`, ok: teardown < TEARDOWN_BUDGET_MS },
    ];
  } finally {
    await rapport.close();
  }
}
