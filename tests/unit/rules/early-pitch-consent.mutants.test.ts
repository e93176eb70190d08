import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Category, Cue, Cues, Evidence, LearnedRuleId } from '../../../src/rules/types';
import { ctx, evidenceOf } from './context';

type EarlyPitch = typeof import('../../../src/rules/early-pitch');
let rule: EarlyPitch;
beforeEach(async () => {
  // A module graph of its own for each test: the lists of categories the check reads (what signs the
  // reader up, what a consent question offers, what the model's sentence must hold) are evaluated
  // with the module, so only a test that loads it sees them.
  vi.resetModules();
  rule = await import('../../../src/rules/early-pitch');
});

const cue = (ns: number, ne: number): Cue => ({ ns, ne, start: ns, end: ne });

/** A sentence of the laid-out text: where it lies, the categories it holds, whether it asks. */
interface Sentence { ns: number; ne: number; has: readonly Category[]; question?: boolean }

/**
 * The rule's verdict over cues laid out by hand, with sentences: each category's hits where told, and
 * each cue's sentence the one it starts in. No pairs and nothing near, so each case holds only the
 * cues it names. What a message that asks consent, thanks the reader or says "no obligation" excuses
 * hangs on which sentence holds what, which real text rarely isolates.
 */
function laid(
  hits: Partial<Record<Category, Cue[]>>,
  sentences: readonly Sentence[] = [],
  learned: (rule: LearnedRuleId, atEvenOdds?: boolean) => Cue | null = () => null,
): Evidence[] {
  const sentenceOf = (c: Cue): Sentence | undefined => sentences.find((s) => s.ns <= c.ns && c.ns < s.ne);
  const cues: Cues = {
    hits: (category) => hits[category] ?? [],
    has: (category) => (hits[category]?.length ?? 0) > 0,
    pairs: () => [],
    near: () => [],
    inQuestion: (c) => sentenceOf(c)?.question === true,
    sentenceHas: (c, category) => sentenceOf(c)?.has.includes(category) ?? false,
  };
  const text = 'x'.repeat(200);
  return rule.check({ text, folded: text, ctx: ctx(), thresholds: {}, cues, learned, isPlaceholderWord: () => false });
}

const phrase = cue(10, 20);
const elsewhere = cue(100, 110);

describe('early-pitch: "no obligation" in a message that asks no advice', () => {
  const free = { pitch: [phrase], pitchFree: [cue(5, 25)] };

  it('frees the reader of nothing but itself when the message offers nothing', () => {
    expect(laid(free)).toEqual([]);
  });

  it('is a pitch once the message names an offer, a meeting or a service anywhere', () => {
    for (const category of ['target', 'selfOffer', 'pitchOffer', 'duration', 'meetingAsk', 'offerAsk', 'pitchService'] as const) {
      expect(laid({ ...free, [category]: [elsewhere] }), category).toEqual([phrase]);
    }
    // Terms of an offer are evidence of their own, and they make "no obligation" an offer's too.
    expect(laid({ ...free, pitchTerms: [elsewhere] })).toEqual([phrase, elsewhere]);
  });

  it('is a pitch where it does not hold the phrase whole', () => {
    expect(laid({ pitch: [phrase], pitchFree: [cue(12, 25)] })).toEqual([phrase]);
    expect(laid({ pitch: [phrase], pitchFree: [cue(5, 18)] })).toEqual([phrase]);
  });
});

describe('early-pitch: a message that asks consent to put the reader on something', () => {
  const offers: Sentence = { ns: 0, ne: 50, has: [] };
  const asks = (has: readonly Category[], question = true): Sentence => ({ ns: 50, ne: 80, has, question });
  const consent = cue(55, 65);

  it('describes the list it offers: a pitch phrase in another sentence is not one', () => {
    expect(laid({ pitch: [phrase], signupAsk: [consent] }, [offers, asks(['signup'])])).toEqual([]);
    expect(laid({ pitch: [phrase], signupAsk: [consent] }, [offers, asks(['signupAct'])])).toEqual([]);
  });

  it('asks consent only in a question that offers to sign the reader up', () => {
    // Stated, not asked: "I'll add you to the list."
    expect(laid({ pitch: [phrase], signupAsk: [consent] }, [offers, asks(['signup'], false)])).toEqual([phrase]);
    // Asked, but about the reader's state, not about signing them up.
    expect(laid({ pitch: [phrase], signupAsk: [consent] }, [offers, asks(['signupState'])])).toEqual([phrase]);
  });

  it('is asked once any question asks it, wherever that question stands', () => {
    const stated: Sentence = { ns: 80, ne: 120, has: ['signup'] };
    expect(laid({ pitch: [phrase], signupAsk: [cue(85, 95), consent] }, [offers, asks(['signup']), stated])).toEqual([]);
    expect(laid({ pitch: [phrase], signupAsk: [consent, cue(85, 95)] }, [offers, asks(['signup']), stated])).toEqual([]);
  });

  it('leaves a meeting, a meeting asked or a booking beside it an offer of the writer\'s own', () => {
    for (const category of ['duration', 'meeting', 'meetingAsk', 'offerAsk', 'booking'] as const) {
      expect(laid({ pitch: [phrase], signupAsk: [consent], [category]: [cue(15, 30)] }, [offers, asks(['signup'])]), category)
        .toEqual([phrase]);
    }
    // A service word alone describes the list the question offers; only a free service is an offer (pairs, elsewhere).
    expect(laid({ pitch: [phrase], signupAsk: [consent], pitchService: [cue(15, 30)] }, [offers, asks(['signup'])])).toEqual([]);
    // One that only touches the phrase leaves it to the consent asked.
    expect(laid({ pitch: [phrase], signupAsk: [consent], duration: [cue(20, 30)] }, [offers, asks(['signup'])])).toEqual([]);
  });
});

