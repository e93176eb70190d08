import { describe, expect, it } from 'vitest';
import { ctx, established, evidenceOf } from './context';

const bumped = ctx({ connectedDaysAgo: 12, sent: 2, received: 0 });

describe('early-pitch: a follow-up to a message left unanswered', () => {
  it('points back to what the earlier message offered, in the seven languages', () => {
    expect(evidenceOf('early-pitch', 'Bumping this up in case it got buried 🙂 Our pilot offer still stands.', bumped))
      .toEqual(['Bumping this', 'in case it got buried', 'Our pilot offer']);
    expect(evidenceOf('early-pitch', 'Hej igen! Har du hunnit titta på mitt förra meddelande om vårt erbjudande?', bumped)).toEqual(['mitt förra meddelande', 'vårt erbjudande']);
    expect(evidenceOf('early-pitch', 'Salut, ai apucat sa te uiti peste mesajul meu despre platforma noastra?', bumped)).toEqual(['peste mesajul meu', 'platforma noastra']);
    expect(evidenceOf('early-pitch', 'Heb je al naar mijn vorige bericht over onze trainingen kunnen kijken?', bumped)).toEqual(['mijn vorige bericht', 'onze trainingen']);
  });

  it('is clean when it names nothing of the writer\'s: a nudge after silence sells nothing (docs/corpus.md)', () => {
    expect(evidenceOf('early-pitch', 'Bumping this up in case it got buried 🙂', bumped)).toEqual([]);
    expect(evidenceOf('early-pitch', 'Hej igen! Har du hunnit titta på mitt förra meddelande?', bumped)).toEqual([]);
    expect(evidenceOf('early-pitch', 'Herr Yilmaz, ich melde mich noch einmal. Haben Sie meine Nachricht gesehen?', bumped)).toEqual([]);
  });

  it('claims an earlier message only once the writer has sent one', () => {
    expect(evidenceOf('early-pitch', 'Bumping this up in case it got buried 🙂', ctx())).toEqual([]);
  });

  it('is an informational chat when the message asks advice', () => {
    expect(evidenceOf('early-pitch', 'Following up on my last note: could I ask your advice on moving into product?', bumped)).toEqual([]);
  });

  it('is fine to a contact who has written back for a long time', () => {
    expect(evidenceOf('early-pitch', 'Bumping this up in case it got buried 🙂', ctx(established))).toEqual([]);
  });
});

describe('ask-without-give: a look at the writer\'s own message, or a give whatever the answer', () => {
  it('asking whether the reader saw the earlier message asks no favour', () => {
    expect(evidenceOf('ask-without-give', 'Hej igen! Har du hunnit titta på mitt förra meddelande?', bumped)).toEqual([]);
    expect(evidenceOf('ask-without-give', 'Hallo Frau Yilmaz, konnten Sie schon einen Blick auf meine Nachricht werfen?', bumped)).toEqual([]);
  });

  it('something sent whatever the reader answers is a give', () => {
    expect(evidenceOf('ask-without-give', 'Hampus, skulle du kunna rekommendera mig till tjänsten? Oavsett svar skickar jag min genomgång av ert onboarding-flöde.')).toEqual([]);
    expect(evidenceOf('ask-without-give', 'Maxime, accepterais-tu de me recommander pour le poste ? Je t\'envoie de toute façon l\'audit UX de votre appli.')).toEqual([]);
    // "Either way" alone sends nothing.
    expect(evidenceOf('ask-without-give', 'Could you refer me to your hiring manager? Thanks either way.')).toHaveLength(1);
  });
});
