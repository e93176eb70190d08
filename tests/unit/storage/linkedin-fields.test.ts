import { describe, expect, it } from 'vitest';
import { parseConnectedOn, parseInvitationDate, parseMessageDate } from '../../../src/storage/linkedin-export/dates';
import { OwnerDetector, type MessageParticipants } from '../../../src/storage/linkedin-export/me';
import { repairMojibake } from '../../../src/storage/linkedin-export/mojibake';
import { contactIdFromUrl } from '../../../src/storage/ids';
import { seeded } from './generate-store';
import { doubleEncode } from './linkedin-export';

describe('mojibake repair', () => {
  it.each(['José', 'Zoë', 'Åsa Öberg', 'Ștefan Rădulescu', 'Łukasz', '李小龙', 'Ελένη', 'naïve – “quoted” €5'])('repairs double-encoded %s', (name) => {
    expect(repairMojibake(doubleEncode(name))).toBe(name);
  });

  it.each(['José', 'Ãngel', 'Ã', 'MÃœLLER GmbH and José', 'plain ascii', '', 'Â'])('leaves %s alone when it is not clean double-encoded UTF-8', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('never throws on arbitrary text', () => {
    const rand = seeded(3);
    for (let i = 0; i < 2000; i += 1) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => String.fromCharCode(Math.floor(rand() * 0x3000))).join('');
      expect(typeof repairMojibake(text)).toBe('string');
    }
  });
});

describe('export dates', () => {
  it('reads each file’s own format, as UTC', () => {
    expect(parseConnectedOn('23 Nov 2026')).toBe(Date.UTC(2026, 10, 23));
    expect(parseConnectedOn('5 September 2025')).toBe(Date.UTC(2025, 8, 5));
    expect(parseMessageDate('2026-11-02 14:03:22 UTC')).toBe(Date.UTC(2026, 10, 2, 14, 3, 22));
    expect(parseInvitationDate('11/23/26, 2:03 PM')).toBe(Date.UTC(2026, 10, 23, 14, 3));
    expect(parseInvitationDate('1/2/2026, 12:15 AM')).toBe(Date.UTC(2026, 0, 2, 0, 15));
  });

  it('returns null for what it cannot read', () => {
    for (const bad of ['', 'yesterday', '23 Foo 2026', '2026/11/02']) {
      expect(parseConnectedOn(bad)).toBeNull();
      expect(parseMessageDate(bad)).toBeNull();
    }
  });
});

describe('profile URLs', () => {
  it('takes the id from /in/<id>/ on linkedin.com only', () => {
    expect(contactIdFromUrl('https://www.linkedin.com/in/jane-doe-12ab/')).toBe('jane-doe-12ab');
    expect(contactIdFromUrl(' https://linkedin.com/in/ACoAAB12_xYz?miniProfile=1 ')).toBe('ACoAAB12_xYz');
    expect(contactIdFromUrl('https://www.linkedin.com/in/%C3%A9lodie')).toBe('%C3%A9lodie');
    expect(contactIdFromUrl('https://evil.example/in/jane')).toBeNull();
    expect(contactIdFromUrl('https://www.linkedin.com/company/acme')).toBeNull();
    expect(contactIdFromUrl('not a url')).toBeNull();
  });
});

function identifyMe(messages: MessageParticipants[], connectionIds: Set<string>): string | null {
  const detector = new OwnerDetector();
  for (const m of messages) detector.add(m);
  return detector.owner(connectionIds);
}

describe('who "me" is in messages.csv', () => {
  const m = (conversationId: string, from: string, ...to: string[]) => ({ conversationId, from, to });

  it('is the non-connection present in the most conversations', () => {
    const messages = [m('c1', 'me', 'ada'), m('c1', 'ada', 'me'), m('c2', 'bob', 'me'), m('c3', 'me', 'cyd'), m('c4', 'eve', 'me')];
    expect(identifyMe(messages, new Set(['ada', 'bob', 'cyd']))).toBe('me');
  });

  it('is never a connection, even one who talks more', () => {
    const messages = [m('c1', 'ada', 'me'), m('c2', 'ada', 'me', 'bob'), m('c3', 'ada', 'me', 'cyd')];
    expect(identifyMe(messages, new Set(['ada', 'bob', 'cyd']))).toBe('me');
  });

  it('falls back to the busiest participant when everyone is a connection, and to null with no messages', () => {
    expect(identifyMe([m('c1', 'me', 'ada'), m('c2', 'me', 'bob')], new Set(['me', 'ada', 'bob']))).toBe('me');
    expect(identifyMe([], new Set())).toBeNull();
  });
});