describe('early-pitch: "our …" in the sentence that signs the reader up or thanks them', () => {
  const own = { pitch: [phrase], pitchOwn: [cue(10, 13)] };
  const sentence = (has: readonly Category[]): Sentence[] => [{ ns: 0, ne: 50, has }];

  it('names what the reader is on or asked about', () => {
    for (const category of ['thanks', 'signup', 'signupAct', 'signupState'] as const) {
      expect(laid(own, sentence([category])), category).toEqual([]);
    }
  });

  it('is a pitch in any other sentence, or where "our" lies outside the phrase', () => {
    expect(laid(own, sentence([]))).toEqual([phrase]);
    expect(laid({ pitch: [phrase], pitchOwn: [cue(20, 24)] }, sentence(['thanks']))).toEqual([phrase]);
    expect(laid({ pitch: [phrase], pitchOwn: [cue(6, 10)] }, sentence(['thanks']))).toEqual([phrase]);
  });

  it('is still a pitch where the writer acts, asks to meet, names terms, a free service or a booking', () => {
    const acting = cue(15, 30);
    for (const category of ['selfOffer', 'duration', 'meetingAsk', 'pitchService', 'booking'] as const) {
      expect(laid({ ...own, [category]: [acting] }, sentence(['thanks'])), category).toEqual([phrase]);
    }
    // Terms and "no obligation" beside it: the terms are evidence too, "no obligation" frees nothing here.
    expect(laid({ ...own, pitchTerms: [acting] }, sentence(['thanks']))).toEqual([phrase, acting]);
    expect(laid({ ...own, pitchFree: [acting], target: [elsewhere] }, sentence(['thanks']))).toEqual([phrase]);
  });
});

describe('early-pitch: half a pitch, at the model\'s even odds', () => {
  const leans = (_: LearnedRuleId, atEvenOdds?: boolean): Cue | null => (atEvenOdds === true ? cue(0, 200) : null);

  it('is one on its own, and not beside a give anywhere in the message', () => {
    expect(laid({ selfOffer: [phrase] }, [], leans)).toEqual([phrase]);
    expect(laid({ selfOffer: [phrase], give: [elsewhere] }, [], leans)).toEqual([]);
    // A meeting asked with no offer named is half a pitch too.
    expect(laid({ duration: [phrase] }, [], leans)).toEqual([phrase]);
    expect(laid({ duration: [phrase], give: [elsewhere] }, [], leans)).toEqual([]);
  });

  it('is none when the model does not lean that way', () => {
    expect(laid({ selfOffer: [phrase] })).toEqual([]);
  });
});

describe('early-pitch: the sentence the model picks, when the cues find nothing', () => {
  const sentence = cue(0, 50);
  const picks = (): Cue | null => sentence;
  const holding = (category: Category): Evidence[] => laid({}, [{ ns: 0, ne: 50, has: [category] }], picks);

  it('is the evidence when it holds any part of an offer the cues know', () => {
    for (const category of ['self', 'selfOffer', 'offerAct', 'target', 'pitchOwn', 'pitchOffer', 'pitchTerms', 'pitchFree', 'pitchService', 'meeting', 'duration', 'meetingAsk', 'offerAsk'] as const) {
      expect(holding(category), category).toEqual([sentence]);
    }
  });

  it('is none when it holds only what is no offer', () => {
    for (const category of ['thanks', 'give', 'ask', 'signup'] as const) expect(holding(category), category).toEqual([]);
  });
});

describe('early-pitch: real messages that offer a list or thank the reader', () => {
  const pitch = (text: string): string[] => evidenceOf('early-pitch', text, ctx());

  it('a list offered with a consent question is no pitch; a meeting asked beside it is', () => {
    expect(pitch('We run a Sunday newsletter for founders. Want me to add you to it?')).toEqual([]);
    expect(pitch('We run a Sunday newsletter for founders. Want me to add you to it? Do you have 15 minutes next week?')).toEqual(['15 minutes']);
  });

  it('"our network" in thanks for joining names it; the writer\'s offer after it is a pitch', () => {
    expect(pitch('Thanks for joining our network!')).toEqual([]);
    expect(pitch('Thanks for joining our network! We help logistics teams cut costs.')).toEqual(['We help']);
  });

  it('"sin compromiso" beside a give frees nothing: there is no offer', () => {
    expect(pitch('Te lo mando, sin compromiso.')).toEqual([]);
    expect(pitch('Sin compromiso, te enseño nuestra plataforma.')).toEqual(['Sin compromiso', 'nuestra plataforma']);
  });
});
