import { describe, expect, it } from 'vitest';
import { CONTACT_ID_PATTERN, LIMITS, parseRequest, REQUEST_TYPES } from '../../../src/shared/protocol';
import { CONTACT_ID_PATTERN as STORAGE_CONTACT_ID_PATTERN, isContactId } from '../../../src/storage/ids';

describe('request schemas', () => {
  it('lists every type of the team contract', () => {
    expect([...REQUEST_TYPES].sort()).toEqual([
      'alias.learn', 'allowlist.add', 'badge.set', 'contact.get', 'contact.seen', 'contact.update', 'contacts.introSuggestions', 'contacts.join', 'contacts.keepInTouch',
      'contacts.nameMatch', 'contacts.reconnect', 'contacts.search', 'contacts.undoJoin', 'context.get', 'data.deleteAll', 'data.export', 'data.import', 'interaction.record',
      'intro.record', 'invitation.record', 'invitations.week', 'promise.close', 'promises.list', 'settings.get', 'settings.set', 'stats.month',
    ]);
  });

  it('keeps only the declared keys: extra keys, __proto__ and constructor never reach a handler', () => {
    const hostile = JSON.parse('{"type":"contact.update","contactId":"ada","patch":{"notes":"n","__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}},"__proto__":{"type":"data.deleteAll"},"extra":1}') as unknown;
    const parsed = parseRequest(hostile);
    expect(parsed).toEqual({ ok: true, request: { type: 'contact.update', contactId: 'ada', patch: { notes: 'n' } } });
    if (parsed.ok) {
      expect(Object.getPrototypeOf(parsed.request)).toBe(Object.prototype);
      expect((parsed.request as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    }
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });

  it('a list is not an object: patch: [] is refused rather than taken as an empty patch', () => {
    expect(parseRequest({ type: 'contact.update', contactId: 'ada', patch: [] })).toMatchObject({ ok: false });
    expect(parseRequest({ type: 'contact.seen', contact: ['ada', 'Ada'] })).toMatchObject({ ok: false });
  });

  it('refuses ids, sizes and values outside their formats', () => {
    const bad: unknown[] = [
      { type: 'context.get', contactId: '' },
      { type: 'context.get', contactId: 'a'.repeat(101) },
      { type: 'context.get', contactId: 'ada/../../x' },
      { type: 'context.get', contactId: 'José' },
      { type: 'interaction.record', contactId: 'ada', kind: 'sent', text: 'x'.repeat(LIMITS.text + 1) },
      { type: 'interaction.record', contactId: 'ada', kind: 'spam' },
      { type: 'interaction.record', contactId: 'ada', kind: 'sent', at: 1e20 },
      { type: 'interaction.record', contactId: 'ada', kind: 'sent', urn: 'javascript:alert(1)' },
      { type: 'contact.seen', contact: { id: 'ada', name: 'Ada', degree: 4 } },
      { type: 'contact.update', contactId: 'ada', patch: { tags: Array(LIMITS.topics + 1).fill('t') } },
      { type: 'allowlist.add', phrase: '   ' },
      { type: 'badge.set', count: -1 },
      { type: 'contacts.search', query: 'q', limit: 10_000 },
      { type: 'toString' },
      { type: '__proto__' },
    ];
    for (const message of bad) expect(parseRequest(message), JSON.stringify(message).slice(0, 120)).toMatchObject({ ok: false });
  });

  it('takes no profile URL from a page: the background derives it from the id', () => {
    const parsed = parseRequest({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada', profileUrl: 'https://evil.example/in/ada' } });
    expect(parsed).toEqual({ ok: true, request: { type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } } });
  });

  it('accepts the message urns LinkedIn uses, base64 padding and all', () => {
    for (const urn of ['urn:li:msg_message:(urn:li:fsd_profile:ACoAAB12xYz,2-ZDI3YjM1NjUtNGQ3Ni00YjU2LTk0YTUtYWQ3NjM0ZjIzNjliXzAxMg==)', 'urn:li:messagingMessage:2-abc+/=']) {
      expect(parseRequest({ type: 'interaction.record', contactId: 'ada', kind: 'received', urn })).toMatchObject({ ok: true });
    }
  });

  it('says what is wrong without quoting the message text', () => {
    const parsed = parseRequest({ type: 'interaction.record', contactId: 'ada', kind: 'my secret words' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(/^kind: /u);
      expect(parsed.message).not.toContain('secret');
    }
  });
});

describe('contact ids', () => {
  it('the protocol and the store accept exactly the same ids', () => {
    expect(CONTACT_ID_PATTERN.source).toBe(STORAGE_CONTACT_ID_PATTERN.source);
    for (const id of ['ada-lovelace', 'ACoAAB12_xYz', '%C3%A9lodie', 'a.b', 'a'.repeat(100), '', 'a'.repeat(101), 'a b', 'José', 'a/b', 'a?b']) {
      expect(CONTACT_ID_PATTERN.test(id), id).toBe(isContactId(id));
    }
  });
});
