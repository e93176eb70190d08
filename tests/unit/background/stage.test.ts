import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stageOf } from '../../../src/background/handlers/contact.get';
import { ask, data } from './ask';
import { FROM_LINKEDIN, fakeDeps, type TestDeps } from './fake-deps';

describe('the stage of a relationship', () => {
  it('is new until they write back, established from three messages each way, warming between', () => {
    expect(stageOf({ sent: 5, received: 0 })).toBe('new');
    expect(stageOf({ sent: 0, received: 1 })).toBe('warming');
    expect(stageOf({ sent: 3, received: 2 })).toBe('warming');
    expect(stageOf({ sent: 2, received: 3 })).toBe('warming');
    expect(stageOf({ sent: 3, received: 3 })).toBe('established');
    expect(stageOf({ sent: 4, received: 9 })).toBe('established');
  });
});

describe('contact.get', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = fakeDeps();
  });
  afterEach(() => deps.provider.close());

  it('shows the stage the history gives, and says which id it does not know', async () => {
    await data(deps, { type: 'contact.seen', contact: { id: 'mira-holt', name: 'Mira Holt' } }, FROM_LINKEDIN);
    expect((await data(deps, { type: 'contact.get', contactId: 'mira-holt' })).stage).toBe('new');
    for (let i = 0; i < 3; i++) {
      deps.clock.now += 60_000;
      await data(deps, { type: 'interaction.record', contactId: 'mira-holt', kind: 'sent', text: `Question ${i} about the panel` }, FROM_LINKEDIN);
      await data(deps, { type: 'interaction.record', contactId: 'mira-holt', kind: 'received', text: `Answer ${i}`, at: deps.clock.now }, FROM_LINKEDIN);
    }
    const view = await data(deps, { type: 'contact.get', contactId: 'mira-holt' });
    expect(view.stage).toBe('established');
    // Each interaction keeps its own id: the popup lists and keys them by it.
    expect(new Set(view.interactions.map((i) => i.id)).size).toBe(6);
    expect(view.interactions.every((i) => i.id > 0)).toBe(true);

    const missing = await ask(deps, { type: 'contact.get', contactId: 'nobody-here' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (!missing.ok) expect(missing.error.message).toContain('nobody-here');
  });
});

describe('contacts.undoJoin', () => {
  let deps: TestDeps;
  beforeEach(() => {
    deps = fakeDeps();
  });
  afterEach(() => deps.provider.close());

  it('for a person it does not know, there is no join to undo (not_found, not a crash)', async () => {
    expect(await ask(deps, { type: 'contacts.undoJoin', contactId: 'nobody-here' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
