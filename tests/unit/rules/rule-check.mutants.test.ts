import { describe, expect, it } from 'vitest';
import * as askWithoutGive from '../../../src/rules/ask-without-give';
import * as earlyPitch from '../../../src/rules/early-pitch';
import { matcherFor } from '../../../src/rules/engine';
import { normalize } from '../../../src/rules/normalize';
import { defaultSettings } from '../../../src/rules/settings';
import type { Context, Cue, Evidence, LearnedRuleId, RuleInput } from '../../../src/rules/types';
import { ctx, evidenceOf } from './context';

/*
 * A rule's check as the engine calls it, with the lexicons' real cues: what it returns is the
 * whole of its verdict (the engine drops anything without a span, so "nothing" must be nothing).
 */
type Learned = (rule: LearnedRuleId, atEvenOdds?: boolean) => Cue | null;

function input(text: string, context: Partial<Context> = {}, learned: Learned = () => null, thresholds: Record<string, number> = {}): RuleInput {
  const norm = normalize(text);
  return {
    text, folded: norm.text, ctx: ctx(context), thresholds, cues: matcherFor(defaultSettings()).scan(norm), learned, isPlaceholderWord: () => false,
  };
}

const spans = (text: string, evidence: Evidence[]): string[] => evidence.map((e) => text.slice(e.start, e.end));

describe('early-pitch\'s check', () => {
  const pitch = 'We help logistics teams cut freight costs.';

  it('returns nothing at all for an established relationship, an invited offer or a favour asked', () => {
    expect(earlyPitch.check(input(pitch, { connectedDaysAgo: 400, sent: 10, received: 9 }))).toEqual([]);
    expect(earlyPitch.check(input('You asked about our platform: it cuts freight costs.'))).toEqual([]);
    expect(earlyPitch.check(input('As discussed, our platform cuts your freight costs.', { received: 1 }))).toEqual([]);
    expect(earlyPitch.check(input('Could you introduce me to your CFO?'))).toEqual([]);
    expect(earlyPitch.check(input('Do you have 15 minutes for a call next week?'))).toEqual([]);
    // A buyer asking for a quote: the reader is the one selling, whatever else the message says.
    expect(earlyPitch.check(input('Could we get a quote for your freight services? We help logistics teams.'))).toEqual([]);
    // Asking advice: a booking link is no pitch then.
    expect(earlyPitch.check(input('Could I pick your brain? Here is my calendly link.'))).toEqual([]);
    expect(earlyPitch.check(input("I'd love to learn from your experience, here is my calendly."))).toEqual([]);
    expect(spans('Grab a time on my calendly.', earlyPitch.check(input('Grab a time on my calendly.'))).length).toBeGreaterThan(0);
  });

  it('asking advice frees the reader of "no obligation"; elsewhere it offers something', () => {
    expect(evidenceOf('early-pitch', 'Me encantaría aprender de tu experiencia, sin compromiso.')).toEqual([]);
    expect(evidenceOf('early-pitch', 'Sin compromiso, te enseño nuestra plataforma.')).toEqual(['Sin compromiso', 'nuestra plataforma']);
  });

  it('a meeting asked for is a pitch beside a target; a favour asked takes "our" and an offer to the ask rule', () => {
    expect(evidenceOf('early-pitch', 'Do you have 15 minutes for a call about your logistics teams?')).toEqual(['15 minutes for a call']);
    expect(earlyPitch.check(input('Introduce me to your CFO? Our platform cuts freight costs.'))).toEqual([]);
    expect(earlyPitch.check(input('Could you give feedback on our app?'))).toEqual([]);
  });

  it('asks the model at even odds only for half a pitch, and never for a meeting asked to learn from the reader', () => {
    const asked: string[] = [];
    const leaning: Learned = (rule, even) => { asked.push(`${rule}:${even === true}`); return even === true ? { ns: 0, ne: 1, start: 0, end: 1 } : null; };
    expect(earlyPitch.check(input('Lovely weather in Porto this week.', {}, leaning))).toEqual([]);
    expect(asked).toEqual(['early-pitch:false']);
    expect(earlyPitch.check(input('Could I pick your brain in a 15 minute call?', {}, leaning))).toEqual([]);
  });

  it('a meeting and its length pair in either order', () => {
    expect(evidenceOf('early-pitch', 'A call of 15 minutes next week would be great, our platform cuts costs.')).toEqual(['call of 15 minutes', 'our platform']);
  });

  it('uses the relationship\'s thresholds, and their defaults', () => {
    // Young: connected fewer than youngDays (30) or fewer than repliesNeeded (2) replies received.
    const known = { connectedDaysAgo: 40, sent: 3, received: 2 };
    expect(earlyPitch.check(input(pitch, known))).toEqual([]);
    expect(spans(pitch, earlyPitch.check(input(pitch, { ...known, connectedDaysAgo: 29 })))).toEqual(['We help']);
    expect(spans(pitch, earlyPitch.check(input(pitch, { ...known, received: 1 })))).toEqual(['We help']);
    expect(spans(pitch, earlyPitch.check(input(pitch, known, () => null, { youngDays: 41, repliesNeeded: 2 })))).toEqual(['We help']);
    expect(spans(pitch, earlyPitch.check(input(pitch, known, () => null, { youngDays: 30, repliesNeeded: 3 })))).toEqual(['We help']);
    expect(earlyPitch.check(input(pitch, known, () => null, { youngDays: 40, repliesNeeded: 2 }))).toEqual([]);
  });

  it('half a pitch is evidence only when the model leans that way at even odds', () => {
    const text = 'Do you have 15 minutes for a call next week?';
    const asked: string[] = [];
    const leaning: Learned = (rule, even) => { asked.push(`${rule}:${even === true}`); return even === true ? { ns: 0, ne: 1, start: 0, end: 1 } : null; };
    const half = spans(text, earlyPitch.check(input(text, {}, leaning)));
    expect(half.length).toBeGreaterThan(0);
    expect(half.every((span) => '15 minutes for a call next week'.includes(span))).toBe(true);
    expect(asked).toEqual(['early-pitch:false', 'early-pitch:true']);
  });

  it('keeps every piece of evidence that overlaps no give, in whatever order it was found', () => {
    const text = 'Our platform cuts freight costs. Happy to help anytime. We help logistics teams too.';
    expect(evidenceOf('early-pitch', text)).toEqual(['Our platform', 'We help']);
  });
});

