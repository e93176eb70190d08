import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, useModel } from '../../../src/rules/engine';
import { defaultModel } from '../../../src/rules/model/default';
import { BUCKET_BITS, sentences } from '../../../src/rules/model/features';
import { Model, learnedRules, type WeightsFile } from '../../../src/rules/model/model';
import { encodeSparse } from '../../../src/rules/model/train';
import { parseModel } from '../../../src/rules/model/parse';
import { normalize } from '../../../src/rules/normalize';
import { ruleText } from '../../../src/rules/texts';
import { ctx, established } from './context';

const committed = readFileSync(new URL('../../../src/rules/model/weights.json', import.meta.url), 'utf8');

/** A model that scores early-pitch high on every feature of `sentence`, and nothing else. */
function toyModel(sentence: string): Model {
  const buckets = new Set<number>();
  sentences(normalize(sentence).text, ({ features }) => { for (const f of features) buckets.add(f); });
  const off = { bias: -5, scale: 1, threshold: 0, count: 0, index: '', weights: '' };
  const pitch = { bias: -5, scale: 1, threshold: 0, ...encodeSparse([...buckets].sort((a, b) => a - b).map((index) => ({ index, weight: 100 }))) };
  return new Model({ version: 1, bucketBits: BUCKET_BITS, rules: { 'early-pitch': pitch, 'assumed-closeness': off, 'no-consent-signup': off, 'ask-without-give': off } });
}

const zork = 'We zork the flimflam for grommets overnight.';

afterEach(() => useModel(null));

describe('the learned layer', () => {
  it('is small: int8 weights, sparse, for the four relationship rules', () => {
    const file = JSON.parse(committed) as WeightsFile;
    expect(Object.keys(file.rules)).toEqual([...learnedRules]);
    for (const rule of learnedRules) expect(file.rules[rule].count).toBeLessThanOrEqual(8000);
    // Only a rule whose model is good enough on its own gets one (train.ts, USABLE).
    expect(file.rules['early-pitch'].count).toBeGreaterThan(0);
    expect(committed.length).toBeLessThan(96 * 1024);
  });

  it('a model-only finding points at the sentence that scored highest and names the principle like the rule', () => {
    const text = `Hi Ana, lovely weather in Porto.  ${zork} Talk soon!`;
    expect(analyze(text, ctx()).filter((f) => f.rule === 'early-pitch')).toEqual([]);
    useModel(toyModel(zork));
    const found = analyze(text, ctx()).filter((f) => f.rule === 'early-pitch');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([zork]);
    expect(found[0]?.message).toBe(ruleText('en', 'early-pitch').message);
    expect(found[0]?.suggestion).toBe(ruleText('en', 'early-pitch').suggestion);
  });

  it('the rule\'s context still gates it: a long contact, or an offer the contact asked for, gets no model finding', () => {
    useModel(toyModel(zork));
    expect(analyze(zork, ctx(established)).filter((f) => f.rule === 'early-pitch')).toEqual([]);
    expect(analyze(`Since you asked: ${zork}`, ctx()).filter((f) => f.rule === 'early-pitch')).toEqual([]);
    expect(analyze('Lovely weather in Porto.', ctx())).toEqual([]);
  });

  it('the committed model stays quiet on small talk', () => {
    useModel(defaultModel());
    expect(analyze('Congrats on the new role, Ana! Enjoy the first week.', ctx())).toEqual([]);
  });

  it("the committed model takes no invitation to connect for a sign-up: LinkedIn's own wording, in every language", () => {
    useModel(defaultModel());
    const invite = ctx({ surface: 'invite-note', connectedDaysAgo: null });
    for (const text of [
      "Hi Maya, I'd like to add you to my professional network on LinkedIn.",
      'Jag vill gärna lägga till dig i mitt professionella nätverk på LinkedIn',
      'Hallo Herr Brandt, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
      "Bonjour Lucie, j'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.",
      'Hola Inés, me gustaría añadirte a mi red profesional de LinkedIn.',
      'Hoi Bram, ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.',
      'Bună ziua, aș dori să vă adaug la rețeaua mea profesională de pe LinkedIn.',
    ]) expect(analyze(text, invite).map((f) => f.rule), text).toEqual([]);
    expect(analyze("I'd love to add you to my professional network. I've also added you to our newsletter.", invite).map((f) => f.rule))
      .toEqual(['no-consent-signup']);
  });
});

describe('the learned layer from storage', () => {
  it('the committed weights parse; anything malformed is no model, never an error', () => {
    expect(parseModel(JSON.parse(committed))).toBeInstanceOf(Model);
    const file = JSON.parse(committed) as WeightsFile;
    expect(parseModel(undefined)).toBeNull();
    expect(parseModel({ ...file, version: 2 })).toBeNull();
    expect(parseModel({ ...file, bucketBits: 12 })).toBeNull();
    expect(parseModel({ ...file, rules: { ...file.rules, 'early-pitch': { ...file.rules['early-pitch'], count: 'many' } } })).toBeNull();
    expect(parseModel({ ...file, rules: { 'early-pitch': file.rules['early-pitch'] } })).toBeNull();
  });
});
