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

  it('a consent question before the act, or one closing its sentence, asks first', () => {
    expect(evidenceOf(rule, "If you'd like, I'll add you to our mailing list.")).toEqual([]);
    expect(evidenceOf(rule, 'I can add you to our mailing list if you want.')).toEqual([]);
    expect(evidenceOf(rule, 'Ich kann dich gern in unseren Verteiler aufnehmen, wenn du magst.')).toEqual([]);
  });

  it('a consent question after an act already done, going on to offer something else, asks about that', () => {
    expect(evidenceOf(rule, "I've added you to our newsletter, and if you want, I'll show you our app in a quick demo."))
      .toEqual(['added you to our newsletter']);
    expect(evidenceOf(rule, 'Te he añadido a nuestra newsletter de marketing y si quieres te hago una auditoría gratuita de tu perfil.'))
      .toEqual(['Te he añadido a nuestra newsletter']);
  });

  it('a message that merely mentions a newsletter is not a sign-up', () => {
    expect(evidenceOf(rule, 'Loved your newsletter on pricing. I registered for your webinar too!')).toEqual([]);
  });

  it('adding someone to your network is not a mailing list', () => {
    expect(evidenceOf(rule, 'I added you to my network after the meetup.')).toEqual([]);
    expect(evidenceOf(rule, "Je t'ai ajouté à mon réseau après ta conférence.")).toEqual([]);
    expect(evidenceOf(rule, 'Ich habe dich nach deinem Vortrag auf der Konferenz als Kontakt hinzugefügt.')).toEqual([]);
  });

  it('"unsubscribe anytime" implies they were subscribed', () => {
    expect(evidenceOf(rule, 'From now on you get our digest. You can unsubscribe anytime.')).toEqual(['You can unsubscribe anytime']);
  });

  it('understands word order in Dutch, Swedish and German', () => {
    expect(evidenceOf(rule, 'Ik heb je toegevoegd aan onze nieuwsbrief.')).toEqual(['Ik heb je toegevoegd aan onze nieuwsbrief']);
    expect(evidenceOf(rule, 'Jag har lagt till dig i vårt nyhetsbrev.')).toEqual(['Jag har lagt till dig i vårt nyhetsbrev']);
    expect(evidenceOf(rule, 'Ich habe dich in unseren Talentpool aufgenommen.')).toEqual(['habe dich in unseren Talentpool aufgenommen']);
  });

  it('composes the act on the reader with its verb wherever it stands, when the sentence names a list or event', () => {
    expect(evidenceOf(rule, 'Wir haben Sie für unser Webinar „Zoll in der Praxis“ am 4. Juni angemeldet.')).toEqual(['haben Sie für unser Webinar „Zoll in der Praxis“ am 4. Juni angemeldet']);
    expect(evidenceOf(rule, 'Jetzt bist du für den Workshop am Freitag eingetragen.')).toEqual(['bist du für den Workshop am Freitag eingetragen']);
    expect(evidenceOf(rule, 'Nu är du anmäld till vår frukostträff på torsdag.')).toEqual(['är du anmäld']);
    expect(evidenceOf(rule, 'Ik heb u alvast op de gastenlijst gezet voor de borrel.')).toEqual(['Ik heb u alvast op de gastenlijst gezet']);
    // The same act without a list, group or event is someone added as a contact, not signed up.
    expect(evidenceOf(rule, 'Ich habe dich gestern als Kontakt hinzugefügt.')).toEqual([]);
    expect(evidenceOf(rule, 'Soll ich dich für den Workshop am Freitag eintragen?')).toEqual([]);
  });

  it('composes the reader\'s new state with what they now get, in the Romance languages too', () => {
    expect(evidenceOf(rule, 'Vous recevrez désormais notre lettre d\'info chaque mois.')).toEqual(['Vous recevrez désormais notre lettre d\'info chaque mois']);
    expect(evidenceOf(rule, 'Recibirás cada mes nuestro boletín.')).toEqual(['Recibirás cada mes nuestro boletín']);
    expect(evidenceOf(rule, 'Te-am inclus în grupul nostru de WhatsApp.')).toEqual(['Te-am inclus în grupul nostru de WhatsApp']);
    expect(evidenceOf(rule, 'Vei primi lunar noutatile noastre.')).toEqual(['Vei primi lunar noutatile']);
    // What the reader will receive from a product is a pitch's promise, not a sign-up.
    expect(evidenceOf(rule, 'Avec notre outil, vous recevrez un rapport clair sur vos stocks.')).toEqual([]);
  });

  it('signing oneself up is not signing them up', () => {
    expect(evidenceOf(rule, 'Ik heb me aangemeld voor jouw webinar.')).toEqual([]);
  });

  it('something already sent or set up for the reader: a calendar invite, a trial account, their details passed on', () => {
    expect(evidenceOf(rule, 'Ich habe Ihnen eine Einladung für Donnerstag geschickt.')).toEqual(['habe Ihnen eine Einladung']);
    expect(evidenceOf(rule, "Je t'ai créé un compte d'essai, tes identifiants arrivent par mail.")).toEqual(["Je t'ai créé un compte d'essai", 'tes identifiants']);
    expect(evidenceOf(rule, 'I have passed your details to our sales team.')).toEqual(['passed your details to']);
  });

  it('"as agreed" is consent on record once the contact has replied, and a claim of history before', () => {
    const text = 'Comme convenu, je vous ai envoyé une invitation pour mardi.';
    expect(evidenceOf(rule, text, ctx({ connectedDaysAgo: 200, sent: 3, received: 2 }))).toEqual([]);
    expect(evidenceOf(rule, text)).toEqual(['je vous ai envoyé une invitation']);
  });
});

describe('no-consent-signup and a quoted title', () => {
  it('a question mark that closes a quoted title ends no sentence: the sign-up is no question', () => {
    expect(evidenceOf('no-consent-signup', 'Madame Roux, nous vous avons inscrite à notre webinaire « Êtes-vous prêts ? » du 18 avril.')).toHaveLength(1);
    expect(evidenceOf('no-consent-signup', 'Shall I add you to our webinar "Are you ready?"')).toEqual([]);
  });
});
