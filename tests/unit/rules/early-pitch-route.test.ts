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
