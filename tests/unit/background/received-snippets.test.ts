import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageSender } from '../../../src/background/sender';
import { defaultAppSettings, syncedPart } from '../../../src/shared/settings';
import type { Request, RequestType, ResponseData } from '../../../src/shared/protocol';
import { dumpAll } from '../../../src/storage/dump';
import { importLinkedInExport } from '../../../src/storage/linkedin-export/import';
import { freshDb } from '../storage/fresh-db';
import { buildLinkedInZip, generateExport } from '../storage/linkedin-export';
import { FROM_LINKEDIN, FROM_POPUP, fakeDeps, type TestDeps } from './fake-deps';
import { data as dataAs } from './ask';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const data = <T extends RequestType>(req: Request & { type: T }, sender: MessageSender = FROM_POPUP): Promise<ResponseData[T]> => dataAs<T>(deps, req, sender);

async function snippets(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const r of (await dumpAll(await deps.db())).interactions) (out[r.kind] ??= []).push(r.snippet);
  return out;
}

const keepNone = () => data({ type: 'settings.set', settings: { ...defaultAppSettings(), receivedSnippets: false } });

describe('received messages: a snippet, or nothing of their text', () => {
  it('by default the opening of a received message is kept', async () => {
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello from Ada' }, FROM_LINKEDIN);
    expect(await snippets()).toEqual({ received: ['Hello from Ada'] });
  });

  it('switched off, new received messages keep no text, sent ones still do, and each is counted once', async () => {
    await keepNone();
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello from Ada', at: Date.UTC(2026, 10, 22) }, FROM_LINKEDIN);
    expect(await data({ type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello from Ada', at: Date.UTC(2026, 10, 22) }, FROM_LINKEDIN)).toEqual({ recorded: false });
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'sent', text: 'Hi Ada' }, FROM_LINKEDIN);
    expect(await snippets()).toEqual({ received: [''], sent: ['Hi Ada'] });
    expect(await data({ type: 'context.get', contactId: 'ada' }, FROM_LINKEDIN)).toMatchObject({ received: 1, sent: 1 });
  });

  it('switching it off forgets the snippets already kept', async () => {
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello from Ada' }, FROM_LINKEDIN);
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'gave', text: 'an intro' });
    await keepNone();
    expect(await snippets()).toEqual({ received: [''], gave: ['an intro'] });
  });

  it('a backup restored while it is off brings no received snippet back', async () => {
    await data({ type: 'interaction.record', contactId: 'ada', kind: 'received', text: 'Hello from Ada' }, FROM_LINKEDIN);
    const { json } = await data({ type: 'data.export' });
    await keepNone();
    const file = JSON.parse(json) as { settings: unknown };
    await data({ type: 'data.import', json: JSON.stringify({ ...file, settings: { ...defaultAppSettings(), receivedSnippets: false } }) });
    expect(await snippets()).toEqual({ received: [''] });
  });

  it('is this device’s choice: a synced copy from another browser does not turn it back on', async () => {
    await data({ type: 'settings.set', settings: { ...defaultAppSettings(), receivedSnippets: false, syncEnabled: true } });
    const remote = { ...syncedPart(defaultAppSettings()), account: 'premium', updatedAt: deps.clock.now + 10_000 };
    expect(await deps.settings.adoptSynced(remote)).toBe(true);
    expect(await deps.settings.get()).toMatchObject({ account: 'premium', receivedSnippets: false });
  });

  it('the LinkedIn import follows it too', async () => {
    const db = await freshDb({ name: 'import-without-snippets' });
    await importLinkedInExport(db, buildLinkedInZip(generateExport(5, 20)), { now: deps.clock.now, receivedSnippets: false });
    const { interactions } = await dumpAll(db);
    const received = interactions.filter((r) => r.kind === 'received');
    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.snippet === '' && r.hash !== '')).toBe(true);
    expect(interactions.filter((r) => r.kind === 'sent').every((r) => r.snippet !== '')).toBe(true);
  });
});