describe('ask-without-give\'s check', () => {
  const ask = 'Could you introduce me to your CFO?';

  it('returns nothing at all once enough was given, or when the message gives', () => {
    expect(askWithoutGive.check(input(ask, { gave: 1 }))).toEqual([]);
    expect(askWithoutGive.check(input(ask, { gave: 1 }, () => null, { givesNeeded: 2 })).length).toBeGreaterThan(0);
    expect(askWithoutGive.check(input(ask, { gave: 2 }, () => null, { givesNeeded: 2 }))).toEqual([]);
    expect(askWithoutGive.check(input(`${ask} Happy to help anytime.`))).toEqual([]);
    expect(askWithoutGive.check(input('Lovely weather in Porto this week.'))).toEqual([]);
    const found = spans(ask, askWithoutGive.check(input(ask)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((span) => 'Could you introduce me to'.includes(span))).toBe(true);
  });

  it('hands the message to the model only when the cues found no ask, and keeps its sentence unless it thanks', () => {
    // "review" is part of a favour, which a model-only ask needs in its sentence; alone it is no cue of an ask.
    const text = 'A lovely review of Porto, my week. Thanks so much for the tip.';
    const second: Cue = { ns: 35, ne: 62, start: 35, end: 62 };
    const first: Cue = { ns: 0, ne: 34, start: 0, end: 34 };
    expect(askWithoutGive.check(input(text, {}, () => second))).toEqual([]);
    expect(askWithoutGive.check(input(text, {}, () => first))).toEqual([first]);
    const model: Cue = { ns: 36, ne: 70, start: 36, end: 70 };
    const withAsk = askWithoutGive.check(input(`${ask} ${text}`, {}, () => model));
    expect(withAsk.length).toBeGreaterThan(0);
    expect(withAsk).not.toContain(model);
    expect(withAsk.every((e) => e.end <= ask.length)).toBe(true);
  });
});
