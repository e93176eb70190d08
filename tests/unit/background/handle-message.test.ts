import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import type { Request, RequestType, ResponseData, ResponseOf } from '../../../src/shared/protocol';
import { defaultAppSettings } from '../../../src/shared/settings';
import { EXTENSION_ID, FROM_LINKEDIN, FROM_LINKEDIN_IFRAME, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { ask as askAs, data as dataAs } from './ask';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const ask = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseOf<T>> => askAs<T>(deps, req, sender);

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

describe('handleMessage: the protocol end to end', () => {
  it('a LinkedIn page records a relationship the popup then shows', async () => {
    await data({ type: 'contact.seen', contact: { id: 'ada-lovelace', name: 'Ada Lovelace', headline: 'Analyst', degree: 1 } }, FROM_LINKEDIN);
    expect(await data({ type: 'interaction.record', contactId: 'ada-lovelace', kind: 'sent', surface: 'message', text: 'Hi Ada!' }, FROM_LINKEDIN_IFRAME)).toEqual({ recorded: true });
    expect(await data({ type: 'interaction.record', contactId: 'ada-lovelace', kind: 'sent', surface: 'message', text: 'Hi Ada!' }, FROM_LINKEDIN)).toEqual({ recorded: false });
    await data({ type: 'interaction.record', contactId: 'ada-lovelace', kind: 'received', text: 'Hello!' }, FROM_LINKEDIN);
    await data({ type: 'contact.update', contactId: 'ada-lovelace', patch: { notes: 'Met at PyCon', wants: ['hiring'], consent: { value: true, note: 'said yes' } } });

    const view = await data({ type: 'contact.get', contactId: 'ada-lovelace' });
    expect(view.contact).toMatchObject({ name: 'Ada Lovelace', notes: 'Met at PyCon', wants: ['hiring'], consent: { value: true, note: 'said yes' } });
    expect(view.contact).not.toHaveProperty('wantKeys');
    expect(view.interactions.map((i) => i.kind)).toEqual(['received', 'sent']);
    expect(view.stage).toBe('warming');

    expect(await data({ type: 'context.get', contactId: 'ada-lovelace' }, FROM_LINKEDIN)).toMatchObject({ connectedDaysAgo: 0, sent: 1, received: 1, consentToMailing: true });
    expect((await data({ type: 'contacts.search', query: 'lovelace' })).contacts.map((c) => c.id)).toEqual(['ada-lovelace']);
    expect(await data({ type: 'stats.month' })).toMatchObject({ sent: 1, replies: 1 });
    expect(await data({ type: 'contacts.reconnect' })).toEqual({ contacts: [] });
  });

  it('alias.learn from a LinkedIn page joins a profile slug and a messaging member id into one person the popup shows once', async () => {
    await data({ type: 'contact.seen', contact: { id: 'ines-carvalho-7f3e', name: 'Ines Carvalho', degree: 1 } }, FROM_LINKEDIN);
    await data({ type: 'interaction.record', contactId: 'ACoAAInesCarvalhoFixture9', kind: 'received', text: 'Olá!' }, FROM_LINKEDIN);
    expect(await data({ type: 'alias.learn', ids: ['ines-carvalho-7f3e', 'ACoAAInesCarvalhoFixture9'] }, FROM_LINKEDIN_IFRAME)).toEqual({ id: 'ines-carvalho-7f3e', merged: true });
    const view = await data({ type: 'contact.get', contactId: 'ACoAAInesCarvalhoFixture9' });
    expect(view.contact).toMatchObject({ id: 'ines-carvalho-7f3e', aliases: ['ACoAAInesCarvalhoFixture9'] });
    expect(view.contact).not.toHaveProperty('nameKey');
    expect(view.interactions.map((i) => i.kind)).toEqual(['received']);
    expect((await data({ type: 'contacts.search', query: 'ines' })).contacts).toHaveLength(1);
  });

  it('alias.learn is a content-script message only, with two to four different ids', async () => {
    expect(await ask({ type: 'alias.learn', ids: ['a-slug', 'ACoAAmember1'] })).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await ask({ type: 'alias.learn', ids: ['a-slug'] }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await ask({ type: 'alias.learn', ids: ['a-slug', 'a-slug'] }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await ask({ type: 'alias.learn', ids: ['a', 'b', 'c', 'd', 'e'] }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await ask({ type: 'alias.learn', ids: ['a-slug', 'javascript:alert(1)'] }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('the popup asks about a name match, joins on one click and undoes it; pages cannot', async () => {
    await data({ type: 'contact.seen', contact: { id: 'jordan-lee-4b2a', name: 'Jordan Lee' } }, FROM_LINKEDIN);
    await data({ type: 'contact.seen', contact: { id: 'ACoAAJordanLeeMember01', name: 'jordan lee' } }, FROM_LINKEDIN);
    const { match } = await data({ type: 'contacts.nameMatch', contactId: 'jordan-lee-4b2a' });
    expect(match).toMatchObject({ contact: { id: 'ACoAAJordanLeeMember01' }, imported: false });
    expect(await ask({ type: 'contacts.join', contactId: 'jordan-lee-4b2a', otherId: 'ACoAAJordanLeeMember01' }, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const joined = await data({ type: 'contacts.join', contactId: 'jordan-lee-4b2a', otherId: 'ACoAAJordanLeeMember01' });
    expect(joined.contact).toMatchObject({ id: 'jordan-lee-4b2a', aliases: ['ACoAAJordanLeeMember01'] });
    expect((await data({ type: 'contacts.search', query: 'jordan' })).contacts).toHaveLength(1);
    expect(await data({ type: 'contacts.undoJoin', contactId: 'ACoAAJordanLeeMember01' })).toEqual({});
    expect((await data({ type: 'contacts.search', query: 'jordan' })).contacts).toHaveLength(2);
    expect(await ask({ type: 'contacts.undoJoin', contactId: 'jordan-lee-4b2a' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('data.import merge: validated first (a bad file changes nothing), keeps this browser\'s settings, joins person by person', async () => {
    await data({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } });
    await data({ type: 'contact.update', contactId: 'ada', patch: { notes: 'here' } });
    const { json } = await data({ type: 'data.export' });
    const backup = json.replace('"notes":"here"', '"notes":"there"');
    const bad = await ask({ type: 'data.import', json: backup.replace('"name":"Ada"', '"name":7'), mode: 'merge' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_import' } });
    expect((await data({ type: 'contact.get', contactId: 'ada' })).contact.notes).toBe('here');
    const { settings } = await data({ type: 'settings.get' });
    await data({ type: 'settings.set', settings: { ...settings, account: 'premium' } });
    const merged = await data({ type: 'data.import', json: backup, mode: 'merge' });
    expect(merged.summary).toMatchObject({ settingsImported: false, merged: { contactsJoined: 1, contactsAdded: 0 } });
    expect((await data({ type: 'contact.get', contactId: 'ada' })).contact.notes).toBe('here\n\nthere');
    expect((await data({ type: 'settings.get' })).settings.account).toBe('premium');
  });

  it('intro.record gives to both and feeds intro suggestions', async () => {
    await data({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } });
    await data({ type: 'contact.seen', contact: { id: 'bob', name: 'Bob' } });
    await data({ type: 'contact.update', contactId: 'ada', patch: { wants: ['a designer'] } });
    await data({ type: 'contact.update', contactId: 'bob', patch: { haves: ['A designer'] } });
    expect((await data({ type: 'contacts.introSuggestions', contactId: 'ada' })).suggestions.map((s) => s.contact.id)).toEqual(['bob']);
    expect(await data({ type: 'intro.record', a: 'ada', b: 'bob', note: 'design help' })).toEqual({ ok: true });
    expect((await data({ type: 'contact.get', contactId: 'bob' })).balance).toEqual({ gave: 1, asked: 0 });
    expect(await ask({ type: 'intro.record', a: 'ada', b: 'ada' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('settings: defaults, validated writes, allowlist without duplicates', async () => {
    const { settings } = await data({ type: 'settings.get' });
    expect(settings.account).toBe('free');
    const saved = await data({ type: 'settings.set', settings: { ...settings, account: 'premium' } });
    expect(saved.settings.account).toBe('premium');
    expect(saved.settings.updatedAt).toBe(deps.clock.now);
    expect(await ask({ type: 'settings.set', settings: { ...settings, account: 'gold' } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((await data({ type: 'settings.get' })).settings.account).toBe('premium');
    await data({ type: 'allowlist.add', phrase: 'Our demo day' }, FROM_LINKEDIN);
    const again = await data({ type: 'allowlist.add', phrase: 'our DEMO day' }, FROM_LINKEDIN);
    expect(again.settings.engine.allowlist).toEqual(['Our demo day']);
  });

  it('export, delete all, import: the data comes back; a bad file changes nothing and says where', async () => {
    await data({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } });
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'gave', text: 'intro to a VC' });
    await data({ type: 'settings.set', settings: { ...defaultAppSettings(), zeroFootprint: true } });
    const { json } = await data({ type: 'data.export' });

    expect(await data({ type: 'data.deleteAll' })).toEqual({});
    expect(await ask({ type: 'contact.get', contactId: 'ada' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const bad = await ask({ type: 'data.import', json: json.slice(0, json.length / 2) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_import' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/^Not valid JSON at line \d+, column \d+ \(the file is truncated\)/u);
    const wrongSettings = JSON.stringify({ ...JSON.parse(json), settings: { account: 'gold' } });
    expect(await ask({ type: 'data.import', json: wrongSettings })).toMatchObject({ ok: false, error: { code: 'invalid_import', path: '$.settings.account' } });
    expect(await ask({ type: 'contact.get', contactId: 'ada' })).toMatchObject({ ok: false });

    expect(await data({ type: 'data.import', json })).toEqual({ summary: { contacts: 1, interactions: 1, settingsImported: true } });
    expect((await data({ type: 'contact.get', contactId: 'ada' })).balance.gave).toBe(1);
    expect((await data({ type: 'settings.get' })).settings.zeroFootprint).toBe(true);
  });

  it('badge.set sets the badge of the sending LinkedIn tab', async () => {
    expect(await data({ type: 'badge.set', count: 3 }, FROM_LINKEDIN_IFRAME)).toEqual({});
    expect(deps.badges).toEqual([{ tabId: 7, count: 3, kind: 'findings' }]);
  });
});

describe('handleMessage: who may ask', () => {
  const seen = { type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } } as const;

  it.each<[string, MessageSender]>([
    ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/x.html' }],
    ['a content script on a look-alike host', { id: EXTENSION_ID, url: 'https://www.linkedin.com.evil.example/in/x', tab: { id: 1 } }],
    ['a content script on http LinkedIn', { id: EXTENSION_ID, url: 'http://www.linkedin.com/feed/', tab: { id: 1 } }],
    ['a content script on another LinkedIn subdomain', { id: EXTENSION_ID, url: 'https://lms.linkedin.com/', tab: { id: 1 } }],
    ['a sandboxed about:blank frame', { id: EXTENSION_ID, url: 'about:blank', tab: { id: 1 } }],
    ['a sender without id', { url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
  ])('drops a request from %s, logging why, and writes nothing', async (_label, sender) => {
    expect(await ask(seen, sender)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(deps.logs.at(-1)).toMatch(/^dropped contact\.seen: /u);
    expect(await (await deps.db()).count('contacts')).toBe(0);
  });

  it('data and settings writers are for Rapport pages only; the badge is for LinkedIn tabs only', async () => {
    for (const req of [{ type: 'data.export' }, { type: 'data.deleteAll' }, { type: 'data.import', json: '{}' }, { type: 'settings.set', settings: {} }] as const) {
      expect(await ask(req, FROM_LINKEDIN)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(await ask({ type: 'badge.set', count: 1 }, FROM_POPUP)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });

  it('never logs the text of a message, even a rejected one', async () => {
    const secret = 'SECRET-MESSAGE-TEXT';
    await ask({ type: 'interaction.record', contactId: 'ada', kind: 'sent', text: secret });
    await handleMessage({ type: 'interaction.record', contactId: 'ada', kind: secret, text: secret }, FROM_LINKEDIN, deps);
    await handleMessage({ type: 'interaction.record', contactId: secret.repeat(20), kind: 'sent', text: secret }, FROM_LINKEDIN, deps);
    await handleMessage({ type: secret }, FROM_LINKEDIN, deps);
    await handleMessage({ type: 'contact.seen', contact: { id: 'x', name: 5 } }, { id: EXTENSION_ID, url: `https://evil.example/${secret}` }, deps);
    expect(deps.logs.length).toBeGreaterThanOrEqual(4);
    expect(deps.logs.join('\n')).not.toContain('SECRET');
  });
});

describe('handleMessage: failures are typed answers', () => {
  it('a full disk comes back as quota_exceeded, not as a silent success', async () => {
    const db = await deps.db();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    deps.db = async () =>
      new Proxy(db, {
        get: (target, key) => (key === 'transaction' ? () => { throw quota; } : Reflect.get(target, key)),
      });
    const res = await ask({ type: 'contact.update', contactId: 'ada', patch: { notes: 'x' } });
    expect(res).toMatchObject({ ok: false, error: { code: 'quota_exceeded' } });
  });

  it('an unexpected exception becomes a generic internal error without its details', async () => {
    deps.db = async () => {
      throw new TypeError('secret internals');
    };
    const res = await ask({ type: 'context.get', contactId: 'ada' });
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(res)).not.toContain('secret internals');
  });
});
