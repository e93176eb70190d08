import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

describe('early-pitch: a job offered to the reader, and an offer the reader asked for', () => {
  it('a salary or a permanent contract offers the reader a job, which is not selling to them', () => {
    expect(evidenceOf('early-pitch', 'Hallo Mehmet, wir suchen eine Bauleitung. Wir bieten ein Firmenauto und ein Gehalt um die 75k. Ganz unverbindlich.')).toEqual([]);
    expect(evidenceOf('early-pitch', 'Hola Chef, buscamos chef ejecutivo: sueldo competitivo y participación en utilidades. ¿Le interesaría platicar?')).toEqual([]);
  });

  it('a Swedish payroll service ("lön") is still an offer', () => {
    expect(evidenceOf('early-pitch', 'Hej Karin, bokföring och lön för småföretag från 1 495 kr/mån, fast pris. Intresserad?')).not.toEqual([]);
  });

  it('an offer sent as the reader wished answers them', () => {
    expect(evidenceOf('early-pitch', 'Bonjour Madame Blanc, oui, nous proposons aussi notre formation en anglais, 1 450 € HT par jour. Je vous envoie le programme, comme vous le souhaitiez.', ctx({ received: 1 }))).toEqual([]);
    expect(evidenceOf('early-pitch', 'Bonjour Madame Blanc, oui, nous proposons aussi notre formation en anglais, 1 450 € HT par jour. Je vous envoie le programme.')).not.toEqual([]);
  });
});

describe('ask-without-give: favours in fewer words', () => {
  it('a skill to confirm, a review to leave, a contact to hand over', () => {
    expect(evidenceOf('ask-without-give', 'Coucou Nathalie, tu peux valider ma compétence "Gestion de projet" ? Merci !')).toEqual(['valider ma compétence']);
    expect(evidenceOf('ask-without-give', 'Cristi, imi confirmi si mie competenta de IFRS? Mersi!')).toHaveLength(1);
    expect(evidenceOf('ask-without-give', 'Hola Íñigo, ¿os importaría dejarnos una reseña en TripAdvisor?')).toHaveLength(1);
    expect(evidenceOf('ask-without-give', 'Hoi Bram, mag ik het mailadres van jullie HR-manager? Thanks!')).toHaveLength(1);
  });

  it('a trial the reader may take is offered, not asked', () => {
    expect(evidenceOf('ask-without-give', 'Hallo Tobias, genau dafür haben wir was gebaut – magst du es 14 Tage gratis testen?')).toEqual([]);
  });
});

describe('early-pitch: the writer asking the reader\'s price', () => {
  it('is a buyer, not a seller', () => {
    expect(evidenceOf('early-pitch', 'Hej Birgitta, vi är ett lag på 18 personer. Har ni lediga datum i september, och vad kostar helpension per person?')).toEqual([]);
    expect(evidenceOf('early-pitch', 'Buenos días, revisé su catálogo en línea. ¿Tienen precio especial a partir de 400 ejemplares?')).toEqual([]);
  });

  it('the seller\'s own discount is still an offer', () => {
    expect(evidenceOf('early-pitch', 'Hallo Herr Brandt, Pakete für die Lohnbuchhaltung starten bei 490 EUR im Monat, für Neukunden gibt es im Dezember 20 % Rabatt.')).not.toEqual([]);
  });
});
