import type { Page } from 'playwright-core';
import { linkedInExportZip } from './ui-helpers';

export { WELCOME_PAGE as WELCOME } from './harness';
export const PRACTICE = 'src/practice/index.html';

/** The same words for every relationship on the practice page; the placeholder is flagged whoever it goes to. */
export const PRACTICE_DRAFT = 'Hi [Name], happy to give you a quick demo of our platform. Are you free for a call next week?';

/** A small "Get a copy of your data" ZIP with made-up people: BOM, the Notes preamble, a quoted newline. */
export function smallLinkedInExport(): Uint8Array {
  return linkedInExportZip([
    'Ines,Fagerlund,https://www.linkedin.com/in/ines-fagerlund,,Fjordline,COO,02 Feb 2022',
    'Kofi,Mensah,https://www.linkedin.com/in/kofi-mensah,,Accra Works,Founder,15 Aug 2025',
  ], [
    'k1,,Robin Owner,https://www.linkedin.com/in/robin-owner,Ines Fagerlund,https://www.linkedin.com/in/ines-fagerlund,2025-05-01 10:00:00 UTC,,"Hi Ines,\nthanks for the tour.",INBOX',
    'k1,,Ines Fagerlund,https://www.linkedin.com/in/ines-fagerlund,Robin Owner,https://www.linkedin.com/in/robin-owner,2025-05-02 08:00:00 UTC,,Any time!,INBOX',
  ]);
}

/** Remembers every label the import's progress bar showed: at this size the import is over in a blink. */
export async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('#import-linkedin-progress');
      const label = bar?.labels[0]?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

/** Picks one of the practice page's example people. */
export async function writeTo(page: Page, example: 'new' | 'long' | 'stranger'): Promise<void> {
  await page.locator(`[data-example="${example}"] input`).check();
  await page.locator(`.thread[data-surface="${example === 'stranger' ? 'invite-note' : 'message'}"]`).waitFor();
}
