import { describe, expect, it } from 'vitest';
import { check } from '../../../src/rules/early-pitch';
import { matcherFor } from '../../../src/rules/engine';
import { normalize } from '../../../src/rules/normalize';
import { defaultSettings } from '../../../src/rules/settings';
import type { Category, Cue, Cues, Evidence, LearnedRuleId } from '../../../src/rules/types';
import { ctx } from './context';

const cue = (ns: number, ne: number): Cue => ({ ns, ne, start: ns, end: ne });
type Learned = (rule: LearnedRuleId, atEvenOdds?: boolean) => Cue | null;

/** The rule's verdict with the lexicons' real cues, as spans of the text. */
function real(text: string, learned: Learned = () => null): string[] {
  const norm = normalize(text);
  const cues = matcherFor(defaultSettings()).scan(norm);
  return check({ text, folded: norm.text, ctx: ctx(), thresholds: {}, cues, learned, isPlaceholderWord: () => false })
    .map((e) => text.slice(e.start, e.end));
}

/**
 * The rule's verdict over cues laid out by hand: each category's hits where told, a sentence that
 * holds the categories in `sentence`, no pairs and nothing near. What the check does with overlaps
 * (a phrase inside a sign-up, a pitch phrase that only asks for a meeting) depends on exact edges
 * and on lists that arrive concatenated from several categories, which real text rarely lines up.
 */
function laid(hits: Partial<Record<Category, Cue[]>>, sentence: readonly Category[] = []): Evidence[] {
  const cues: Cues = {
    hits: (category) => hits[category] ?? [],
    has: (category) => (hits[category]?.length ?? 0) > 0,
    pairs: () => [],
    near: () => [],
    inQuestion: () => false,
    sentenceHas: (_, category) => sentence.includes(category),
  };
  const text = 'x'.repeat(200);
  return check({ text, folded: text, ctx: ctx(), thresholds: {}, cues, learned: () => null, isPlaceholderWord: () => false });
}

describe('early-pitch: evidence beside a give or a sign-up', () => {
  it('a phrase touching a give or a sign-up on either side is still a pitch; one inside it is not', () => {
    const phrase = cue(10, 20);
    expect(laid({ pitch: [phrase], give: [cue(0, 10), cue(20, 30)] })).toEqual([phrase]);
    expect(laid({ pitch: [phrase], signup: [cue(0, 10)], signupAct: [cue(20, 30)] })).toEqual([phrase]);
    expect(laid({ pitch: [phrase], give: [cue(5, 15)] })).toEqual([]);
  });

  it('the sign-up acts come after the sign-up phrases: an act earlier in the text still takes what it holds', () => {
    expect(laid({ pitch: [cue(2, 8)], signup: [cue(50, 60)], signupAct: [cue(0, 10)] })).toEqual([]);
    expect(laid({ pitch: [cue(2, 8)], signup: [cue(50, 60)], signupAct: [cue(100, 110)] })).toEqual([cue(2, 8)]);
  });
});

describe('early-pitch: a pitch phrase in a message that asks advice', () => {
  const advice = { advice: [cue(150, 160)] };

  it('is an informational chat when it only asks for a meeting, a meeting asked or its length', () => {
    for (const category of ['meeting', 'meetingAsk', 'duration'] as const) {
      expect(laid({ ...advice, pitch: [cue(0, 10)], [category]: [cue(0, 10)] })).toEqual([]);
    }
    // The same phrase in a message that asks no advice is a pitch.
    expect(laid({ pitch: [cue(0, 10)], meeting: [cue(0, 10)] })).toEqual([cue(0, 10)]);
  });

  it('is a pitch when it also offers something: an offer act, a self-offer or an offer named', () => {
    for (const category of ['offerAct', 'selfOffer', 'pitchOffer'] as const) {
      expect(laid({ ...advice, pitch: [cue(0, 10)], meeting: [cue(0, 10)], [category]: [cue(0, 10)] })).toEqual([cue(0, 10)]);
    }
  });

  it('is a pitch when no meeting overlaps it, though one touches it or lies elsewhere', () => {
    expect(laid({ ...advice, pitch: [cue(0, 5)] })).toEqual([cue(0, 5)]);
    expect(laid({ ...advice, pitch: [cue(10, 20)], meeting: [cue(0, 10)] })).toEqual([cue(10, 20)]);
    expect(laid({ ...advice, pitch: [cue(0, 5)], meeting: [cue(10, 20)] })).toEqual([cue(0, 5)]);
  });

  it('finds the meeting that overlaps it wherever it starts, among meetings of every kind and length', () => {
    // The meetings arrive as meetings, then meetings asked, then lengths: not in the order of the text.
    expect(laid({ ...advice, pitch: [cue(22, 28)], meeting: [cue(0, 10)], meetingAsk: [cue(100, 110)], duration: [cue(20, 30)] })).toEqual([]);
    // A long meeting that started first still covers a phrase past the end of a shorter one after it.
    expect(laid({ ...advice, pitch: [cue(50, 60)], meeting: [cue(0, 100)], duration: [cue(10, 20)] })).toEqual([]);
  });

  it('is freed by "no obligation" only when it lies wholly inside it', () => {
    const free = { ...advice, pitchFree: [cue(10, 20)] };
    expect(laid({ ...free, pitch: [cue(12, 18)] })).toEqual([]);
    expect(laid({ ...free, pitch: [cue(10, 20)] })).toEqual([]);
    expect(laid({ ...free, pitch: [cue(0, 5)] })).toEqual([cue(0, 5)]);
    expect(laid({ ...free, pitch: [cue(25, 30)] })).toEqual([cue(25, 30)]);
    expect(laid({ ...free, pitch: [cue(5, 15)] })).toEqual([cue(5, 15)]);
    expect(laid({ ...free, pitch: [cue(15, 25)] })).toEqual([cue(15, 25)]);
  });
});

