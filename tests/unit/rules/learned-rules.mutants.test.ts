import { afterEach, describe, expect, it } from 'vitest';
import { useModel } from '../../../src/rules/engine';
import { BUCKET_BITS } from '../../../src/rules/model/features';
import { Model, type LearnedRule, type RuleWeights } from '../../../src/rules/model/model';
import { ctx, evidenceOf } from './context';

// The relationship rules ask the learned layer only when their cues found nothing; these tests
// install a model that fires on every message of twelve words or more (no weights, a bias over its
// threshold), for one rule at a time, and check what each rule still holds back.
const off: RuleWeights = { bias: 0, scale: 1, threshold: 1e9, count: 0, index: '', weights: '' };
const on: RuleWeights = { bias: 5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };

function onlyFor(rule: LearnedRule): void {
  const rules: Record<LearnedRule, RuleWeights> = { 'early-pitch': off, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off };
  rules[rule] = on;
  useModel(new Model({ version: 1, bucketBits: BUCKET_BITS, rules }));
}

const smallTalk = 'Lovely weather in Porto this week, the river walk was full of people and music.';
// "review" is part of a favour asked: what the ask rule's model finding needs in its sentence.
const favour = 'Lovely weather in Porto this week, the river walk review was full of people and music.';
const question = 'Did you see the pictures from Porto, the river walk group was full of people and music?';

afterEach(() => useModel(null));

describe('a model finding', () => {
  it('points at the sentence, without the spaces and line breaks around it', () => {
    onlyFor('ask-without-give');
    const text = `  ${favour}  \n\n  The harbour festival last weekend had boats and lights and many food stands. `;
    expect(evidenceOf('ask-without-give', text)).toEqual([favour]);
  });
});

describe('ask-without-give and the learned layer', () => {
  const rule = 'ask-without-give';

  it('the model finds an ask the cues miss, unless the sentence thanks, the message gives or the ledger shows a give', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, favour)).toEqual([favour]);
    expect(evidenceOf(rule, 'Thanks so much for the pictures from Porto, the river walk review was full of people and music.')).toEqual([]);
    expect(evidenceOf(rule, 'Happy to help anytime, the river walk review in Porto was full of people and music last weekend.')).toEqual([]);
    expect(evidenceOf(rule, favour, ctx({ gave: 1 }))).toEqual([]);
  });

  it('a model finding needs part of a request in its sentence: small talk asks no favour', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, smallTalk)).toEqual([]);
  });

  it('a thank-you in the next sentence does not excuse the sentence the model points at', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, `${favour} Thanks so much for the tip.`)).toEqual([favour]);
  });

  it('an ask the cues found but a thank-you excuses is not handed to the model', () => {
    onlyFor(rule);
    const text = `${favour} Thanks so much for the tip, could you introduce me to your hiring manager?`;
    expect(evidenceOf(rule, text)).toEqual([]);
  });

  it('the cues\' ask is the evidence, not the sentence the model picks', () => {
    onlyFor(rule);
    const text = `${favour} Could you introduce me to your hiring manager?`;
    expect(evidenceOf(rule, text)).toEqual(['Could you introduce me to']);
  });
});

describe('no-consent-signup and the learned layer', () => {
  const rule = 'no-consent-signup';

  // A sentence naming a group: the part of a sign-up a model finding needs.
  const named = 'Lovely weather in Porto this week, the river walk group was full of people and music.';

  it('the model finds a sign-up the cues miss, unless consent is recorded', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, named)).toEqual([named]);
    expect(evidenceOf(rule, named, ctx({ consentToMailing: true }))).toEqual([]);
  });

  it('a model finding needs part of a sign-up in its sentence: small talk enrols nobody', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, smallTalk)).toEqual([]);
  });

  it('a model finding in a question, or next to a consent question, is asking first', () => {
    onlyFor(rule);
    // The sentence the model points at ends in its own question mark.
    expect(evidenceOf(rule, question)).toEqual([]);
    expect(evidenceOf(rule, 'Would you like me to add you to the list, the river walk was full of people and music.')).toEqual([]);
  });

  it('a sign-up the cues found inside a question is not handed to the model either', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, `${named} Shall I add you to our mailing list?`)).toEqual([]);
  });

  it('the cues\' claim is the evidence, not the sentence the model picks', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, `${smallTalk} I've added you to our monthly newsletter, enjoy!`)).toEqual(['added you to our monthly newsletter']);
  });
});

describe('early-pitch and the learned layer', () => {
  const rule = 'early-pitch';

  it('the model finds a pitch the cues miss where its sentence holds part of an offer; the cues\' pitch is the evidence when they find one', () => {
    onlyFor(rule);
    expect(evidenceOf(rule, smallTalk)).toEqual([]);
    const partOfAnOffer = 'The river walk in Porto had a street music demo this week.';
    expect(evidenceOf(rule, partOfAnOffer)).toEqual([partOfAnOffer]);
    expect(evidenceOf(rule, `${smallTalk} We help logistics teams cut costs.`)).toEqual(['We help']);
  });
});
