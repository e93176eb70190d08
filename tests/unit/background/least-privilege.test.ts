import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import { dumpAll } from '../../../src/storage/dump';
import { ALLOWED_SENDERS, REQUEST_TYPES, type Request, type RequestType, type ResponseOf } from '../../../src/shared/protocol';
import { defaultAppSettings } from '../../../src/shared/settings';
import { FROM_LINKEDIN, FROM_LINKEDIN_IFRAME, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

async function ask<T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseOf<T>> {
  return (await handleMessage(req, sender, deps)) as ResponseOf<T>;
}

async function everything(): Promise<unknown> {
  const { contacts, interactions } = await dumpAll(await deps.db());
  return { contacts, interactions, local: [...deps.local.data], sync: [...deps.sync.data] };
}

/** Two people with notes, consent and a ledger, set up from the popup. */
async function seedFromPopup(): Promise<void> {
  for (const id of ['ada', 'bob']) {
    expect((await ask({ type: 'contact.seen', contact: { id, name: id.toUpperCase() } })).ok).toBe(true);
  }
  await ask({ type: 'contact.update', contactId: 'ada', patch: { notes: 'private', haves: ['design'], consent: { value: false, note: 'said no' } } });
  await ask({ type: 'contact.update', contactId: 'bob', patch: { wants: ['design'] } });
  await ask({ type: 'interaction.record', contactId: 'ada', kind: 'gave', text: 'an intro' });
}

describe('a LinkedIn content script gets only what the content code sends', () => {
  it('the list of what it may send is exactly what src/content sends', () => {
    const allowed = REQUEST_TYPES.filter((type) => ALLOWED_SENDERS[type].includes('content-script'));
    expect(allowed.sort()).toEqual(['alias.learn', 'allowlist.add', 'badge.set', 'contact.seen', 'context.get', 'interaction.record', 'invitation.record', 'invitations.week']);
  });

  const refused: Request[] = [
    { type: 'contact.get', contactId: 'ada' },
    { type: 'contact.update', contactId: 'ada', patch: { notes: '', consent: { value: true } } },
    { type: 'settings.get' },
    { type: 'contacts.search', query: 'a' },
    { type: 'contacts.reconnect' },
    { type: 'contacts.introSuggestions', contactId: 'bob' },
    { type: 'stats.month' },
    { type: 'intro.record', a: 'ada', b: 'bob' },
    { type: 'settings.set', settings: defaultAppSettings() },
    { type: 'data.export' },
    { type: 'data.deleteAll' },
    { type: 'interaction.record', contactId: 'ada', kind: 'gave', text: 'a fake give' },
    { type: 'interaction.record', contactId: 'ada', kind: 'asked' },
    { type: 'interaction.record', contactId: 'ada', kind: 'intro' },
    { type: 'interaction.record', contactId: 'ada', kind: 'note', text: 'x' },
  ];
  it.each(refused.map((r) => [r.type === 'interaction.record' ? `a ${r.kind} interaction.record` : r.type, r] as const))('%s from a LinkedIn frame is refused and changes nothing', async (_type, request) => {
    await seedFromPopup();
    const before = await everything();
    for (const sender of [FROM_LINKEDIN, FROM_LINKEDIN_IFRAME]) {
      const res = await ask(request, sender);
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      expect(res).not.toHaveProperty('data');
    }
    expect(await everything()).toEqual(before);
  });

  it('what a page records is what it sees sent and received', async () => {
    expect(await ask({ type: 'interaction.record', contactId: 'ada', kind: 'sent', text: 'Hi' }, FROM_LINKEDIN)).toMatchObject({ ok: true });
    expect(await ask({ type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello' }, FROM_LINKEDIN_IFRAME)).toMatchObject({ ok: true });
  });

  it('the profile URL is derived from the id, whatever the page says', async () => {
    const seen = { type: 'contact.seen', contact: { id: 'ada', name: 'Ada', profileUrl: 'https://www.linkedin.com/in/mallory/' } };
    const res = (await handleMessage(seen, FROM_LINKEDIN, deps)) as ResponseOf<'contact.seen'>;
    expect(res.ok && res.data.contact.profileUrl).toBe('https://www.linkedin.com/in/ada/');
  });
});

describe('allowlist.add', () => {
  it('at the cap says the list is full instead of saving a phrase the settings would drop', async () => {
    const full = defaultAppSettings();
    full.engine.allowlist = Array.from({ length: 500 }, (_, i) => `phrase ${i}`);
    expect((await ask({ type: 'settings.set', settings: full })).ok).toBe(true);
    const res = await ask({ type: 'allowlist.add', phrase: 'one more' }, FROM_LINKEDIN);
    expect(res).toEqual({ ok: false, error: { code: 'invalid_request', message: 'The allowlist is full (500 phrases): remove some on the options page to add another.' } });
    expect(await ask({ type: 'allowlist.add', phrase: 'PHRASE 7' }, FROM_LINKEDIN)).toMatchObject({ ok: true });
  });
});

describe('settings in storage are untrusted input', () => {
  it('whatever a page writes to storage.local, the background reads only valid settings', async () => {
    deps.local.data.set('settings', JSON.stringify({ account: 'gold', zeroFootprint: 'yes', engine: { locale: 'xx', allowlist: [5, 'ok'] }, __proto__: { polluted: true } }));
    const res = await ask({ type: 'settings.get' });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.settings).toMatchObject({ account: 'free', zeroFootprint: false, engine: { locale: 'en', allowlist: ['ok'] } });
    expect(res.data.settings).not.toHaveProperty('polluted');
  });
});
