import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { newContact } from '../../src/storage/contacts';
import { buildExportFile, serialiseExportFile } from '../../src/storage/export-file';
import type { InteractionRecord } from '../../src/storage/schema';
import { hashText, snippetOf } from '../../src/storage/text';
import { ensureFreshBuild } from '../e2e/fresh-build';
import { launchRapport, type Rapport } from '../e2e/harness';
import { OPTIONS, POPUP, openActionPopup, sendAll, stopServiceWorker } from '../e2e/ui-helpers';
import { generateStore } from '../unit/storage/generate-store';
import type { BenchRow } from './types';

/** ARCHITECTURE §7 popup budgets with 10,000 contacts and 100,000 interactions stored, in Chromium. */
const CONTACTS = 10_000;
const INTERACTIONS = 100_000;
const PAINT_BUDGET_MS = 200;
const KEYSTROKE_BUDGET_MS = 50;
const DAY = 86_400_000;
/** Typed one character at a time; every prefix matches a different set of the generated names. */
const QUERIES = ['sven 12', 'person 4', 'dubois 77', 'company 2'];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** The generated store plus the person the LinkedIn fixture shows (Jordan Lee), as one export file. */
function exportJson(now: number): string {
  const store = generateStore(CONTACTS - 1, INTERACTIONS - 40, now);
  const jordan = newContact('jordan-lee', now - 400 * DAY, { name: 'Jordan Lee', headline: 'Head of Product at Northwind', connectedOn: now - 300 * DAY, degree: 1, wants: ['design feedback'] });
  const history: InteractionRecord[] = Array.from({ length: 40 }, (_, i) => {
    const text = `Message ${i} with Jordan about the roadmap`;
    return { contactId: jordan.id, kind: i % 2 ? 'received' : 'sent', surface: 'message', snippet: snippetOf(text), hash: hashText(text), at: now - (40 - i) * DAY };
  });
  jordan.lastInteractionAt = history.at(-1)?.at ?? null;
  const interactions = [...store.interactions, ...history].map((r, i) => ({ ...r, id: i + 1 }));
  return serialiseExportFile(buildExportFile({ exportedAt: now, settings: null, contacts: [...store.contacts, jordan], interactions }));
}

/** Milliseconds from navigation to the popup's `rapport:ready` mark (its first paint with data). */
async function readyMark(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('rapport:ready').length > 0);
  return page.evaluate(() => performance.getEntriesByName('rapport:ready')[0]?.startTime ?? NaN);
}

async function popupPaint(rapport: Rapport): Promise<number> {
  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${rapport.extensionId}/${POPUP}`, { waitUntil: 'commit' });
  const ms = await readyMark(page);
  await page.close();
  return ms;
}

/** The real toolbar popup over `over`: from its navigation to the ready mark, once `until` holds too. */
async function toolbarPaint(rapport: Rapport, over: Page, until = 'true'): Promise<number> {
  const popup = await openActionPopup(rapport, over);
  await popup.until(`performance.getEntriesByName('rapport:ready').length > 0 && (${until})`);
  const ms = await popup.evaluate<number>(`performance.getEntriesByName('rapport:ready')[0].startTime`);
  await popup.close();
  return ms;
}


/**
 * Each keystroke: the input event, the background's search over every contact, and the results
 * painted (the frame after the list changed), timed inside the page.
 */
async function keystrokeLatencies(rapport: Rapport): Promise<number[]> {
  const page = await rapport.context.newPage();
  await page.goto(`chrome-extension://${rapport.extensionId}/${POPUP}`);
  await readyMark(page);
  const times: number[] = [];
  for (const query of QUERIES) {
    await page.locator('#search').fill('');
    await page.waitForFunction(() => document.querySelector('.search-results') === null);
    times.push(...await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('#search');
      const section = document.querySelector('.search');
      if (!input || !section) throw new Error('no search field');
      const out: number[] = [];
      for (let i = 1; i <= text.length; i++) {
        const changed = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          });
          observer.observe(section, { subtree: true, childList: true, characterData: true });
        });
        const start = performance.now();
        input.value = text.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        out.push((await changed) - start);
      }
      return out;
    }, query));
  }
  await page.close();
  return times;
}

