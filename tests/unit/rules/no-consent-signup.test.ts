import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'no-consent-signup';

describe(rule, () => {
  it('flags adding someone to a newsletter without recorded consent', () => {
    expect(evidenceOf(rule, "I've added you to our monthly newsletter, enjoy!")).toEqual(['added you to our monthly newsletter']);
  });

  it('a sign-up is fine when consent is recorded', () => {
    expect(evidenceOf(rule, "I've added you to our monthly newsletter, enjoy!", ctx({ consentToMailing: true }))).toEqual([]);
  });

  it('consent explicitly refused is no consent', () => {
    expect(evidenceOf(rule, 'You are now subscribed to our updates.', ctx({ consentToMailing: false }))).toEqual(['You are now subscribed']);
  });

  it('asking first is the good move, not a sin', () => {
    expect(evidenceOf(rule, 'Would you like me to add you to the invite list?')).toEqual([]);
    expect(evidenceOf(rule, 'Shall I add you to our mailing list? Only if it helps.')).toEqual([]);
  });

  it('a message that merely mentions a newsletter is not a sign-up', () => {
    expect(evidenceOf(rule, 'Loved your newsletter on pricing. I registered for your webinar too!')).toEqual([]);
  });

  it('adding someone to your network is not a mailing list', () => {
    expect(evidenceOf(rule, 'I added you to my network after the meetup.')).toEqual([]);
  });

  it('"unsubscribe anytime" implies they were subscribed', () => {
    expect(evidenceOf(rule, 'From now on you get our digest. You can unsubscribe anytime.')).toEqual(['You can unsubscribe anytime']);
  });

  it('understands word order in Dutch, Swedish and German', () => {
    expect(evidenceOf(rule, 'Ik heb je toegevoegd aan onze nieuwsbrief.')).toEqual(['heb je toegevoegd aan onze nieuwsbrief']);
    expect(evidenceOf(rule, 'Jag har lagt till dig i vårt nyhetsbrev.')).toEqual(['lagt till dig i vårt nyhetsbrev']);
    expect(evidenceOf(rule, 'Ich habe dich in unseren Talentpool aufgenommen.')).toEqual(['habe dich in unseren Talentpool']);
  });

  it('signing oneself up is not signing them up', () => {
    expect(evidenceOf(rule, 'Ik heb me aangemeld voor jouw webinar.')).toEqual([]);
  });
});

describe('no-consent-signup and a quoted title', () => {
  it('a question mark that closes a quoted title ends no sentence: the sign-up is no question', () => {
    expect(evidenceOf('no-consent-signup', 'Madame Roux, nous vous avons inscrite à notre webinaire « Êtes-vous prêts ? » du 18 avril.')).toHaveLength(1);
    expect(evidenceOf('no-consent-signup', 'Shall I add you to our webinar "Are you ready?"')).toEqual([]);
  });
});
