import { afterEach, describe, expect, it } from 'vitest';
import { analyze, matcherFor, useModel } from '../../../src/rules/engine';
import { learnedRules, type LearnedRule, type Model, type Scored } from '../../../src/rules/model/model';
import { normalize } from '../../../src/rules/normalize';
import { defaultSettings, type Settings } from '../../../src/rules/settings';
import { ctx, evidenceOf } from './context';

/*
 * What the engine makes of the learned layer's verdict: the bar a message and its sentence must
 * reach, even odds, and the sentence shown as evidence. A stand-in model says exactly what it
 * scored, so each test states the verdict it hands the engine.
 */

const none: Scored = { logit: -Infinity, sentence: -Infinity, threshold: 0, ns: 0, ne: 0 };

function verdict(rule: LearnedRule, scored: Partial<Scored> & { ns: number; ne: number }, live = true): void {
  const scores = learnedRules.map((r) => (r === rule ? { ...none, logit: 1, sentence: 1, threshold: 0.5, ...scored } : none));
  const model = { mayFire: (r: LearnedRule) => live && r === rule, score: () => scores };
  useModel(model as unknown as Model);
}

afterEach(() => useModel(null));

const rule = 'ask-without-give';
// Small talk but for "review", part of a favour (a model-only ask needs one in its sentence) and no cue of
// any rule by itself, so only the model can find anything.
const text = 'Lovely weather in Porto this week. The river walk review was full of music.';
const second = { ns: 35, ne: text.length };

describe('the learned layer\'s verdict', () => {
  it('fires when the message and its sentence reach the bar, and points at that sentence', () => {
    verdict(rule, second);
    expect(evidenceOf(rule, text)).toEqual(['The river walk review was full of music.']);
    verdict(rule, { ...second, logit: 0.5, sentence: 0.5 });
    expect(evidenceOf(rule, text)).toEqual(['The river walk review was full of music.']);
  });

  it('stays silent when either the message or the sentence is under the bar', () => {
    verdict(rule, { ...second, logit: 0.49 });
    expect(evidenceOf(rule, text)).toEqual([]);
    verdict(rule, { ...second, sentence: 0.49 });
    expect(evidenceOf(rule, text)).toEqual([]);
    verdict(rule, { ...second, logit: Number.NaN });
    expect(evidenceOf(rule, text)).toEqual([]);
  });

  it('a rule the model may not fire is never scored', () => {
    let scored = 0;
    const model = { mayFire: () => false, score: () => { scored++; return learnedRules.map(() => ({ ...none, logit: 9, sentence: 9, ns: 0, ne: 5 })); } };
    useModel(model as unknown as Model);
    expect(evidenceOf(rule, text)).toEqual([]);
    expect(scored).toBe(0);
  });

  it('a rule with no score from the model stays silent', () => {
    useModel({ mayFire: () => true, score: () => [] } as unknown as Model);
    expect(analyze(text, ctx())).toEqual([]);
  });

  it('the sentence is shown without the spaces and line breaks around it, and one of only spaces is none', () => {
    const padded = 'A review.  \n The river walk review was full of music. \n';
    // Folded, each run of white space is one unit: "a review.\nthe river walk review was full of music.\n".
    const folded = normalize(padded).text;
    expect(folded).toBe('a review.\nthe river walk review was full of music.\n');
    verdict(rule, { ns: 9, ne: folded.length });
    expect(evidenceOf(rule, padded)).toEqual(['The river walk review was full of music.']);
    verdict(rule, { ns: 8, ne: folded.length - 2 });
    expect(evidenceOf(rule, padded)).toEqual(['.  \n The river walk review was full of music']);
    verdict(rule, { ns: 9, ne: 10 });
    expect(evidenceOf(rule, padded)).toEqual([]);
    const spaced = 'Hi there.   \t Review.';
    verdict(rule, { ns: 9, ne: 16 });
    expect(normalize(spaced).text.slice(9, 16)).toBe(' review');
    expect(evidenceOf(rule, spaced)).toEqual(['Review']);
    verdict(rule, { ns: 3, ne: 3 });
    expect(evidenceOf(rule, padded)).toEqual([]);
    // Other characters are the sentence's own.
    verdict(rule, { ns: 0, ne: 9 });
    expect(evidenceOf(rule, padded)).toEqual(['A review.']);
  });

  it('maps folded offsets back to the original text', () => {
    const original = 'Straße und Grüße. Danach kam die Bewertung.';
    // Folded, "ß" is two units: the second sentence starts one later than in the original.
    verdict(rule, { ns: 20, ne: 45 });
    expect(evidenceOf(rule, original)).toEqual(['Danach kam die Bewertung.']);
  });
});

