import { describe, expect, it } from 'vitest';
import { defaultLexicons as lexicons } from '../../../src/rules/lexicon/default';
import { fold } from '../../../src/rules/normalize';
import { ctx, evidenceOf } from './context';

const categories = new Set(['pitch', 'pitchOwn', 'pitchOffer', 'pitchTerms', 'pitchInvited', 'pitchAdvert', 'pitchDiscussed', 'pitchFree', 'pitchService', 'pitchBump', 'closeness', 'closenessRef', 'closenessEvent',
  'closenessAs', 'closenessSaid', 'closenessAhead', 'signup', 'signupAct', 'signupThing', 'signupAsk', 'signupYou', 'signupDone', 'signupState', 'signupAgreed', 'signupSent', 'ask', 'askPolite', 'askThing', 'askRoute', 'give', 'giveAnyway', 'giveSent', 'neutral', 'placeholder',
  'self', 'offerAct', 'offerActFinal', 'selfOffer', 'target', 'meeting', 'duration', 'meetingAsk', 'show', 'how', 'offerAsk', 'booking', 'advice', 'recruit', 'buyerAsk', 'buyerThing', 'thanks', 'helped', 'available']);

describe('lexicons', () => {
  it('exist for all seven languages and cover every rule', () => {
    expect(Object.keys(lexicons).sort()).toEqual(['de', 'en', 'es', 'fr', 'nl', 'ro', 'sv']);
    for (const [lang, file] of Object.entries(lexicons)) {
      for (const category of ['pitch', 'pitchInvited', 'closeness', 'signup', 'signupAct', 'signupThing', 'signupAsk', 'ask', 'give', 'placeholder'] as const) {
        expect(file[category]?.length ?? 0, `${lang}.${category}`).toBeGreaterThan(0);
      }
    }
  });

  it('hold only known categories and phrases that survive folding, without duplicates', () => {
    for (const [lang, file] of Object.entries(lexicons)) {
      for (const [category, phrases] of Object.entries(file)) {
        expect(categories.has(category), `${lang}.${category}`).toBe(true);
        const folded = (phrases ?? []).map((p) => fold(p.replaceAll('*', '')));
        for (const [i, f] of folded.entries()) expect(f.length, `${lang}.${category}[${i}]`).toBeGreaterThan(0);
        expect(new Set(folded).size, `${lang}.${category} has duplicates`).toBe(folded.length);
      }
    }
  });
});

describe('German typed without umlauts', () => {
  it('matches a lexicon phrase spelt with ae, oe, ue as well as with ä, ö, ü', () => {
    expect(evidenceOf('early-pitch', 'Hallo Jens, wir unterstuetzen Mittelstaendler bei der Digitalisierung.')).toHaveLength(1);
    expect(evidenceOf('ask-without-give', 'Koenntest du meinen Beitrag teilen?', ctx())).toHaveLength(1);
    expect(evidenceOf('assumed-closeness', 'Kennst du mich noch? Wie du weisst, bin ich jetzt bei Lumo.')).toEqual(['Kennst du mich noch', 'Wie du weisst']);
  });
});
