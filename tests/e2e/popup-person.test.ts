import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeInto, waitForRule } from './coach-support';
import type { Rapport } from './harness';
import { launchInLanguage, openActionPopup } from './ui-helpers';

const SIGNUP = 'Hi Jordan, I added you to our newsletter list, so you will get the first issue on Monday.';

/**
 * The toolbar popup itself (chrome.action.openPopup over a LinkedIn tab), not the popup page in a
 * tab: it finds the person through tabs.query + tabs.sendMessage('page.state') as it does for users.
 */
describe('the toolbar popup over a LinkedIn conversation', () => {
  let rapport: Rapport;
  let thread: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    rapport = await launchInLanguage('en', { routes: { '/messaging/thread/': 'coach-thread.html' } });
    thread = await rapport.openLinkedIn('/messaging/thread/2-signup/');
    cdp = await rapport.context.newCDPSession(thread);
    await typeInto(thread, '[role="textbox"]', SIGNUP);
    await waitForRule(cdp, 'no-consent-signup');
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('shows the person on screen, the relationship so far, and what the coach says about the draft', async () => {
    const popup = await openActionPopup(rapport, thread);
    await popup.until(`document.querySelector('article.contact h1')?.textContent === 'Jordan Lee'`);
    expect(await popup.evaluate('document.querySelector("article.contact header").innerText')).toContain('Head of Product at Northwind');
    expect(await popup.evaluate('document.querySelector(".stage").textContent')).toBe('New');
    expect(await popup.evaluate('document.querySelector(".balance-sentence").textContent')).toBe('Nothing given or asked yet.');
    await popup.until(`document.querySelector('#draft-title')`);
    expect(await popup.evaluate('[...document.querySelectorAll(".findings [data-rule]")].map((e) => e.dataset.rule)')).toContain('no-consent-signup');
    await popup.close();
  });

  it('keeps a note typed in the toolbar popup up to the moment it closes', async () => {
    const note = 'Met at the product meetup; wants intros to design leads';
    const popup = await openActionPopup(rapport, thread);
    await popup.until(`document.querySelector('#notes')`);
    await popup.type('#notes', note);
    await popup.close();

    const again = await openActionPopup(rapport, thread);
    await again.until(`document.querySelector('#notes')?.value === ${JSON.stringify(note)}`);
    await again.close();
  });

  it('records consent, and the composer stops warning about the sign-up', async () => {
    const popup = await openActionPopup(rapport, thread);
    await popup.until(`document.querySelector('.consent input[type=radio]')`);
    await popup.evaluate(`[...document.querySelectorAll('.consent label')].find((l) => l.textContent === 'Yes').querySelector('input').click()`);
    await popup.until(`document.querySelector('.consent').innerText.includes('Recorded on')`);
    await popup.close();

    await thread.bringToFront();
    await typeInto(thread, '[role="textbox"]', ' ');
    await waitForRule(cdp, 'no-consent-signup', false);
  });

  it('leaves no console errors behind', () => {
    expect(rapport.consoleErrors).toEqual([]);
  });
});
