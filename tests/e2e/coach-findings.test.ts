import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchRapport, waitFor, type Rapport } from './harness';
import { ask, attribute, badgeText, changeSettings, clickNode, closedShadowRoots, descendantsOf, domTree, pageState, shownFindings, shownRules, typeInto, waitForAnalysis, waitForRule, type DomNode } from './coach-support';

const EDITOR = '[role="textbox"]';
const NOTE = 'textarea[name="message"]';

interface Opened {
  page: Page;
  cdp: CDPSession;
}

describe('coaching a LinkedIn composer as the user types', () => {
  let rapport: Rapport;
  let extension: Page;

  const open = async (path: string): Promise<Opened> => {
    const page = await rapport.openLinkedIn(path);
    return { page, cdp: await page.context().newCDPSession(page) };
  };

  beforeAll(async () => {
    rapport = await launchRapport({
      routes: { '/messaging/thread/': 'coach-thread.html', '/in/priya-shah/': 'coach-invite.html' },
    });
    extension = await rapport.openExtensionPage('src/popup/index.html');
  });

  afterAll(async () => {
    await rapport.close();
  });

  it('shows early-pitch beside a message that pitches a stranger, inside a closed shadow root', async () => {
    const { page, cdp } = await open('/messaging/thread/2-pitch/');
    await typeInto(page, EDITOR, 'Hi Jordan, can I book a quick demo call to show you our product and pricing?');
    await waitForRule(cdp, 'early-pitch');
    const [finding] = await shownFindings(cdp);
    // Severity, the one-sentence message and the suggestion, in words.
    expect(finding?.text.length).toBeGreaterThan(40);
    // The page can see the host but not into it.
    expect(await page.evaluate(() => document.querySelectorAll('[data-rule]').length)).toBe(0);
    // Findings are announced politely: they sit in the panel's live region.
    const [shadow] = closedShadowRoots(await domTree(cdp));
    const live = shadow === undefined ? [] : [...descendantsOf(shadow)].filter((n) => attribute(n, 'aria-live') === 'polite');
    expect(live).toHaveLength(1);
    expect([...descendantsOf(live[0] as DomNode)].some((n) => attribute(n, 'data-rule') === 'early-pitch')).toBe(true);
    await page.close();
  });

  it('marks the evidence over the draft from its own shadow root, with no node added to the editor', async () => {
    const { page, cdp } = await open('/messaging/thread/2-marks/');
    await typeInto(page, EDITOR, 'Hello there, and hi {first_name}, nice to e-meet you.');
    await waitForRule(cdp, 'unfilled-placeholder');
    const [shadow] = closedShadowRoots(await domTree(cdp));
    const marks = shadow === undefined ? [] : [...descendantsOf(shadow)].filter((n) => (attribute(n, 'class') ?? '').startsWith('mark '));
    expect(marks).toHaveLength(1);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: marks[0]?.backendNodeId ?? 0 })) as { model: { border: number[] } };
    const [left = 0, top = 0, , , right = 0, bottom = 0] = model.border;
    const evidence = await page.locator(EDITOR).evaluate((editor) => {
      const text = editor.querySelector('p')?.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('{first_name}');
      range.setStart(text, at);
      range.setEnd(text, at + '{first_name}'.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, editor: [...editor.querySelectorAll('*')].map((el) => el.tagName) };
    });
    for (const [mark, word] of [[left, evidence.left], [top, evidence.top], [right, evidence.right], [bottom, evidence.bottom]] as const) {
      expect(Math.abs(mark - word)).toBeLessThan(2);
    }
    expect(evidence.editor).toEqual(['P']);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('flags "as we discussed" to a stranger as assumed-closeness', async () => {
    const { page, cdp } = await open('/messaging/thread/2-closeness/');
    await typeInto(page, EDITOR, 'Hi Jordan, as we discussed, here are my thoughts on the roadmap.');
    await waitForRule(cdp, 'assumed-closeness');
    await page.close();
  });

  it('flags a leftover {first_name} as unfilled-placeholder', async () => {
    const { page, cdp } = await open('/messaging/thread/2-placeholder/');
    await typeInto(page, EDITOR, 'Hi {first_name}, I enjoyed your talk on data contracts.');
    await waitForRule(cdp, 'unfilled-placeholder');
    await page.close();
  });

  it('flags an invite note over the free 200-character limit, and not under a Premium 300 limit', async () => {
    const note = `Hi Priya, I read your post on streaming joins and learned a lot from it. ${'I would like to stay in touch and follow your work. '.repeat(4)}`;
    expect(note.length).toBeGreaterThan(200);
    expect(note.length).toBeLessThan(300);
    // The dialog's maxlength stops typing at the limit; a restored or inserted note can still be longer.
    const fillNote = (page: Page) => page.locator(NOTE).evaluate((el: HTMLTextAreaElement, text) => {
      el.value = text;
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, note);

    const free = await open('/in/priya-shah/');
    await fillNote(free.page);
    await waitForRule(free.cdp, 'invite-note-too-long');
    await free.page.close();

    rapport.serveHtml('/in/priya-premium/', (await import('node:fs')).readFileSync('tests/e2e/fixtures/coach-invite.html', 'utf8')
      .replace('maxlength="200"', 'maxlength="300"').replace('Priya Shah - ', 'Priya Premium - '));
    const premium = await open('/in/priya-premium/');
    await fillNote(premium.page);
    await premium.page.locator(NOTE).press('End');
    await waitForAnalysis(extension, premium.page, note.length);
    expect(await shownRules(premium.cdp)).not.toContain('invite-note-too-long');
    await premium.page.close();
  });

  it('"Ignore here" hides the finding in this composer and leaves the draft as typed', async () => {
    const { page, cdp } = await open('/messaging/thread/2-ignore/');
    const text = 'Hi {first_name}, great to connect.';
    await typeInto(page, EDITOR, text);
    await waitForRule(cdp, 'unfilled-placeholder');
    const [finding] = (await shownFindings(cdp)).filter((f) => f.rule === 'unfilled-placeholder');
    await clickNode(page, cdp, finding?.buttons.ignore ?? 0);
    await waitForRule(cdp, 'unfilled-placeholder', false);
    expect(await page.locator(EDITOR).innerText()).toBe(text);
    // Pressing a panel button must not pull the caret out of the draft.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');

    const other = await open('/messaging/thread/2-ignore-elsewhere/');
    await typeInto(other.page, EDITOR, text);
    await waitForRule(other.cdp, 'unfilled-placeholder');
    await other.page.close();
    await page.close();
  });

  it('"Never flag this phrase" adds the phrase to the allowlist and the finding goes', async () => {
    const { page, cdp } = await open('/messaging/thread/2-allow/');
    await typeInto(page, EDITOR, 'Hi Jordan, as we discussed, here is the deck.');
    await waitForRule(cdp, 'assumed-closeness');
    const [finding] = (await shownFindings(cdp)).filter((f) => f.rule === 'assumed-closeness');
    await clickNode(page, cdp, finding?.buttons.allow ?? 0);
    await waitForRule(cdp, 'assumed-closeness', false);
    await waitFor(async () => {
      const { settings } = await ask<{ settings: { engine: { allowlist: string[] } } }>(extension, { type: 'settings.get' });
      return settings.engine.allowlist.some((p) => /as we discussed/i.test(p));
    }, 5_000, 'the phrase in the allowlist');

    // The allowlist holds everywhere, also after a reload.
    const again = await open('/messaging/thread/2-allow-again/');
    const draft = 'Hi Jordan, as we discussed, here is the deck.';
    await typeInto(again.page, EDITOR, draft);
    await waitForAnalysis(extension, again.page, draft.length);
    expect(await shownRules(again.cdp)).not.toContain('assumed-closeness');
    await again.page.close();
    await page.close();
  });

  it('lets the keyboard reach the panel buttons with Tab, never focusing anything by itself', async () => {
    const { page, cdp } = await open('/messaging/thread/2-keyboard/');
    await typeInto(page, EDITOR, 'Hi {first_name}, thanks for connecting.');
    await waitForRule(cdp, 'unfilled-placeholder');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
    await page.keyboard.press('Tab');
    const focused = await cdp.send('DOM.getDocument', { depth: 0 }).then(async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 0 });
      return node;
    });
    // Focus moved into Rapport's host (the page sees only the host, its shadow root is closed).
    expect(focused.nodeName).toBe('DIV');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot ?? 'closed')).toBe('closed');
    // A LinkedIn handler for Enter on the whole form must not take Enter on a panel button for "send".
    await page.evaluate(() => document.querySelector('form')?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') (window as unknown as { formSawEnter: boolean }).formSawEnter = true;
    }));
    await page.keyboard.press('Enter');
    await waitForRule(cdp, 'unfilled-placeholder', false);
    expect(await page.evaluate(() => (window as unknown as { formSawEnter?: boolean }).formSawEnter ?? false)).toBe(false);
    expect(await page.locator(EDITOR).innerText()).toBe('Hi {first_name}, thanks for connecting.');
    await page.close();
  });

  it('re-reads the contact when the popup records their consent, and the sign-up warning goes', async () => {
    const { page, cdp } = await open('/messaging/thread/2-consent/');
    await typeInto(page, EDITOR, 'Hi Jordan, I have added you to our monthly newsletter list.');
    await waitForRule(cdp, 'no-consent-signup');
    await page.bringToFront();
    await ask(extension, { type: 'contact.update', contactId: 'jordan-lee', patch: { consent: { value: true, note: 'asked at the meetup' } } });
    await extension.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab?.id ?? -1, { type: 'contact.changed', contactId: 'jordan-lee' }).catch(() => undefined);
    });
    await waitForRule(cdp, 'no-consent-signup', false);
    await ask(extension, { type: 'contact.update', contactId: 'jordan-lee', patch: { consent: { value: null } } });
    await page.close();
  });

  it('counts the findings of the focused composer on the toolbar badge', async () => {
    const { page, cdp } = await open('/messaging/thread/2-badge/');
    await typeInto(page, EDITOR, 'Hi {first_name}, could I show you a demo of our product? Details: https://example.com/demo');
    await waitForRule(cdp, 'early-pitch');
    const count = (await pageState(extension, page)).findings.length;
    expect(count).toBeGreaterThanOrEqual(3);
    await waitFor(async () => (await badgeText(rapport, page)) === String(count), 5_000, `badge ${count}`);
    // Each problem is one card in the panel, however many places it was found in.
    expect(await shownRules(cdp)).toEqual([...new Set(await shownRules(cdp))]);
    await page.close();
  });

  it("answers the popup's page.state with the contact, the surface and the findings", async () => {
    const { page, cdp } = await open('/messaging/thread/2-state/');
    await typeInto(page, EDITOR, 'Hi {first_name}!');
    await waitForRule(cdp, 'unfilled-placeholder');
    const state = await pageState(extension, page);
    expect(state.contact).toMatchObject({ id: 'jordan-lee', name: 'Jordan Lee' });
    expect(state.surface).toBe('message');
    expect(state.findings.map((f) => f.rule)).toContain('unfilled-placeholder');
    await page.close();
  });

  it('records what was sent — by Enter and by the Send button — as interactions of the contact', async () => {
    const { page } = await open('/messaging/thread/2-send/');
    const before = await ask<{ interactions: unknown[] }>(extension, { type: 'contact.get', contactId: 'jordan-lee' }).catch(() => ({ interactions: [] }));
    await typeInto(page, EDITOR, 'Thanks for the talk yesterday, the part on data contracts stuck with me.');
    await page.keyboard.press('Enter');
    await typeInto(page, EDITOR, 'Would you share the slides?');
    await page.locator('button[type="submit"]').click();
    await waitFor(async () => {
      const { interactions } = await ask<{ interactions: { kind: string; snippet: string; surface: string | null }[] }>(extension, { type: 'contact.get', contactId: 'jordan-lee' });
      const sent = interactions.filter((i) => i.kind === 'sent');
      return interactions.length - before.interactions.length === 2
        && sent.some((i) => i.snippet.startsWith('Thanks for the talk yesterday') && i.surface === 'message')
        && sent.some((i) => i.snippet === 'Would you share the slides?');
    }, 5_000, 'two sent interactions');
    // Shift+Enter is a new line, not a send: the message sent after it holds both lines, and is the only new one.
    await typeInto(page, EDITOR, 'First line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    let snippets: string[] = [];
    await waitFor(async () => {
      const { interactions } = await ask<{ interactions: { snippet: string }[] }>(extension, { type: 'contact.get', contactId: 'jordan-lee' });
      snippets = interactions.map((i) => i.snippet);
      return snippets.some((s) => s.startsWith('First line') && s.includes('second line'));
    }, 5_000, 'the two-line message recorded');
    expect(snippets.filter((s) => s.startsWith('First line'))).toHaveLength(1);
    await page.close();
  });

  it('records the invite note sent with "Send invitation"', async () => {
    const { page } = await open('/in/priya-shah/');
    await typeInto(page, NOTE, 'Hi Priya, your post on streaming joins helped me a lot. Happy to connect.');
    await page.locator('button[aria-label="Send invitation"]').click();
    await waitFor(async () => {
      const res = await extension.evaluate((r) => chrome.runtime.sendMessage(r), { type: 'contact.get', contactId: 'priya-shah' }) as { ok: boolean; data?: { interactions: { kind: string; surface: string | null }[] } };
      return res.ok && (res.data?.interactions ?? []).some((i) => i.kind === 'sent' && i.surface === 'invite-note');
    }, 5_000, 'the invite note recorded');
    await page.close();
  });

  it('puts the host back when LinkedIn re-renders the form without it', async () => {
    const { page, cdp } = await open('/messaging/thread/2-rerender/');
    await typeInto(page, EDITOR, 'Hi {first_name}, good to meet you.');
    await waitForRule(cdp, 'unfilled-placeholder');
    // What an Ember/React re-render does to nodes it does not know: the host is the form's one attribute-less child.
    await page.evaluate(() => {
      const w = window as unknown as { dropped: Element | undefined; droppedAt: number };
      w.dropped = [...document.querySelectorAll('form > *')].find((el) => el.attributes.length === 0);
      w.dropped?.remove();
      w.droppedAt = performance.now();
    });
    await waitFor(() => page.evaluate(() => (window as unknown as { dropped?: Element }).dropped?.isConnected === true), 1_000, 'the host back');
    const after = await page.evaluate(() => performance.now() - (window as unknown as { droppedAt: number }).droppedAt);
    console.log(`host re-inserted within ${after.toFixed(0)} ms of its removal`);
    expect(await shownRules(cdp)).toEqual(['unfilled-placeholder']);
    await page.close();
  });

  it('leaves a surface switched off in the options alone, and coaches the others', async () => {
    await changeSettings(extension, { surfaces: { message: false, 'invite-note': true, inmail: true } });
    try {
      const thread = await open('/messaging/thread/2-switched-off/');
      await typeInto(thread.page, EDITOR, 'Hi {first_name}, good to meet you.');
      const invite = await open('/in/priya-shah/');
      await typeInto(invite.page, NOTE, 'Hi {first_name}, good to meet you.');
      await waitForRule(invite.cdp, 'unfilled-placeholder');
      expect(await shownRules(thread.cdp)).toEqual([]);
      expect((await pageState(extension, thread.page)).findings).toEqual([]);
      await thread.page.close();
      await invite.page.close();
    } finally {
      await changeSettings(extension, { surfaces: { message: true, 'invite-note': true, inmail: true } });
    }
  });

  it('leaves no error in any console', () => {
    expect(rapport.consoleErrors).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};
