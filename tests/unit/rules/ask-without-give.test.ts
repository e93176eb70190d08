import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'ask-without-give';

describe(rule, () => {
  it('flags a favour asked of someone you have given nothing', () => {
    expect(evidenceOf(rule, 'Could you introduce me to your hiring manager?')).toEqual(['Could you introduce me to']);
  });

  it('an ask is fine when the ledger shows you gave first', () => {
    expect(evidenceOf(rule, 'Could you introduce me to your hiring manager?', ctx({ gave: 1 }))).toEqual([]);
  });

  it('an ask is fine when the message itself offers help', () => {
    expect(evidenceOf(rule, 'Could you share my post? Happy to return the favour anytime.')).toEqual([]);
    expect(evidenceOf(rule, 'Zou je mijn post willen delen? Als ik ooit iets voor je kan betekenen, laat het weten.')).toEqual([]);
  });

  it('a review, a vote or a waitlist asked for in the request forms of each language', () => {
    expect(evidenceOf(rule, '¿Nos dejarías una reseña en Google? Para una casa rural pequeña cuenta mucho.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Salut Andrei, ne votezi la gala startup-urilor? Durează 10 secunde.')).toHaveLength(1);
    expect(evidenceOf(rule, 'Wil je je ff inschrijven op onze wachtlijst? We moeten nog 400 aanmeldingen halen.')).toHaveLength(1);
  });

  it('a small ask that comes with the results or a thank-you gives something real', () => {
    expect(evidenceOf(rule, 'Wil je onze enquête invullen? Als dank krijg je als eerste onze benchmark.')).toEqual([]);
  });

  it('offering an intro is giving, not asking', () => {
    expect(evidenceOf(rule, 'Would you like an intro to Dev? He ran the same migration.')).toEqual([]);
  });

  it('joins a polite opener with the favour several words later', () => {
    expect(evidenceOf(rule, 'Könnten Sie mich bei Ihrer Personalabteilung für ein Praktikum empfehlen?'))
      .toEqual(['Könnten Sie mich bei Ihrer Personalabteilung für ein Praktikum empfehlen']);
  });

  it('a polite question without a favour is not an ask', () => {
    expect(evidenceOf(rule, 'Would you mind if I quoted your post in a talk, with credit?')).toEqual([]);
  });

  it('the opener and the favour must sit in one sentence', () => {
    expect(evidenceOf(rule, 'Could you tell me more about your team. I wrote a recommendation guide last year.')).toEqual([]);
  });

  it('asks for a donation, a signature, a vote or the right colleague, in every language', () => {
    expect(evidenceOf(rule, 'Would you consider a donation to our shelter this winter?')).toEqual(['Would you consider a donation']);
    expect(evidenceOf(rule, 'Pourriez-vous faire un don pour notre cagnotte ?')).toEqual(['Pourriez-vous faire un don']);
    expect(evidenceOf(rule, 'Kan du skriva under vårt upprop för simhallen?')).toEqual(['Kan du skriva under vårt upprop']);
    expect(evidenceOf(rule, 'Falls Sie es nicht sind: Wer ist bei Ihnen zuständig für den Einkauf?')).toEqual(['Wer ist bei Ihnen zuständig']);
    expect(evidenceOf(rule, 'Si no es usted, ¿con quién debería hablar de esto?')).toEqual(['con quién debería hablar']);
  });

  it('a product that lets people sign or subscribe is a pitch, not a favour', () => {
    expect(evidenceOf(rule, 'Avec notre outil, vous pouvez signer vos contrats en ligne.')).toEqual([]);
    expect(evidenceOf(rule, 'Puedes suscribirte a nuestro boletín desde la web.')).toEqual([]);
  });

  it('a favour must be asked of the reader: a review the sender\'s tool collects, or English "share" beside a Romanian list, is none', () => {
    expect(evidenceOf(rule, 'Hoi Sanne, wij hebben een tool gebouwd waarmee je klanten in twee klikken een review achterlaten.')).toEqual([]);
    expect(evidenceOf(rule, 'Hi Tom, could you share how you set up onboarding when you started?')).toEqual([]);
    expect(evidenceOf(rule, 'Hoi Sanne, wil je een review achterlaten voor onze app?')).not.toEqual([]);
    expect(evidenceOf(rule, 'Bună Ana, poți să dai share la postarea mea?')).not.toEqual([]);
  });
});
