import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { hashClasses } from './fixtures/hash-classes';
import { launchRapport, waitFor, type Rapport } from './harness';
import { AISHA, cases, LENA, MARCUS, type Case } from './surface-cases';
import { ask, attribute, badgeText, closedShadowRoots, domTree, pageState, shownRules, waitForRule, type DomNode } from './coach-support';

/*
 * Every surface the LinkedIn adapters recognise, coached by the built extension: each fixture where
 * it puts its composer (top-level page, or #interop-outlet's open shadow root) and again as the
 * document of the shell's same-origin /preload/ frame, each time on the original markup and on a
 * copy with every class name hashed.
 */

const SEED = 20_260_306;
const placements = ['page', 'frame'] as const;
const variants = ['original', 'hashed'] as const;
type Placement = (typeof placements)[number];
type Variant = (typeof variants)[number];

function fixture(file: string, variant: Variant): string {
  const html = readFileSync(`tests/e2e/fixtures/${file}`, 'utf8');
  return variant === 'hashed' ? hashClasses(html, SEED) : html;
}

describe('coaching on every LinkedIn surface, placement and class-hashed variant', () => {
  let rapport: Rapport;
  let extension: Page;

  const open = async (c: Case, placement: Placement, variant: Variant): Promise<{ page: Page; cdp: CDPSession; editor: (selector: string) => Locator }> => {
    const prefix = new URL(c.path, 'https://www.linkedin.com').pathname;
    rapport.serveHtml(prefix, fixture(placement === 'page' ? c.fixture : 'messaging-shell.html', variant));
    rapport.serveHtml('/preload/', fixture(placement === 'page' ? 'preload-empty.html' : c.fixture, variant));
    const page = await rapport.openLinkedIn(c.path);
    const root = placement === 'page' ? page : page.frameLocator('iframe[data-testid="interop-iframe"]');
    return { page, cdp: await page.context().newCDPSession(page), editor: (selector) => root.locator(selector).first() };
  };

  beforeAll(async () => {
    rapport = await launchRapport();
    extension = await rapport.openExtensionPage('src/popup/index.html');
  });

  afterAll(async () => {
    await rapport.close();
  });

  for (const c of cases) {
    for (const placement of placements) {
      for (const variant of variants) {
        it(`${c.fixture} (${c.covers}) as a ${placement}, ${variant}: ${c.rule}, and page.state names ${c.contact ?? 'nobody'}`, async () => {
          const { page, cdp, editor } = await open(c, placement, variant);
          const field = editor(c.editor ?? '[role="textbox"]');
          await field.click();
          if (c.type !== undefined) {
            await page.keyboard.press('End');
            await page.keyboard.type(c.type);
          }
          await waitForRule(cdp, c.rule);
          const state = await pageState(extension, page);
          expect(state.surface).toBe(c.surface);
          expect(state.contact?.id ?? null).toBe(c.contact);
          expect(state.findings.map((f) => f.rule)).toContain(c.rule);
          await page.close();
        });
      }
    }
  }

  it('gives each open bubble its own panel within 320 px, and the badge of the one in focus', async () => {
    const { page, cdp, editor } = await open(cases[3] as Case, 'page', 'original');
    for (const bubble of ['aisha', 'marcus']) {
      await editor(`[data-fixture="${bubble}"] [role="textbox"]`).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' {first_name}');
    }
    await waitFor(async () => closedShadowRoots(await domTree(cdp)).length === 2, 5_000, 'two panels');
    for (const shadow of closedShadowRoots(await domTree(cdp))) {
      const panel = (shadow.children ?? []).find((n: DomNode) => (attribute(n, 'class') ?? '').split(' ').includes('panel'));
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: panel?.backendNodeId ?? 0 })) as { model: { width: number } };
      expect(model.width).toBeGreaterThan(100);
      expect(model.width).toBeLessThanOrEqual(320);
    }
    expect(await shownRules(cdp)).toEqual(['unfilled-placeholder', 'unfilled-placeholder']);

    // The badge and the popup follow the bubble the user is writing in.
    for (const [bubble, id, typed] of [['aisha', AISHA, ''], ['marcus', MARCUS, ' Could I book a demo call to show you our product?']] as const) {
      await editor(`[data-fixture="${bubble}"] [role="textbox"]`).click();
      if (typed) await page.keyboard.type(typed);
      await waitFor(async () => (await pageState(extension, page)).contact?.id === id, 5_000, `${bubble} in focus`);
      const count = (await pageState(extension, page)).findings.length;
      await waitFor(async () => (await badgeText(rapport, page)) === String(count), 5_000, `badge ${count} for ${bubble}`);
    }
    expect((await pageState(extension, page)).findings.length).toBeGreaterThan(1);
    await page.close();
  });

  it('records the messages received in the visible thread once, by their URN', async () => {
    const received = async () => {
      const { interactions } = await ask<{ interactions: { kind: string }[] }>(extension, { type: 'contact.get', contactId: LENA });
      return interactions.filter((i) => i.kind === 'received').length;
    };
    for (const attempt of [1, 2]) {
      const { page, cdp } = await open(cases[0] as Case, 'page', 'original');
      await waitForRule(cdp, 'unfilled-placeholder');
      await waitFor(async () => (await received().catch(() => 0)) >= 3, 5_000, `three received messages (visit ${attempt})`);
      // A message that arrives while the thread is open is recorded after this visit's records of
      // the three shown on load, over the same channel, and the worker stores them in that order:
      // once the new one is stored, a duplicate of those three would be too.
      await page.evaluate((n) => {
        const item = [...document.querySelectorAll('.msg-s-event-listitem--other')].at(-1)?.closest('li');
        const copy = item?.cloneNode(true);
        if (!item || !(copy instanceof HTMLElement)) throw new Error('no received message in the fixture');
        copy.querySelector('[data-event-urn]')?.setAttribute('data-event-urn', `urn:li:msg_message:(urn:li:fsd_profile:late,2-late-${n})`);
        const body = copy.querySelector('.msg-s-event-listitem__body');
        if (body) body.textContent = `One more thing, visit ${n}`;
        item.after(copy);
      }, attempt);
      await waitFor(async () => (await received()) === 3 + attempt, 5_000, `the message that arrived during visit ${attempt}`);
      expect(await received()).toBe(3 + attempt);
      await page.close();
    }
    const { contact } = await ask<{ contact: { name: string; headline: string } }>(extension, { type: 'contact.get', contactId: LENA });
    expect(contact).toMatchObject({ name: 'Lena Fischer', headline: 'Head of Product at Brightwave' });
  });

  it('leaves no error in any console', () => {
    expect(rapport.consoleErrors).toEqual([]);
    expect(rapport.strayRequests).toEqual([]);
  });
});
