import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'assumed-closeness';

describe(rule, () => {
  it('flags claimed history with someone who never wrote back', () => {
    expect(evidenceOf(rule, 'As we discussed, here is the deck.')).toEqual(['As we discussed']);
  });

  it('"as we discussed" is fine when the history shows a real exchange', () => {
    expect(evidenceOf(rule, 'As we discussed, here is the deck.', ctx({ connectedDaysAgo: 400, sent: 14, received: 12 }))).toEqual([]);
  });

  it('flags pet names and "remember me?" in a cold note', () => {
    const note = ctx({ surface: 'invite-note', connectedDaysAgo: null });
    expect(evidenceOf(rule, 'Hey buddy! Remember me?', note)).toEqual(['buddy', 'Remember me']);
  });

  it('one reply is enough history by default, and the threshold is a setting', async () => {
    const { defaultSettings } = await import('../../../src/rules/settings');
    const settings = defaultSettings();
    settings.rules[rule].thresholds.repliesNeeded = 3;
    expect(evidenceOf(rule, 'My friend, long time no see!', ctx({ received: 1 }))).toEqual([]);
    expect(evidenceOf(rule, 'My friend, long time no see!', ctx({ received: 1 }), settings)).toEqual(['My friend', 'long time no see']);
  });

  it('a cold contact contradicts the claim even after a reply: an InMail with no connection, an invite note', () => {
    expect(evidenceOf(rule, 'As we discussed, here is the deck.', ctx({ surface: 'inmail', connectedDaysAgo: null, sent: 2, received: 2 }))).toEqual(['As we discussed']);
    expect(evidenceOf(rule, 'As we discussed, here is the deck.', ctx({ surface: 'invite-note', connectedDaysAgo: null, received: 1 }))).toEqual(['As we discussed']);
    expect(evidenceOf(rule, 'As we discussed, here is the deck.', ctx({ surface: 'inmail', connectedDaysAgo: 90, sent: 2, received: 2 }))).toEqual([]);
  });

  it('does not read "mate" inside "teammate" or "pal" inside "principal"', () => {
    expect(evidenceOf(rule, 'Your teammate mentioned the principal engineer role.')).toEqual([]);
  });

  it('composes a reference back to an exchange the two never had, in either order', () => {
    expect(evidenceOf(rule, 'Na ons telefoontje stuur ik je de prijzen.')).toEqual(['Na ons telefoontje']);
    expect(evidenceOf(rule, 'Im Nachgang zu unserem kurzen Telefonat sende ich Ihnen das Angebot.')).toEqual(['Im Nachgang zu unserem kurzen Telefonat']);
    expect(evidenceOf(rule, 'Revin după întâlnirea noastră de la târg cu oferta.')).toEqual(['Revin după întâlnirea noastră de la']);
    expect(evidenceOf(rule, 'Vårt samtal förra veckan fick mig att tänka.')).toEqual(['Vårt samtal förra veckan']);
    expect(evidenceOf(rule, 'Picking up our chat from the summit, here are the slides.')).toEqual(['Picking up our chat']);
    // Looking forward to a call is no claim of one that happened.
    expect(evidenceOf(rule, 'I look forward to our call on Friday.')).toEqual([]);
  });

  it('composes "as you said" from its halves, formal and informal', () => {
    expect(evidenceOf(rule, 'Comme vous l\'aviez évoqué, les budgets se décident en mars.')).toEqual(['Comme vous l\'aviez évoqué']);
    expect(evidenceOf(rule, 'Zoals u al aangaf is het voorjaar een goed moment.')).toEqual(['Zoals u al aangaf']);
    expect(evidenceOf(rule, 'Wie Sie ja sicher wissen, ändert sich die Norm.')).toEqual(['Wie Sie ja sicher wissen']);
    expect(evidenceOf(rule, 'Como usted ya sabe, la norma cambia en enero.')).toEqual(['Como usted ya sabe']);
    // A Romanian "how did you" is a question about their work, not a claim.
    expect(evidenceOf(rule, 'Cum ai convins echipa să schimbe prețul?')).toEqual([]);
  });

  it('understands the seed languages', () => {
    expect(evidenceOf(rule, 'Zoals besproken stuur ik de offerte.')).toEqual(['Zoals besproken']);
    expect(evidenceOf(rule, 'Som vi pratade om på mässan.')).toEqual(['Som vi pratade om']);
    expect(evidenceOf(rule, 'După cum am discutat, îți trimit oferta.')).toEqual(['După cum am discutat']);
    expect(evidenceOf(rule, 'Dupa cum am discutat, iti trimit oferta.')).toEqual(['Dupa cum am discutat']);
  });

  it('knows history claims in the shapes people type: "you said you\'d", "je zei toch", "du sa ju", "mi-ai zis"', () => {
    expect(evidenceOf(rule, 'hey ken u said ud check out our site, any thoughts?')).not.toEqual([]);
    expect(evidenceOf(rule, 'je zei toch dat jullie een nieuwe website wilden?')).not.toEqual([]);
    expect(evidenceOf(rule, 'du sa ju att ni letar efter ett nytt crm')).not.toEqual([]);
    expect(evidenceOf(rule, 'mi-ai zis ca va trebuie un soft nou')).not.toEqual([]);
  });

  it('an exchange still ahead claims no history, in any language; one behind still does', () => {
    expect(evidenceOf(rule, 'Hallo Herr Weber, nach unserem Gespräch nächste Woche schicke ich Ihnen die Unterlagen.')).toEqual([]);
    expect(evidenceOf(rule, 'Hi Jan, following our call next week I will send the summary.')).toEqual([]);
    expect(evidenceOf(rule, 'Bună Ana, după discuția noastră de mâine îți scriu.')).toEqual([]);
    expect(evidenceOf(rule, 'Hallo Herr Weber, nach unserem Gespräch letzte Woche schicke ich Ihnen die Unterlagen.')).not.toEqual([]);
    expect(evidenceOf(rule, 'Hi Jan, following our call I will send the summary.')).not.toEqual([]);
  });
});
