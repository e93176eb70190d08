import { describe, expect, it } from 'vitest';
import { ctx, established, evidenceOf } from './context';

const rule = 'early-pitch';
const invite = ctx({ surface: 'invite-note', connectedDaysAgo: null });

describe('early-pitch from composed cues', () => {
  it('the writer, an offer act and a beneficiary, in any of the seven languages', () => {
    expect(evidenceOf(rule, 'At Brightlane we coach finance teams to close the books in three days.', invite)).toEqual(['we coach finance teams']);
    expect(evidenceOf(rule, 'Hallo Jens, seit 2019 unterstützen wir Mittelständler bei der Digitalisierung.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Hola Marta, trabajamos con departamentos de compras que quieren reducir plazos.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Salut Ioana, dezvoltăm aplicatii pentru firme de logistică.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Salut Ioana, dezvoltam aplicatii pentru firme de logistica.')).toHaveLength(1);
  });

  it('a verb-final clause keeps its beneficiary between the writer and the verb', () => {
    expect(evidenceOf(rule, 'Hoi Sanne, wij hebben voor advocatenkantoren een slimme tool ontwikkeld.')).toHaveLength(1);
  });

  it('a meeting request beside a business goal, in a young relationship', () => {
    expect(evidenceOf(rule, 'Hi Omar, thanks for connecting. Could we grab a 20-minute call about your outbound pipeline?')).toEqual(['20-minute call']);
    expect(evidenceOf(rule, 'Hej Pia! Här är min kalender om du vill boka in oss: calendly.com/fredrik-n')).toEqual(['min kalender', 'calendly']);
  });

  it('a meeting about the reader\'s own work, a student\'s research or advice, is an informational chat', () => {
    expect(evidenceOf(rule, 'Hi Dana, I am writing my thesis on port logistics. Could you spare 15 minutes for a call?')).toEqual([]);
    expect(evidenceOf(rule, 'Hi Dana, would you have 15 minutes for a chat about how you moved into product?')).toEqual([]);
    // A phrase that only asks for a meeting asks for that chat too.
    expect(evidenceOf(rule, "Hi Ruth, I'm starting out in broking. Would you be open to a quick call so I can hear how you built your book?")).toEqual([]);
  });

  it('terms of an offer sell without an "I" or "we": a price from, a sponsor package, a franchise', () => {
    expect(evidenceOf(rule, 'Hi Marcus, the function rooms at the Old Mill: club-night packages from £18, buffet and bar included.')).toEqual(['packages from £18']);
    expect(evidenceOf(rule, 'Hallo Herr Bauer, für das Stadtfest sind noch zwei Sponsoringpakete frei.')).toEqual(['Sponsoringpakete']);
    expect(evidenceOf(rule, 'Bonjour Claire, première séance offerte pour les nouveaux membres du club.')).toEqual(['première séance offerte']);
    // The same words to a long contact who has written back are fine.
    expect(evidenceOf(rule, 'Hi Marcus, club-night packages from £18 again this year.', ctx(established))).toEqual([]);
  });

  it('a frequency or a salary is no price: "once a month", "62–70 tkr/mån" to a candidate', () => {
    expect(evidenceOf(rule, 'Bonjour Anaïs, notre cercle de lecture se retrouve une fois par mois. Ça te dirait de venir ?')).toEqual([]);
    expect(evidenceOf(rule, 'Hej Oskar, jag rekryterar en backendutvecklare, 62–70 tkr/mån. Är du öppen för ett kort samtal?')).toEqual([]);
  });

  it('the offer put to the reader as a question is a pitch beside an offer named', () => {
    expect(evidenceOf(rule, 'Servus Basti, es gibt jetzt eine Software für die Lohnabrechnung mit DATEV-Anbindung – wär das was für euch?')).toEqual(['wär das was für']);
    expect(evidenceOf(rule, 'Che Nico, con la inflación las listas de precios son un caos. Por eso armamos Preciario. ¿Te lo muestro?')).toHaveLength(1);
    // Without an offer it may be a question about anything.
    expect(evidenceOf(rule, 'Hoi Lieke, we organiseren een borrel voor oud-collega\'s. Interesse?')).toEqual([]);
  });

  it('a job offered to the reader is not selling to them', () => {
    expect(evidenceOf(rule, 'Bonjour Luc, je recrute pour un groupe industriel qui cherche son directeur des achats. Un échange de 15 minutes ?')).toEqual([]);
  });

  it('the same offer to a long contact is fine', () => {
    expect(evidenceOf(rule, 'We coach finance teams to close faster; want a 20-minute call about your pipeline?', ctx(established))).toEqual([]);
  });

  it('offering help with no strings, or the writer at work, is not a pitch', () => {
    expect(evidenceOf(rule, 'I work as a nurse in Lund and loved your post on night shifts.')).toEqual([]);
    expect(evidenceOf(rule, 'Si je peux vous aider pour votre salon, dites-le-moi.')).toEqual([]);
  });
});

describe('early-pitch across an aside and beside a sign-up', () => {
  it('the writer may describe themselves between the self-reference and the offer act', () => {
    expect(evidenceOf(rule, 'Hi Tom, we, a team that has spent ten years in logistics, help shippers cut their freight costs.'))
      .toEqual(['we, a team that has spent ten years in logistics, help shippers cut their freight costs']);
    expect(evidenceOf(rule, 'Hallo Tom, wir – ein Team aus zwölf Leuten in Köln – unterstützen Mittelständler bei der Buchhaltung.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Hej Tom, vi (fyra konsulter i Malmö) hjälper e-handlare med sin logistik.')).toHaveLength(1);
  });

  it('an aside is no bridge across a sentence, and an aside alone offers nothing', () => {
    expect(evidenceOf(rule, 'Hi Tom, we, like you. Help shippers? Never tried it.')).toEqual([]);
    expect(evidenceOf(rule, 'Hi Tom, I, like you, volunteer at the food bank on Saturdays.')).toEqual([]);
  });

  it('what a sign-up names is the sign-up rule\'s; a pitch elsewhere in its sentence is still a pitch', () => {
    const text = 'Hi Tom, I\'ve added you to our newsletter, and we help logistics companies cut their freight costs.';
    expect(evidenceOf(rule, text)).toEqual(['we help']);
    expect(evidenceOf('no-consent-signup', text)).toHaveLength(1);
    expect(evidenceOf(rule, 'Hi Wen, you\'re registered for our Thursday webinar on vector search!')).toEqual([]);
    expect(evidenceOf(rule, 'Sehr geehrte Frau Roth, wir haben Sie für unser Webinar am 12. März angemeldet.')).toEqual([]);
  });
});
