import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { MessageSender } from '../../../src/background/sender';
import { REQUEST_TYPES } from '../../../src/shared/protocol';
import { dumpAll } from '../../../src/storage/dump';
import { seeded } from '../storage/generate-store';
import { EXTENSION_ID, FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';

const FUZZ_COUNT = 1500;

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const HOSTILE_STRINGS = [
  '', ' ', 'x'.repeat(70_000), '\u0000', '\uD800', '<script>alert(1)</script>', '../../etc/passwd', 'a/b', 'ACoAA\u202Eevil',
  '__proto__', 'constructor', 'prototype', '%00', 'https://www.linkedin.com/in/' + 'a'.repeat(500), 'javascript:alert(1)',
  'urn:li:msg:1\n', '😀'.repeat(10_000), 'ada lovelace', '{"type":"data.deleteAll"}',
];

function hostileValue(rand: Rand, depth = 0): unknown {
  switch (Math.floor(rand() * 12)) {
    case 0: return pick(rand, HOSTILE_STRINGS);
    case 1: return pick(rand, [0, -1, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1e308, -0]);
    case 2: return pick(rand, [null, undefined, true, false]);
    case 3: return depth > 3 ? [] : Array.from({ length: Math.floor(rand() * 4) }, () => hostileValue(rand, depth + 1));
    case 4: return depth > 3 ? {} : poison(rand, hostileObject(rand, depth + 1));
    case 5: return JSON.parse('{"__proto__": {"polluted": true, "type": "data.deleteAll"}}') as unknown;
    case 6: return { constructor: { prototype: { polluted: true } } };
    case 7: return Array.from({ length: 5000 }, (_, i) => `tag-${i}`);
    case 8: return pick(rand, REQUEST_TYPES);
    case 9: return { toString: 'not a function', valueOf: 5 };
    case 10: return Object.create(null) as object;
    default: return pick(rand, ['sent', 'note', 'message', 'ada', 'urn:li:msg:2', 1, 2, 3]);
  }
}

/** Values no field of any request accepts (an id, a text, a count, an object, a JSON string). */
const INVALID_FOR_ANY_FIELD: readonly unknown[] = [12345, true, null, [], 'x'.repeat(70_000), NaN, -1.5];

/** The field of each request type that, made invalid, makes the request invalid; payload-less types have none. */
const REQUIRED: Partial<Record<string, string>> = {
  'contact.seen': 'contact', 'context.get': 'contactId', 'interaction.record': 'contactId', 'contact.get': 'contactId',
  'contact.update': 'patch', 'intro.record': 'a', 'contacts.search': 'query', 'contacts.introSuggestions': 'contactId',
  'settings.set': 'settings', 'allowlist.add': 'phrase', 'data.import': 'json', 'badge.set': 'count',
};

/**
 * Random objects can assemble a legitimate request ({type: 'data.deleteAll'} is one): break every
 * object that names a real type, so each message sent is one the background must refuse.
 */
function poison(rand: Rand, message: Record<string, unknown>): Record<string, unknown> {
  const type = Object.prototype.hasOwnProperty.call(message, 'type') ? message.type : undefined;
  if (typeof type !== 'string' || !(REQUEST_TYPES as readonly string[]).includes(type)) return message;
  const required = REQUIRED[type];
  if (required) Object.defineProperty(message, required, { value: pick(rand, INVALID_FOR_ANY_FIELD), enumerable: true, configurable: true, writable: true });
  else message.type = `${type}\u0000`;
  return message;
}

function hostileObject(rand: Rand, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = ['type', 'contact', 'contactId', 'kind', 'text', 'urn', 'patch', 'settings', 'json', 'count', 'a', 'b', 'id', 'name', 'phrase', 'query', 'limit', '__proto__', 'constructor'];
  for (let i = Math.floor(rand() * 5); i > 0; i -= 1) {
    Object.defineProperty(out, pick(rand, keys), { value: hostileValue(rand, depth), enumerable: true, configurable: true, writable: true });
  }
  return out;
}

/** A well-formed write request with exactly one field broken, or from a sender that may not send it. */
function nearMiss(rand: Rand): [unknown, MessageSender] {
  const valid: Record<string, unknown>[] = [
    { type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } },
    { type: 'interaction.record', contactId: 'ada', kind: 'sent', text: 'hello' },
    { type: 'contact.update', contactId: 'ada', patch: { notes: 'n' } },
    { type: 'intro.record', a: 'ada', b: 'bob' },
    { type: 'settings.set', settings: {} },
    { type: 'allowlist.add', phrase: 'ok' },
    { type: 'data.import', json: '{}' },
    { type: 'data.deleteAll' },
    { type: 'badge.set', count: 1 },
  ];
  const base = structuredClone(pick(rand, valid));
  const mode = Math.floor(rand() * 4);
  if (mode === 0) {
    // Allowed message, forbidden sender.
    const senders: MessageSender[] = [
      { id: 'someone-else', url: FROM_POPUP.url },
      { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 2 } },
      { id: EXTENSION_ID, url: 'http://www.linkedin.com/', tab: { id: 2 } },
      { id: EXTENSION_ID },
    ];
    return [base, pick(rand, senders)];
  }
  // `text` is optional: without it a request is still valid, so it is never the field broken.
  const keys = Object.keys(base).filter((k) => k !== 'type' && k !== 'text');
  const key = keys.length && mode !== 3 ? pick(rand, keys) : 'type';
  if (key === 'type') base.type = `${String(base.type)}${pick(rand, [' ', 'X', '\u0000', '.'])}`;
  else if (mode === 1) base[key] = pick(rand, INVALID_FOR_ANY_FIELD);
  else Reflect.deleteProperty(base, key);
  return [base, pick(rand, [FROM_POPUP, FROM_LINKEDIN])];
}

