import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashClasses } from './fixtures/hash-classes';
import type { ComposerSummary, Probe } from './fixtures/linkedin-probe';
import { CHROMIUM, CHROMIUM_FLAGS, waitFor } from './harness';
import type { Recipient, VisibleMessage } from '../../src/linkedin/types';

/*
 * src/linkedin in real Chromium, without the extension: the adapters are bundled with a probe
 * (fixtures/linkedin-probe.ts) and injected into every frame of a fixture page. Each surface is read
 * where its fixture puts it (top-level page or #interop-outlet's shadow root) and again as the
 * document of the same-origin /preload/ frame inside the messaging shell, each time on the original
 * markup and on a copy with every class name hashed: all four must read the same.
 */

const FIXTURES = resolve('tests/e2e/fixtures');
const SEED = 20_260_306;

const SELF = 'ACoAAA_hEAS8voCi_Z0MYhL2qLu0g4MZlMFZu_Y';
const LENA = 'ACoAAAuf3mtPLZOinZw9cRaBYVCqnvwxlQ_GX2y';
const PRIYA = 'ACoAAA4fL55wJ28m0KYi5_WCCPguYg5qg01_i89';
const TOM = 'ACoAADSw-n7puUwioy_UlA5HXDOvu-HYTiB2_J8';
const MARCUS = 'ACoAABMvuSfoSEMNF97IDQKUh5-CRY4945j9Ilu';
const AISHA = 'ACoAACuEKjjj834vEKfeEWrvEGa3rJUOzR7-JQJ';
const DANA = 'ACoAAAF8HOMvEHc0clL8JHV4POWGD2kg4dZbjBg';
const JONAS = 'ACoAACLEuuOcDur3GsRDBrI_A7hLidQQ1Xfx29i';
const OWEN = 'ACoAACRmEY5NWNAUPTy8_8bxT6Br1goRkvucAnW';
const NORA = 'ACoAAA0dLYw0QSG_uqxiIhQFOTOLLPbsrUfWXcQ';

type Variant = 'original' | 'hashed';
interface Site { path: string; top: string; frame?: string }
interface Opened { page: Page; errors: string[]; scan: (frame?: Frame) => Promise<ComposerSummary[]> }
interface ObserverCounts { live: number; targets: number }
interface ProbeGlobals { rapportProbe: Probe; observerCounts: ObserverCounts }

let browser: Browser;
let probe: string;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: [resolve(FIXTURES, 'linkedin-probe.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  probe = bundled.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
});

afterAll(async () => {
  await browser.close();
});

/** Counts live MutationObservers (observed and not disconnected) the way a leak check would. */
function countObservers(): void {
  const Native = window.MutationObserver;
  const live = new Set<MutationObserver>();
  let targets = 0;
  class Counted extends Native {
    override observe(target: Node, options?: MutationObserverInit): void {
      live.add(this);
      targets += 1;
      super.observe(target, options);
    }
    override disconnect(): void {
      live.delete(this);
      super.disconnect();
    }
  }
  window.MutationObserver = Counted;
  Object.defineProperty(window, 'observerCounts', { get: () => ({ live: live.size, targets }) });
}

async function open(site: Site, variant: Variant): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(countObservers);
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'https://www.linkedin.com') return route.abort('blockedbyclient');
    const file = url.pathname.startsWith('/preload/') ? (site.frame ?? 'preload-empty.html') : site.top;
    const html = readFileSync(resolve(FIXTURES, file), 'utf8');
    const body = variant === 'hashed' ? hashClasses(html, SEED) : html;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`https://www.linkedin.com${site.path}`, { waitUntil: 'load' });
  for (const frame of page.frames()) await frame.addScriptTag({ content: probe });
  return {
    page,
    errors,
    scan: (frame = page.mainFrame()) => frame.evaluate(() => (window as unknown as ProbeGlobals).rapportProbe.scan()),
  };
}

async function closeAll(pages: Opened[]): Promise<void> {
  await Promise.all(pages.map((opened) => opened.page.context().close()));
}

