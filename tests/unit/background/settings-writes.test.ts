import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../../src/shared/settings';
import { ask, data } from './ask';
import { FROM_LINKEDIN, fakeDeps, type TestDeps } from './fake-deps';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const received = async (): Promise<string[]> => {
  const view = await data(deps, { type: 'contact.get', contactId: 'lena-voss' });
  return view.interactions.filter((i) => i.kind === 'received').map((i) => i.snippet);
};

async function aReceivedMessage(): Promise<void> {
  await data(deps, { type: 'contact.seen', contact: { id: 'lena-voss', name: 'Lena Voss' } }, FROM_LINKEDIN);
  await data(deps, { type: 'interaction.record', contactId: 'lena-voss', kind: 'received', text: 'Happy to chat next week', at: deps.clock.now - 5000 }, FROM_LINKEDIN);
}

describe('settings.set', () => {
  it('saving other settings while received snippets stay on keeps the snippets', async () => {
    await aReceivedMessage();
    await data(deps, { type: 'settings.set', settings: { ...defaultAppSettings(), account: 'premium' } });
    expect(await received()).toEqual(['Happy to chat next week']);
  });

  it('refuses invalid settings, naming each invalid field (the first five)', async () => {
    const bad = { ...defaultAppSettings(), account: 'gold', zeroFootprint: 'yes', syncEnabled: 3 };
    const res = await ask(deps, { type: 'settings.set', settings: bad as never });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (res.ok) return;
    expect(res.error.message).toMatch(/^settings not saved: /u);
    for (const field of ['account', 'zeroFootprint', 'syncEnabled']) expect(res.error.message).toContain(field);

    const many = Object.fromEntries(Object.keys(defaultAppSettings()).map((k) => [k, { not: 'valid' }]));
    const refused = await ask(deps, { type: 'settings.set', settings: many as never });
    if (refused.ok) throw new Error('saved settings with every field invalid');
    // Six fields are wrong (engine, account, three switches, updatedAt): the message stops at five.
    expect(refused.error.message).toContain('receivedSnippets');
    expect(refused.error.message).not.toContain('updatedAt');
  });
});

describe('data.import and the settings in the file', () => {
  async function backup(): Promise<Record<string, unknown>> {
    await aReceivedMessage();
    return JSON.parse((await data(deps, { type: 'data.export' })).json) as Record<string, unknown>;
  }

  it('a file with null settings keeps this browser\'s settings', async () => {
    const file = await backup();
    await data(deps, { type: 'settings.set', settings: { ...defaultAppSettings(), account: 'premium' } });
    const { summary } = await data(deps, { type: 'data.import', json: JSON.stringify({ ...file, settings: null }) });
    expect(summary.settingsImported).toBe(false);
    expect((await data(deps, { type: 'settings.get' })).settings.account).toBe('premium');
  });

  it('a file with settings brings them, and keeps the received snippets when they are on', async () => {
    const file = await backup();
    const { summary } = await data(deps, { type: 'data.import', json: JSON.stringify({ ...file, settings: { ...defaultAppSettings(), account: 'premium' } }) });
    expect(summary.settingsImported).toBe(true);
    expect((await data(deps, { type: 'settings.get' })).settings.account).toBe('premium');
    expect(await received()).toEqual(['Happy to chat next week']);
  });

  it('invalid settings in the file are an invalid_import that names the field, and change nothing', async () => {
    const file = await backup();
    const res = await ask(deps, { type: 'data.import', json: JSON.stringify({ ...file, contacts: [], interactions: [], settings: { ...defaultAppSettings(), zeroFootprint: 'yes' } }) });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_import', path: '$.settings.zeroFootprint' } });
    if (!res.ok) expect(res.error.message).toMatch(/^\$\.settings\.zeroFootprint/u);
    expect(await received()).toEqual(['Happy to chat next week']);
  });
});
