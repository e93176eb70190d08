import { describe, expect, it } from 'vitest';
import { ctx, established, evidenceOf } from './context';

const rule = 'early-pitch';

describe(rule, () => {
  it('flags a self-offer in a cold message and points at the offer', () => {
    expect(evidenceOf(rule, 'Thanks for connecting! We help logistics teams cut costs. Can I book a demo on Thursday?'))
      .toEqual(['We help', 'book a demo']);
  });

  it('flags a pitch in an invite note', () => {
    expect(evidenceOf(rule, 'Hi Raj, I help SaaS founders double their pipeline.', ctx({ surface: 'invite-note', connectedDaysAgo: null })))
      .toEqual(['I help']);
  });

  it('joins "our" and an offer noun across a couple of adjectives', () => {
    expect(evidenceOf(rule, 'Our new AI-powered platform saves hours.')).toEqual(['Our new AI-powered platform']);
  });

  it('a demo the contact asked for is not a pitch', () => {
    expect(evidenceOf(rule, 'Since you asked about our pricing: the starter plan is €49 a month.', ctx({ connectedDaysAgo: 4, received: 1 })))
      .toEqual([]);
  });

  it('a pitch to someone you have talked with for a year is not an early pitch', () => {
    expect(evidenceOf(rule, 'Want me to set up a demo of our platform for your team?', ctx(established))).toEqual([]);
  });

  it('"no pitches, ever" on a contact makes a pitch to a year-long contact early all the same (issue 14)', () => {
    expect(evidenceOf(rule, 'Want me to set up a demo of our platform for your team?', ctx({ ...established, noPitches: true }))).not.toEqual([]);
    expect(evidenceOf(rule, 'Want me to set up a demo of our platform for your team?', ctx({ ...established, noPitches: false }))).toEqual([]);
  });

  it('a long connection with too few replies is still young', () => {
    expect(evidenceOf(rule, 'We help agencies grow.', ctx({ connectedDaysAgo: 400, received: 1 }))).toEqual(['We help']);
  });

  it('mentioning someone else\'s demo or product is not a pitch', () => {
    expect(evidenceOf(rule, 'Congrats on the demo day win! Your product launch video was brilliant.')).toEqual([]);
  });

  it('"our product team" is a team, not an offer', () => {
    expect(evidenceOf(rule, 'I lead our product team in Utrecht and loved your talk.')).toEqual([]);
  });

  it('matches Swedish in both word orders', () => {
    expect(evidenceOf(rule, 'Vi hjälper åkerier att spara bränsle.')).toEqual(['Vi hjälper']);
    expect(evidenceOf(rule, 'På Fleetly hjälper vi åkerier att spara bränsle.')).toEqual(['hjälper vi']);
  });

  it('matches Romanian with or without diacritics and with either comma or cedilla', () => {
    expect(evidenceOf(rule, 'Vă prezentăm soluția noastră de facturare.')).toEqual(['Vă prezentăm soluția noastră']);
    expect(evidenceOf(rule, 'Va prezentam solutia noastra de facturare.')).toEqual(['Va prezentam solutia noastra']);
    expect(evidenceOf(rule, 'Va prezentam soluţia noastră.')).toEqual(['Va prezentam soluţia noastră']);
  });

  it('matches German compounds through a wildcard', () => {
    expect(evidenceOf(rule, 'Aktuell gibt es 20 % Frühjahrsrabatt auf alle Shootings.')).toEqual(['Frühjahrsrabatt']);
  });

  it('"you asked" in one language excuses an offer written in another', () => {
    expect(evidenceOf(rule, 'Omdat je ernaar vroeg: our pricing starts at €10.', ctx({ received: 1 }))).toEqual([]);
  });

  it('composes a Romanian offer from the writer, an offer verb and a beneficiary, with or without diacritics', () => {
    expect(evidenceOf(rule, 'Echipa noastră construiește aplicații pentru firme de logistică.')).not.toEqual([]);
    expect(evidenceOf(rule, 'Echipa noastra construieste aplicatii pentru firme de logistica.')).not.toEqual([]);
    expect(evidenceOf(rule, 'Sprijinim primăriile în accesarea fondurilor europene.')).not.toEqual([]);
  });

  it('a decline naming the writer\'s own current system, a networking hope and a post about a new office are not pitches', () => {
    expect(evidenceOf(rule, 'Tack, men vi har inget behov just nu, vi är bundna till vårt nuvarande system till 2027.')).toEqual([]);
    expect(evidenceOf(rule, 'Bedankt! We zitten nog vast aan ons huidige pakket, dus geen behoefte.')).toEqual([]);
    expect(evidenceOf(rule, 'Bună, Raul! Mă bucur că ne-am conectat. Sper să colaborăm pe viitor.')).toEqual([]);
    expect(evidenceOf(rule, 'Kul att du läste mitt inlägg om vårt nya kontor i Sundsvall!')).toEqual([]);
  });

  it('Swedish "vår" + offer is caught as a phrase, since "vår" alone is also spring', () => {
    expect(evidenceOf(rule, 'Som vi pratade om skickar jag vår offert på revisionen.')).toEqual(['skickar jag vår offert']);
    expect(evidenceOf(rule, 'Vi ses i vår, hoppas allt är bra!')).toEqual([]);
  });

  it('a buyer asking the reader for a quote, a demo or prices is no pitch: the reader is the one selling', () => {
    expect(evidenceOf(rule, 'Hallo Herr Kraus, wir sind ein Steuerbüro mit 25 Leuten. Könnten wir eine Demo bekommen und eure Preise für 25 Lizenzen?')).toEqual([]);
    expect(evidenceOf(rule, 'Hej Jonas, vi flyttar till nytt kontor och behöver 40 stolar. Kan ni skicka en offert med leverans i mars?')).toEqual([]);
    expect(evidenceOf(rule, 'Stimate domnule Pop, vă rugăm să ne transmiteți o ofertă de preț pentru 20 de paturi.')).toEqual([]);
    expect(evidenceOf(rule, 'Hi Tom, we help clinics cut no-shows by a third. Can we book a demo next week?')).not.toEqual([]);
  });

  it('an offer the reader asked for, in their words or a formal reply, answers a need', () => {
    expect(evidenceOf(rule, 'Dear Mr Novak, further to your enquiry, please find attached our current price list for steel purlins.')).toEqual([]);
    // Put as a conversation, the request is on record once the reader has written (early-pitch-invited-record.test.ts).
    expect(evidenceOf(rule, 'Geachte heer Smit, zoals u gisteren vroeg, hierbij onze offerte voor de inventarisatie.', ctx({ received: 1 }))).toEqual([]);
    expect(evidenceOf(rule, 'Buna ziua, conform solicitării dumneavoastră, vă transmit atașat lista de prețuri.')).toEqual([]);
  });

  it('a stage offered to the reader (a talk, a guest slot) is not selling to them', () => {
    expect(evidenceOf(rule, "Hi Aoife, I'm organising DevRel Days in Cork — would you consider giving a 20-minute talk? We cover travel.")).toEqual([]);
    expect(evidenceOf(rule, "Bonjour Aurélie, j'organise le meetup Product de Lille. Est-ce que tu aimerais venir parler en juin ?")).toEqual([]);
  });

  it('a list offered with a consent question is the seeds\' advice; a product named in a favour is the ask rule\'s', () => {
    expect(evidenceOf(rule, 'Hey Liam, we run a little Sunday newsletter for early founders — want me to add you?')).toEqual([]);
    expect(evidenceOf(rule, 'Hej Kevin! Kan du skriva en recension av vår app på App Store?')).toEqual([]);
    expect(evidenceOf(rule, 'Hej Kevin! Vår app sparar tio timmar i veckan åt byråer som er. Kan vi ta ett samtal på 15 minuter?')).not.toEqual([]);
  });

  it('the reader\'s own product is theirs, and "our webinar" in the sentence that signs them up is the event itself', () => {
    expect(evidenceOf(rule, 'Madame, nous avons inscrit votre service à notre matinale du 5 mars.')).toEqual([]);
    expect(evidenceOf(rule, 'Bonjour, vous êtes désormais inscrit(e) à notre webinaire du 14 mars.')).toEqual([]);
    expect(evidenceOf(rule, 'Hallo Herr Lehmann, ich habe Sie für unser Webinar am 14. März angemeldet, wo wir unsere neue Beschaffungsplattform live vorstellen.')).not.toEqual([]);
  });
});

describe(`${rule}: the reader's help to the writer`, () => {
  it('is thanks, not an offer: "me ayudó a" is not "ayudo a" once folded, and "our service" beside it was helped', () => {
    expect(evidenceOf(rule, 'Hola Nerea, tu artículo sobre las cofradías me ayudó a replantear nuestra lonja.')).toEqual([]);
    expect(evidenceOf(rule, 'Ihr Text hat uns sehr geholfen, unser Dienst in der Uckermark plant jetzt anders.')).toEqual([]);
    expect(evidenceOf(rule, 'Tu artículo me ayudó mucho. Ayudamos a lonjas a vender online.')).toEqual(['Ayudamos a']);
  });
});

describe(`${rule}: the writer's own time offered for work`, () => {
  it('is a pitch beside what the writer does or for whom, not on its own', () => {
    expect(evidenceOf(rule, 'Jag är frilansande UX-skribent och har lediga timmar i januari. Jag kan hjälpa er att få ner antalet supportärenden.'))
      .toContain('har lediga timmar');
    expect(evidenceOf(rule, 'Jag har lediga timmar i januari.')).toEqual([]);
    expect(evidenceOf(rule, "I'm available for a chat next week if that suits.")).toEqual([]);
  });
});