function preloadFrame(opened: Opened): Frame {
  const frame = opened.page.frames().find((f) => new URL(f.url()).pathname.startsWith('/preload/'));
  if (!frame) throw new Error('no /preload/ frame');
  return frame;
}

const urn = expect.stringMatching(new RegExp(`^urn:li:msg_message:\\(urn:li:fsd_profile:${SELF},2-[\\w+/=]+\\)$`));
const at = (iso: string) => Date.parse(iso);
function message(direction: VisibleMessage['direction'], senderId: string, when: number, text: string, pending = false): VisibleMessage {
  return pending ? { direction, senderId, at: when, text } : { direction, senderId, at: when, text, urn };
}
function person(id: string, name: string, headline: string, degree: 1 | 2 | 3): Recipient {
  return { id, name, headline, degree, profileUrl: `https://www.linkedin.com/in/${id}/` };
}
const FORM = expect.stringMatching(/^form /);
const FOOTER_SLOT = { parent: FORM, before: 'footer "Send Open send options"' };
const SEND = 'button[type="submit"] "Send"';
const EDITOR = 'div[role="textbox"][aria-label="Write a message…"]';
function todayAt(hours: number, minutes: number): number {
  const day = new Date();
  day.setHours(hours, minutes, 0, 0);
  return day.getTime();
}

interface Surface { fixture: string; path: string; covers: string; expected: () => ComposerSummary[] }