describe('early-pitch: a pitch phrase in the sentence of a favour asked', () => {
  it('that only names the product is what the favour is about; one that offers it stays a pitch', () => {
    expect(laid({ pitch: [cue(0, 10)], pitchOffer: [cue(0, 10)] }, ['ask'])).toEqual([]);
    expect(laid({ pitch: [cue(0, 10)], pitchOffer: [cue(0, 10)] }, ['askThing'])).toEqual([]);
    expect(laid({ pitch: [cue(0, 10)], pitchOffer: [cue(0, 10)] })).toEqual([cue(0, 10)]);
    expect(laid({ pitch: [cue(0, 10)], pitchOffer: [cue(0, 10)], offerAct: [cue(0, 10)] }, ['ask'])).toEqual([cue(0, 10)]);
    expect(laid({ pitch: [cue(0, 10)], pitchOffer: [cue(0, 10)], selfOffer: [cue(0, 10)] }, ['ask'])).toEqual([cue(0, 10)]);
  });
});

describe('early-pitch: real messages', () => {
  it('"our webinar" is the sign-up rule\'s only in the sentence that signs the reader up for it', () => {
    expect(real('Our webinar on freight costs is on Thursday.')).toEqual(['Our webinar']);
    expect(real("You're on our webinar list now.")).toEqual([]);
    expect(real('I signed you up for our platform demo.')).toEqual([]);
  });

  it('the writer and an offer act make a meeting asked for a pitch', () => {
    expect(real('We build apps. Do you have 15 minutes next week?')).toEqual(['15 minutes']);
    expect(real('Do you have 15 minutes next week?')).toEqual([]);
    // So do terms of an offer with no offer named beside them.
    expect(real('From £18 a month. Do you have 15 minutes next week?')).toEqual(['From £18', '15 minutes']);
  });

  it('the verb before the writer, as German and Dutch put it after an adverb, is the writer\'s act', () => {
    expect(real('Seit Jahren coachen wir Teams.')).toEqual(['coachen wir Teams']);
    expect(real('Daarom bouwen wij apps voor webshops.')).toEqual(['bouwen wij apps voor webshops']);
  });

  it('a beneficiary before the writer, and a service before "free", count in either order', () => {
    expect(real('Finance teams are who we coach.')).toEqual(['teams are who we coach']);
    expect(real('Bonjour, je vous propose un diagnostic gratuit de votre site.')).toEqual(['diagnostic gratuit']);
  });

  it('with no cue found, shows the sentence the model picks only when it holds part of an offer', () => {
    const text = 'Lovely weather in Porto this week. We build boats.';
    const offer = cue(35, 50);
    const weather = cue(0, 34);
    expect(real(text, (_, even) => (even === true ? null : offer))).toEqual(['We build boats.']);
    expect(real(text, (_, even) => (even === true ? null : weather))).toEqual([]);
  });

  it('leaves a message that asks a favour to the ask rule: neither the model nor a half pitch reports it', () => {
    const text = 'We build boats. Could you share my post?';
    const sure = cue(0, 15);
    expect(real('We build boats. Lovely weather.', () => sure)).toEqual(['We build boats.']);
    expect(real(text, () => sure)).toEqual([]);
  });
});
