import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ask, data } from './ask';
import { FROM_LINKEDIN, fakeDeps, type TestDeps } from './fake-deps';

let deps: TestDeps;
beforeEach(() => {
  deps = fakeDeps();
});
afterEach(() => deps.provider.close());

const exported = async () => JSON.parse((await data(deps, { type: 'data.export' })).json) as {
  invitations: { contactId: string; withNote: boolean }[];
  interactions: { contactId: string; kind: string; snippet: string }[];
};
const week = async (): Promise<number> => (await data(deps, { type: 'invitations.week' })).count;

describe('what a sent invite note records', () => {
  it('an invite note sent is an invitation with a note; one without a note is an invitation without', async () => {
    await data(deps, { type: 'interaction.record', contactId: 'tariq-osei', kind: 'sent', surface: 'invite-note', text: 'Hi Tariq, your post on tidy data stayed with me.' }, FROM_LINKEDIN);
    await data(deps, { type: 'invitation.record', contactId: 'wen-li' }, FROM_LINKEDIN);
    const { invitations } = await exported();
    expect(invitations.map(({ contactId, withNote }) => ({ contactId, withNote })).sort((a, b) => a.contactId.localeCompare(b.contactId)))
      .toEqual([{ contactId: 'tariq-osei', withNote: true }, { contactId: 'wen-li', withNote: false }]);
  });

  it('a message received on the invite surface, a message sent elsewhere, and the same note seen again are no new invitation', async () => {
    await data(deps, { type: 'interaction.record', contactId: 'tariq-osei', kind: 'received', surface: 'invite-note', text: 'Thanks for connecting!', at: deps.clock.now - 1000 }, FROM_LINKEDIN);
    await data(deps, { type: 'interaction.record', contactId: 'wen-li', kind: 'sent', surface: 'message', text: 'Good to see you at the meetup.' }, FROM_LINKEDIN);
    expect(await week()).toBe(0);
    // The same note, known by its URN, seen again ten minutes later (no longer the same invitation by time).
    const note = { type: 'interaction.record', contactId: 'tariq-osei', kind: 'sent', surface: 'invite-note', text: 'Hi Tariq, glad we met.', urn: 'urn:li:msg_invite1' } as const;
    expect(await data(deps, { ...note, at: deps.clock.now }, FROM_LINKEDIN)).toEqual({ recorded: true });
    expect(await data(deps, { ...note, at: deps.clock.now + 600_000 }, FROM_LINKEDIN)).toEqual({ recorded: false });
    expect(await week()).toBe(1);
  });
});

describe('intro.record', () => {
  it('keeps the note with each side of the introduction, and says nothing more without one', async () => {
    await data(deps, { type: 'contact.seen', contact: { id: 'ada-moss', name: 'Ada Moss' } }, FROM_LINKEDIN);
    await data(deps, { type: 'contact.seen', contact: { id: 'bo-lind', name: 'Bo Lind' } }, FROM_LINKEDIN);
    await data(deps, { type: 'contact.seen', contact: { id: 'cy-park', name: 'Cy Park' } }, FROM_LINKEDIN);
    expect(await ask(deps, { type: 'intro.record', a: 'ada-moss', b: 'bo-lind', note: 'both hire designers' })).toMatchObject({ ok: true });
    expect(await ask(deps, { type: 'intro.record', a: 'ada-moss', b: 'cy-park' })).toMatchObject({ ok: true });
    const snippets = (await exported()).interactions.filter((i) => i.kind === 'intro').map((i) => `${i.contactId}: ${i.snippet}`).sort();
    expect(snippets).toEqual([
      'ada-moss: Introduced to Bo Lind: both hire designers',
      'ada-moss: Introduced to Cy Park',
      'bo-lind: Introduced to Ada Moss: both hire designers',
      'cy-park: Introduced to Ada Moss',
    ]);
  });
});

describe('contacts.search', () => {
  it('returns at most 50 people unless asked for another limit', async () => {
    for (let i = 0; i < 55; i++) {
      await data(deps, { type: 'contact.seen', contact: { id: `sam-${i}`, name: `Sam Number${i}` } }, FROM_LINKEDIN);
    }
    expect((await data(deps, { type: 'contacts.search', query: 'sam' })).contacts).toHaveLength(50);
    expect((await data(deps, { type: 'contacts.search', query: 'sam', limit: 5 })).contacts).toHaveLength(5);
  });
});