const surfaces: Surface[] = [
  {
    fixture: 'messaging-thread.html',
    path: '/messaging/thread/2-ZWQ3OWJiZDMtYmQyYy00YjdhLWJhYTQtYTliM2RjMDg1OTQ4XzAxMA==/',
    covers: 'a one-to-one thread: runs, day headings, an attachment, a send without URN; the stale thread is ignored',
    expected: () => [{
      adapter: 'messaging-page',
      surface: 'message',
      scope: 'div[data-fixture="open-thread"]',
      editor: EDITOR,
      draft: 'Hi {first_name}, quick follow-up —\nwould you be open to a 20-minute demo of our tool this week?',
      recipient: person(LENA, 'Lena Fischer', 'Head of Product at Brightwave', 1),
      history: [
        message('out', SELF, at('2026-03-02T09:14:05Z'), 'Hi Lena,\n\nI enjoyed your talk at Product Camp Berlin — the part about onboarding checklists stuck with me.'),
        message('in', LENA, at('2026-03-02T09:41:30Z'), 'Thanks Sam! Glad it was useful.'),
        message('in', LENA, at('2026-03-02T09:42:10Z'), 'Happy to share the slides if you want them.'),
        message('out', SELF, at('2026-03-03T17:05:00Z'), 'Yes please, that would be great.'),
        message('out', SELF, at('2026-03-03T17:06:12Z'), ''),
        message('in', LENA, at('2026-03-04T08:02:44Z'), 'Here you go: slides attached.\nLet me know what you think!'),
        message('out', SELF, todayAt(10, 6), 'Thank you! Reading them tonight.', true),
      ],
      maxLength: null,
      panelSlot: FOOTER_SLOT,
      sendButton: SEND,
      form: FORM,
      subject: null,
    }],
  },
  {
    fixture: 'preload-messaging.html',
    path: '/messaging/thread/2-YjlmOGMxMTYtMWM0YS00MzhjLTlmNTEtYzdjODc1MzAzYWQzXzAwMg==/',
    covers: 'a group thread: no single recipient, and the other participants are incoming, never "me"',
    expected: () => [{
      adapter: 'messaging-page',
      surface: 'message',
      scope: 'div[data-fixture="open-thread"]',
      editor: EDITOR,
      draft: '',
      recipient: null,
      history: [
        message('in', PRIYA, at('2026-02-20T10:00:01Z'), 'Welcome both — Tom, meet Sam. Sam, meet Tom.'),
        message('in', TOM, at('2026-02-20T10:05:02Z'), 'Great to meet you, Sam. What are you working on these days?'),
        message('out', SELF, at('2026-02-20T10:07:40Z'), 'Thanks Priya!\nTom — a small tool that helps people write better first messages.'),
      ],
      maxLength: null,
      panelSlot: FOOTER_SLOT,
      sendButton: SEND,
      form: FORM,
      subject: null,
    }],
  },
  {
    fixture: 'new-message.html',
    path: '/messaging/thread/new/',
    covers: 'the new-message page: the recipient from the pill and profile card, not the "New message" title',
    expected: () => [{
      adapter: 'messaging-page',
      surface: 'message',
      scope: 'div[data-fixture="new-message"]',
      editor: EDITOR,
      draft: 'Hi {first_name}, great meeting you at the meetup!',
      recipient: person(JONAS, 'Jonas Berg', 'Data Scientist at Fjord Analytics', 1),
      history: [],
      maxLength: null,
      panelSlot: FOOTER_SLOT,
      sendButton: SEND,
      form: FORM,
      subject: null,
    }],
  },
  {
    fixture: 'overlay-bubbles.html',
    path: '/feed/',
    covers: 'two open chat bubbles, each scoped to itself; minimized, stale and decoy editors ignored',
    expected: () => [
      {
        adapter: 'chat-overlay',
        surface: 'message',
        scope: 'div[role="dialog"][aria-label="Messaging"][data-fixture="marcus"]',
        editor: EDITOR,
        draft: 'Thanks Marcus! Can I add you to our newsletter list?',
        recipient: person(MARCUS, 'Marcus Chen', 'Staff Engineer at Northwind', 2),
        history: [
          message('in', MARCUS, at('2026-02-27T14:44:00Z'), "Hey Sam — saw you're hiring for platform roles. I might know someone."),
          message('out', SELF, at('2026-02-27T15:02:09Z'), 'That would be amazing, thank you!'),
          message('out', SELF, at('2026-02-27T15:02:50Z'), 'What should I send them?'),
        ],
        maxLength: null,
        panelSlot: FOOTER_SLOT,
        sendButton: SEND,
        form: FORM,
        subject: null,
      },
      {
        adapter: 'chat-overlay',
        surface: 'message',
        scope: 'div[role="dialog"][aria-label="Messaging"][data-fixture="aisha"]',
        editor: EDITOR,
        draft: '',
        recipient: person(AISHA, 'Aisha Bello', 'Founder at Kora Health', 1),
        history: [message('in', AISHA, at('2026-03-01T11:30:00Z'), 'Congrats on the new role, Sam!')],
        maxLength: null,
        panelSlot: FOOTER_SLOT,
        sendButton: SEND,
        form: FORM,
        subject: null,
      },
    ],
  },
  {
    fixture: 'inmail.html',
    path: '/in/dana-whitfield/',
    covers: 'InMail: subject and body as one draft, the subject field exposed, degree 3 from the profile card',
    expected: () => [{
      adapter: 'inmail',
      surface: 'inmail',
      scope: 'div[role="dialog"][aria-label="Messaging"][data-fixture="inmail-bubble"]',
      editor: EDITOR,
      draft: 'Your onboarding talk\nHi Dana,\nI run growth at Brightwave and would love your take on our onboarding.',
      recipient: person(DANA, 'Dana Whitfield', 'VP Customer Success at Lumen', 3),
      history: [],
      maxLength: null,
      panelSlot: FOOTER_SLOT,
      sendButton: SEND,
      form: FORM,
      subject: 'input[aria-label="Subject (optional)"][name="subject"][type="text"]',
    }],
  },
  {
    fixture: 'invite-note.html',
    path: '/in/jane-doe/',
    covers: 'the invite note: the page owner (not the sidebar person), the visible degree, limit 200, the action bar',
    expected: () => [{
      adapter: 'invite-note',
      surface: 'invite-note',
      scope: 'div[role="dialog"][data-fixture="invite-dialog"]',
      editor: 'textarea[name="message"]',
      draft: 'Hi Jane, I loved your post on shipping small. Would be glad to connect.',
      recipient: { id: 'jane-doe', name: 'Jane Doe', headline: 'Founder at Acme', degree: 2, profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
      history: [],
      maxLength: 200,
      panelSlot: { parent: 'div[role="dialog"][data-fixture="invite-dialog"]', before: 'div "Cancel Send"' },
      sendButton: 'button[aria-label="Send invitation"][type="button"] "Send"',
      form: null,
      subject: null,
    }],
  },
];

for (const surface of surfaces) {
  describe(`${surface.fixture}: ${surface.covers}`, () => {
    const reads: Record<string, ComposerSummary[]> = {};
    const opened: Opened[] = [];

    beforeAll(async () => {
      for (const variant of ['original', 'hashed'] as const) {
        const page = await open({ path: surface.path, top: surface.fixture }, variant);
        const framed = await open({ path: surface.path, top: 'messaging-shell.html', frame: surface.fixture }, variant);
        opened.push(page, framed);
        reads[`page ${variant}`] = await page.scan();
        reads[`frame ${variant}`] = await framed.scan(preloadFrame(framed));
        reads[`shell around the frame ${variant}`] = await framed.scan();
      }
    });

    afterAll(() => closeAll(opened));

    it('reads every composer, its recipient, history, limit, panel slot and send button', () => {
      expect(reads['page original']).toEqual(surface.expected());
    });

    it('reads the same on a copy with every class name hashed', () => {
      expect(reads['page hashed']).toEqual(reads['page original']);
    });

    it('reads the same as the document of the same-origin /preload/ frame, original and hashed', () => {
      expect(reads['frame original']).toEqual(reads['page original']);
      expect(reads['frame hashed']).toEqual(reads['page original']);
    });

    it('does not reach into the frame from the page around it', () => {
      expect(reads['shell around the frame original']).toEqual([]);
      expect(reads['shell around the frame hashed']).toEqual([]);
    });

    it('logs nothing to the console', () => {
      expect(opened.flatMap((o) => o.errors)).toEqual([]);
    });
  });
}

describe('decoys', () => {
  it('finds only the two open bubbles among every rendered textbox of the overlay page', async () => {
    for (const variant of ['original', 'hashed'] as const) {
      const opened = await open({ path: '/feed/', top: 'overlay-bubbles.html' }, variant);
      const rendered = await opened.page.evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
        return roots.flatMap((root) => [...root.querySelectorAll('[contenteditable="true"][role="textbox"]')])
          .filter((editor) => editor.checkVisibility())
          .map((editor) => editor.closest('[data-fixture]')?.getAttribute('data-fixture') ?? editor.getAttribute('data-fixture'));
      });
      // The decoys really are on screen: the test would prove nothing otherwise.
      expect(rendered.sort()).toEqual(['aisha', 'feed-comment-box', 'marcus', 'post-composer']);
      expect((await opened.scan()).map((c) => c.scope)).toEqual([
        'div[role="dialog"][aria-label="Messaging"][data-fixture="marcus"]',
        'div[role="dialog"][aria-label="Messaging"][data-fixture="aisha"]',
      ]);
      await closeAll([opened]);
    }
  });
});