describe('even odds: early-pitch\'s half a pitch', () => {
  // A meeting asked for with no offer named: half a pitch.
  const half = 'Do you have 15 minutes for a call next week?';

  it('a half pitch fires when the message leans the rule\'s way, under the threshold but not under the half bar (-0.5)', () => {
    verdict('early-pitch', { ns: 0, ne: half.length, logit: 0.2, sentence: 0.2, threshold: 3 });
    expect(evidenceOf('early-pitch', half)).not.toEqual([]);
    verdict('early-pitch', { ns: 0, ne: half.length, logit: -0.5, sentence: -0.5, threshold: 3 });
    expect(evidenceOf('early-pitch', half)).not.toEqual([]);
    verdict('early-pitch', { ns: 0, ne: half.length, logit: -0.6, sentence: 0.2, threshold: 3 });
    expect(evidenceOf('early-pitch', half)).toEqual([]);
  });

  it('a threshold below the half bar is the bar itself', () => {
    verdict('early-pitch', { ns: 0, ne: half.length, logit: -1, sentence: -1, threshold: -0.9 });
    expect(evidenceOf('early-pitch', half)).toEqual([]);
    verdict('early-pitch', { ns: 0, ne: half.length, logit: -0.8, sentence: -0.8, threshold: -0.9 });
    expect(evidenceOf('early-pitch', half)).not.toEqual([]);
  });

  it('a threshold below the half bar is that bar too, when the sentence the model picks names no offer', () => {
    // The model points at the small talk, so its finding alone is no pitch; the half pitch then needs the lean.
    const text = `${half} Lovely weather today.`;
    const talk = { ns: half.length + 1, ne: text.length };
    verdict('early-pitch', { ...talk, logit: -0.8, sentence: -0.8, threshold: -0.9 });
    expect(evidenceOf('early-pitch', text)).not.toEqual([]);
    verdict('early-pitch', { ...talk, logit: -1, sentence: -1, threshold: -0.9 });
    expect(evidenceOf('early-pitch', text)).toEqual([]);
  });

  it('no score for the rule is no lean either', () => {
    useModel({ mayFire: () => true, score: () => [] } as unknown as Model);
    expect(evidenceOf('early-pitch', half)).toEqual([]);
  });

  it('without the model\'s lean, half a pitch is none', () => {
    expect(evidenceOf('early-pitch', half)).toEqual([]);
  });
});

describe('the matcher for a settings object', () => {
  const withPhrases = (phrases: string[]): Settings => {
    const settings = defaultSettings();
    settings.rules['early-pitch'].extraPhrases = phrases;
    return settings;
  };

  it('equal settings share one matcher; other phrases get their own', () => {
    const a = matcherFor(withPhrases(['sprocket deals']));
    expect(matcherFor(withPhrases(['sprocket deals']))).toBe(a);
    expect(matcherFor(withPhrases(['gizmo deals']))).not.toBe(a);
    expect(matcherFor(defaultSettings())).toBe(matcherFor(defaultSettings()));
  });

  it('keeps the matchers of the eight phrase sets used last', () => {
    const first = matcherFor(withPhrases(['phrase set 0']));
    for (let i = 1; i <= 7; i++) matcherFor(withPhrases([`phrase set ${i}`]));
    expect(matcherFor(withPhrases(['phrase set 0']))).toBe(first);
    for (let i = 8; i <= 15; i++) matcherFor(withPhrases([`phrase set ${i}`]));
    const again = matcherFor(withPhrases(['phrase set 0']));
    expect(again).not.toBe(first);
    expect(matcherFor(withPhrases(['phrase set 15']))).toBe(matcherFor(withPhrases(['phrase set 15'])));
  });

  it('phrases given to a rule that takes none change nothing', () => {
    const settings = defaultSettings();
    settings.rules['copy-paste-blast'].extraPhrases = ['sprocket deals'];
    expect(matcherFor(settings).patternCount).toBe(matcherFor(defaultSettings()).patternCount);
  });
});
