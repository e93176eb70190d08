import { describe, expect, it } from 'vitest';
import { ctx, established, evidenceOf } from './context';

const rule = 'early-pitch';
const invite = ctx({ surface: 'invite-note', connectedDaysAgo: null });

describe('early-pitch beside a favour that routes the message', () => {
  it('the writer\'s offer stays a pitch when the favour only passes it on', () => {
    expect(evidenceOf(rule, 'we do payroll for remote teams btw. mind forwarding this to your boss?')).toEqual(['we do payroll for remote teams']);
    expect(evidenceOf(rule, 'Hej Malin! Vem ansvarar för fordonsflottan hos er? Vi leasar ut elbilar till företag.')).toHaveLength(1);
    expect(evidenceOf(rule, 'on fait de la cybersecu pour les collectivites, tu pourrais transmettre a ton boss stp ?')).toHaveLength(1);
  });

  it('a favour about the product itself is the ask rule\'s, not a pitch', () => {
    expect(evidenceOf(rule, 'Hi Mia, we launched an app for remote teams last week. Could you try it and give me honest feedback?')).toEqual([]);
  });
});

describe('early-pitch: an offer sent or pointed at', () => {
  it('an offer to send a proposal, a price list or a deck, in the seven languages', () => {
    expect(evidenceOf(rule, 'Lena, did you get a chance to look? Shall I send over pricing for the 50-seat tier?')).toEqual(['Shall I send over pricing']);
    expect(evidenceOf(rule, 'Hej Elin! Vi hyr ut kanoter i Glaskogen. Ska jag skicka ett paketpris?')).toHaveLength(1);
    expect(evidenceOf(rule, 'Bună ziua, Oana! Furnizăm echipamente de protecție. Vă pot trimite catalogul?')).toHaveLength(1);
    expect(evidenceOf(rule, 'Buna ziua, Oana! Furnizam echipamente de protectie. Va pot trimite catalogul?')).toHaveLength(1);
    expect(evidenceOf(rule, 'Hallo Frau Schulte, wir suchen noch 300 T€ in der Pre-Seed-Runde. Darf ich Ihnen das Deck schicken?')).toHaveLength(1);
    expect(evidenceOf(rule, 'Beste Mark, wij organiseren zeildagen. Mag ik je een voorstel sturen?')).toHaveLength(1);
    expect(evidenceOf(rule, 'Hola Carmen, soy fotógrafo de eventos. ¿Te puedo enviar mi dossier con tarifas?')).toHaveLength(1);
  });

  it('an offer pointed at ("brochure here", "deck is here")', () => {
    expect(evidenceOf(rule, 'Hi Mark – we build modular classrooms. Brochure here: https://example.co.uk/brochure', invite)).toEqual(['Brochure here:']);
  });

  it('the same offer to a long contact is fine', () => {
    expect(evidenceOf(rule, 'Shall I send over pricing for the 50-seat tier?', ctx(established))).toEqual([]);
  });
});

describe('early-pitch: a meeting to present, and a length that is a favour\'s', () => {
  it('offering to show or tell the reader how, beside an offer of the writer\'s', () => {
    expect(evidenceOf(rule, 'Hola Cristina, somos una consultora especializada en industria alimentaria. Me encantaría contarte cómo.', invite)).toEqual(['contarte cómo']);
    expect(evidenceOf(rule, 'Bună ziua. Furnizăm trasabilitate pe loturi pentru firme — dacă vă ajută, vă arăt cum a arătat concret.')).toContain('vă arăt cum');
  });

  it('a length in the sentence of a favour is how long the favour takes', () => {
    expect(evidenceOf(rule, 'Hallo Herr Engel, wir haben letzte Woche eine App für Baustellendokumentation veröffentlicht. Hätten Sie 5 Minuten, sie zu testen und mir ehrliches Feedback zu geben?', ctx({ connectedDaysAgo: 30, sent: 1, received: 1 }))).toEqual([]);
    // Beside an offer named it is still a meeting to present it.
    expect(evidenceOf(rule, 'Bonjour Julien, si vous avez 15 min je serais ravi de vous présenter notre solution de facturation pour les PME.')).toContain('15 min');
  });
});

describe('early-pitch: an offer described with a consent question', () => {
  it('a list or event offered with the question is not a pitch, though a service word lies inside it', () => {
    expect(evidenceOf(rule, 'Organizamos cada mes un desayuno para responsables de compras en Sevilla. ¿Quieres que te añada a la lista de invitados?')).toEqual([]);
    expect(evidenceOf(rule, 'Hi Elliot, we run a quarterly note for rural GP practices on funding changes. Would you like me to add you?')).toEqual([]);
  });

  it('a free service beside the question is still the writer\'s offer', () => {
    expect(evidenceOf(rule, 'Organizamos cada mes un desayuno para responsables de compras. ¿Quieres que te añada a la lista? Incluye un diagnóstico gratuito.')).toEqual(['diagnóstico gratuito']);
  });

  it('a demo asked for in another sentence is still a meeting to present the writer\'s offer', () => {
    expect(evidenceOf(rule, 'Thanks Marcus! Can I add you to our newsletter list? Could I book a demo call to show you our product?')).not.toEqual([]);
    expect(evidenceOf(rule, 'Gracias, Lucía. ¿Quieres que te añada a nuestra lista? ¿Te puedo hacer una demo de la plataforma el jueves?')).not.toEqual([]);
  });
});