describe('invite note for a Premium account', () => {
  it('takes the limit of 300 from the textarea, on the page and in the /preload/ frame, original and hashed', async () => {
    const limits: (number | null)[] = [];
    for (const variant of ['original', 'hashed'] as const) {
      const page = await open({ path: '/in/jane-doe/?premium=1', top: 'invite-note.html' }, variant);
      const framed = await open({ path: '/in/jane-doe/?premium=1', top: 'messaging-shell.html', frame: 'invite-note.html' }, variant);
      for (const read of [await page.scan(), await framed.scan(preloadFrame(framed))]) limits.push(...read.map((c) => c.maxLength));
      await closeAll([page, framed]);
    }
    expect(limits).toEqual([300, 300, 300, 300]);
  });
});

describe('unrecognised pages', () => {
  it('finds nothing on the feed, the shell and its empty frame, and logs nothing', async () => {
    for (const variant of ['original', 'hashed'] as const) {
      for (const site of [{ path: '/feed/', top: 'feed.html' }, { path: '/messaging/', top: 'messaging-shell.html' }]) {
        const opened = await open(site, variant);
        for (const frame of opened.page.frames()) expect(await opened.scan(frame)).toEqual([]);
        expect(opened.errors).toEqual([]);
        await closeAll([opened]);
      }
    }
  });
});