export default async function run(): Promise<BenchRow[]> {
  ensureFreshBuild();
  const rapport = await launchRapport({ routes: { '/messaging/thread/': 'coach-thread.html' } });
  try {
    const seeder = await rapport.openExtensionPage(OPTIONS);
    const [imported] = (await sendAll(seeder, [{ type: 'data.import', json: exportJson(Date.now()) }])) as { summary: { contacts: number; interactions: number } }[];
    if (imported?.summary.contacts !== CONTACTS || imported.summary.interactions !== INTERACTIONS) throw new Error(`seeded ${JSON.stringify(imported)}`);
    const cdp = await rapport.context.newCDPSession(seeder);

    // What the user sees: the toolbar popup over a page that is not LinkedIn, then over a thread.
    // chrome.action.openPopup() has to run in the worker, so "cold" here is a worker that has
    // just started (no database open yet), the closest a test can get to a click on the icon.
    const elsewhere = await rapport.context.newPage();
    await stopServiceWorker(cdp);
    await seeder.evaluate(`chrome.runtime.sendMessage({ type: 'settings.get' })`);
    const toolbarCold = await toolbarPaint(rapport, elsewhere);
    const toolbarWarm: number[] = [];
    for (let i = 0; i < 10; i++) toolbarWarm.push(await toolbarPaint(rapport, elsewhere));

    const thread = await rapport.openLinkedIn('/messaging/thread/2-bench/');
    await thread.locator('[role="textbox"]').click();
    const onScreen: number[] = [];
    for (let i = 0; i < 5; i++) onScreen.push(await toolbarPaint(rapport, thread, `document.querySelector('article.contact h1')?.textContent === 'Jordan Lee'`));

    // The popup page opened as a tab pays for creating the tab too; reported for comparison.
    await stopServiceWorker(cdp);
    const tabCold = await popupPaint(rapport);
    const tabWarm: number[] = [];
    for (let i = 0; i < 10; i++) tabWarm.push(await popupPaint(rapport));

    const keys = await keystrokeLatencies(rapport);
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    // Other jobs on a shared CI machine slow every figure here; say how busy it was.
    const load = `load ${(loadavg()[0] ?? 0).toFixed(1)}/${availableParallelism()} cpu`;
    return [
      {
        name: 'popup: first useful paint, nobody on screen, worker just started',
        budget: `< ${PAINT_BUDGET_MS} ms`, measured: `${ms(toolbarCold)} (${load})`, ok: toolbarCold < PAINT_BUDGET_MS,
      },
      {
        name: 'popup: first useful paint, nobody on screen (p90 of 10)',
        budget: `< ${PAINT_BUDGET_MS} ms`, measured: `${ms(quantile(toolbarWarm, 0.9))} (median ${ms(quantile(toolbarWarm, 0.5))})`, ok: quantile(toolbarWarm, 0.9) < PAINT_BUDGET_MS,
      },
      {
        name: 'popup: first useful paint, person on screen (max of 5)',
        budget: `< ${PAINT_BUDGET_MS} ms`, measured: `${ms(Math.max(...onScreen))} (median ${ms(quantile(onScreen, 0.5))})`, ok: Math.max(...onScreen) < PAINT_BUDGET_MS,
      },
      {
        name: 'popup page opened as a tab, worker asleep (comparison)',
        budget: 'none: not the popup', measured: `${ms(tabCold)}`, ok: true,
      },
      {
        name: 'popup page opened as a tab (p90 of 10, comparison)',
        budget: 'none: not the popup', measured: `${ms(quantile(tabWarm, 0.9))} (median ${ms(quantile(tabWarm, 0.5))})`, ok: true,
      },
      {
        name: `popup: search results per keystroke (p95 of ${keys.length})`,
        budget: `< ${KEYSTROKE_BUDGET_MS} ms`, measured: `${ms(quantile(keys, 0.95))} (median ${ms(quantile(keys, 0.5))})`, ok: quantile(keys, 0.95) < KEYSTROKE_BUDGET_MS,
      },
    ];
  } finally {
    await rapport.close();
  }
}