async function snapshot(): Promise<string> {
  return JSON.stringify({ db: await dumpAll(await deps.db()), local: [...deps.local.data], sync: [...deps.sync.data], badges: deps.badges });
}

describe('fuzz: hostile messages', () => {
  it(`${FUZZ_COUNT} malformed or hostile messages write nothing, get typed errors, and a valid request works after`, async () => {
    // A store with data, so that a wrongly accepted delete or overwrite would show.
    const ok = await handleMessage({ type: 'contact.seen', contact: { id: 'ada', name: 'Ada' } }, FROM_POPUP, deps);
    expect(ok).toMatchObject({ ok: true });
    await handleMessage({ type: 'interaction.record', contactId: 'ada', kind: 'gave', text: 'a book' }, FROM_POPUP, deps);
    const before = await snapshot();

    const rand = seeded(42);
    const codes = new Map<string, number>();
    for (let i = 0; i < FUZZ_COUNT; i += 1) {
      const [message, sender] = i % 3 === 0 ? [hostileValue(rand), pick(rand, [FROM_POPUP, FROM_LINKEDIN])] : i % 3 === 1 ? [poison(rand, hostileObject(rand, 0)), FROM_POPUP] : nearMiss(rand);
      const response = await handleMessage(message, sender, deps);
      // Every request is answered with a typed error; none slips through as a success.
      expect(response.ok, JSON.stringify(message)?.slice(0, 200)).toBe(false);
      if (!response.ok) codes.set(response.error.code, (codes.get(response.error.code) ?? 0) + 1);
    }

    expect(await snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect([...codes.keys()].sort()).toEqual(expect.arrayContaining(['forbidden_sender', 'invalid_request']));
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(FUZZ_COUNT);

    const after = await handleMessage({ type: 'interaction.record', contactId: 'ada', kind: 'sent', text: 'still here' }, FROM_LINKEDIN, deps);
    expect(after).toEqual({ ok: true, data: { recorded: true } });
    expect(await handleMessage({ type: 'context.get', contactId: 'ada' }, FROM_LINKEDIN, deps)).toMatchObject({ ok: true, data: { sent: 1, gave: 1 } });
  }, 120_000);
});