describe('data-event-urn read either way', () => {
  // linkedin-dom.md (after woohoo) reads the URN's profile as the sender; captured DOMs show the
  // signed-in member on every message. Directions must not depend on which reading is right.
  it('gives the same directions when each URN names its sender instead of the signed-in member', async () => {
    for (const variant of ['original', 'hashed'] as const) {
      const opened = await open({ path: surfaces[0]?.path ?? '', top: 'messaging-thread.html' }, variant);
      const before = await opened.scan();
      const senders = before[0]?.history.filter((m) => m.urn !== undefined).map((m) => m.senderId ?? '') ?? [];
      expect(senders).toEqual([SELF, LENA, LENA, SELF, SELF, LENA]);
      await opened.page.evaluate(({ self, ids }) => {
        document.querySelectorAll('[data-fixture="open-thread"] [data-event-urn]').forEach((item, index) => {
          item.setAttribute('data-event-urn', (item.getAttribute('data-event-urn') ?? '').replace(self, ids[index] ?? self));
        });
      }, { self: SELF, ids: senders });
      const after = await opened.scan();
      const strip = (read: ComposerSummary[]) => read.map((c) => c.history.map(({ direction, senderId, at, text }) => ({ direction, senderId, at, text })));
      expect(strip(after)).toEqual(strip(before));
      await closeAll([opened]);
    }
  });
});

describe('the full-page adapter', () => {
  it('does not take a message-like form outside the messaging pages for a thread', async () => {
    const opened = await open({ path: '/jobs/view/4021987/', top: 'messaging-thread.html' }, 'hashed');
    expect(await opened.scan()).toEqual([]);
    await closeAll([opened]);
  });
});

describe('observeLinkedIn', () => {
  for (const variant of ['original', 'hashed'] as const) {
    it(`sees bubbles added later inside shadow roots, ignores typing, and stops after abort (${variant})`, async () => {
      const opened = await open({ path: '/messaging/', top: 'messaging-shell.html' }, variant);
      const { page } = opened;
      const changes = () => page.evaluate(() => (window as unknown as ProbeGlobals).rapportProbe.changes);
      const counts = () => page.evaluate(() => (window as unknown as ProbeGlobals).observerCounts);
      const recipients = async () => (await opened.scan()).map((c) => c.recipient?.id);
      const fire = (event: string) => page.evaluate((name) => document.dispatchEvent(new Event(name)), event);
      // Until the observer's pending timers have run, "no change" would prove nothing.
      const settled = () => page.evaluate(() => (window as unknown as ProbeGlobals).rapportProbe.settled());

      // Playwright's own injected script keeps an observer in the page: count from here.
      const base = await counts();
      await page.evaluate(() => (window as unknown as ProbeGlobals).rapportProbe.observe());
      expect(await recipients()).toEqual([]);
      expect(await counts()).toEqual({ live: base.live + 1, targets: base.targets + 2 });

      await fire('rapport-fixture:open-bubble');
      await waitFor(async () => (await changes()) > 0, 2_000, 'a change inside the existing shadow root');
      expect(await recipients()).toEqual([OWEN]);

      await page.locator('[data-fixture="late-bubble"] [role="textbox"]').click();
      const beforeTyping = await changes();
      await page.keyboard.type('Hi Owen, sure — how about Thursday?');
      await settled();
      expect(await changes()).toBe(beforeTyping);

      // attachShadow on a host already in the page makes no mutation: only the host poll can see it.
      await fire('rapport-fixture:attach-outlet-main');
      await waitFor(async () => (await changes()) > beforeTyping, 2_000, 'a shadow root attached later');
      expect(await recipients()).toEqual([OWEN, NORA]);
      expect(await counts()).toEqual({ live: base.live + 1, targets: base.targets + 3 });

      await page.evaluate(() => (window as unknown as ProbeGlobals).rapportProbe.stop());
      expect((await counts()).live).toBe(base.live);
      const afterStop = await changes();
      await fire('rapport-fixture:open-bubble');
      await settled();
      expect(await changes()).toBe(afterStop);
      expect(opened.errors).toEqual([]);
      await closeAll([opened]);
    });
  }
});
