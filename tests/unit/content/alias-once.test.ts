import { describe, expect, it } from 'vitest';
import { createAliasTeller } from '../../../src/content/alias-once';
import type { ResponseOf } from '../../../src/shared/protocol';

type Answer = ResponseOf<'alias.learn'>;
const joined: Answer = { ok: true, data: { id: 'ines-carvalho-7f3e', merged: true } };

function teller(answers: Answer[] = []) {
  const sent: string[][] = [];
  const tell = createAliasTeller((ids) => {
    sent.push(ids);
    return Promise.resolve(answers.shift() ?? joined);
  });
  return { tell, sent };
}

// Loose end of issue 11: the coach asked the store to join the same two ids on every context load.
describe('alias.learn is sent once per person per page', () => {
  it('ten context loads of a thread that links both ids send it once', async () => {
    const { tell, sent } = teller();
    for (let i = 0; i < 10; i += 1) await tell(['ines-carvalho-7f3e', 'ACoAAInesCarvalhoFixture9']);
    // The same two ids seen the other way round (the bubble names the member id first) are the same person.
    await tell(['ACoAAInesCarvalhoFixture9', 'ines-carvalho-7f3e']);
    expect(sent).toEqual([['ines-carvalho-7f3e', 'ACoAAInesCarvalhoFixture9']]);
  });

  it('two loads in flight at once send it once', async () => {
    const { tell, sent } = teller();
    await Promise.all([tell(['a-slug', 'ACoAAmember1']), tell(['a-slug', 'ACoAAmember1'])]);
    expect(sent).toHaveLength(1);
  });

  it('another person is told too, and one id alone is never sent', async () => {
    const { tell, sent } = teller();
    await tell(['a-slug', 'ACoAAmember1']);
    await tell(['b-slug', 'ACoAAmember2']);
    await tell(['c-slug']);
    expect(sent).toEqual([['a-slug', 'ACoAAmember1'], ['b-slug', 'ACoAAmember2']]);
  });

  it('is told again when the store could not act on it: no answer, or nobody known yet by either id', async () => {
    const { tell, sent } = teller([
      { ok: false, error: { code: 'disconnected', message: 'the extension did not answer' } },
      { ok: true, data: { id: null, merged: false } },
      joined,
    ]);
    for (let i = 0; i < 5; i += 1) await tell(['a-slug', 'ACoAAmember1']);
    expect(sent).toHaveLength(3);
  });
});
