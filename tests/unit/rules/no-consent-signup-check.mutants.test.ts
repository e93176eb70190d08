import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../../src/rules/engine';
import { check } from '../../../src/rules/no-consent-signup';
import { normalize } from '../../../src/rules/normalize';
import { defaultSettings } from '../../../src/rules/settings';
import type { Context, Cue, Evidence } from '../../../src/rules/types';
import { ctx } from './context';

/** The rule's check as the engine calls it, with the lexicons' real cues. */
function verdict(text: string, context: Partial<Context> = {}, model: Cue | null = null): Evidence[] {
  const norm = normalize(text);
  const cues = matcherFor(defaultSettings()).scan(norm);
  return check({ text, folded: norm.text, ctx: ctx(context), thresholds: {}, cues, learned: () => model, isPlaceholderWord: () => false });
}
const spans = (text: string, context: Partial<Context> = {}): string[] => verdict(text, context).map((e) => text.slice(e.start, e.end));

// Words with no sentence end between them: a clause this long keeps a consent question in the act's sentence by position alone.
const clause = (chars: number): string => 'and so on, '.repeat(Math.ceil(chars / 11)).slice(0, chars);

describe("no-consent-signup's check", () => {
  it('returns nothing at all when consent is recorded, or when neither the cues nor the model find a sign-up', () => {
    expect(verdict("I've added you to our monthly newsletter.", { consentToMailing: true })).toEqual([]);
    expect(verdict('Lovely weather in Porto this week.')).toEqual([]);
  });

  it('an act and its verb without a list, group or event named is no sign-up', () => {
    expect(spans("You've been added as a contact.")).toEqual([]);
    expect(spans("You've been added to our newsletter.").length).toBeGreaterThan(0);
  });
});

describe('no-consent-signup: a consent question closing the sentence', () => {
  it('may be followed by up to three words, not four', () => {
    expect(spans('I can add you to the list if you want, no pressure, obviously.')).toEqual([]);
    expect(spans('I can add you to the list if you want, no pressure at all.')).toEqual(['add you to the list']);
  });

  it('counts only the words of its own sentence', () => {
    expect(spans('I can add you to the list if you want. See you on Thursday at the fair then.')).toEqual([]);
    expect(spans('I can add you to the list if you want, see you on Thursday at the fair then.')).toEqual(['add you to the list']);
  });

  it('holds at the end of a long message, and not past a sentence four hundred characters long', () => {
    const before = `${clause(420)}. `;
    expect(spans(`${before}I can add you to the list if you want.`)).toEqual([]);
    const far = `I can add you to the list ${clause(420)} if you want.`;
    expect(spans(far)).toEqual(['add you to the list']);
  });

  it('reaches exactly four hundred characters past the act', () => {
    // From the end of "list" to the start of "if you want": a space, the clause, a space.
    expect(spans(`I can add you to the list ${clause(398)} if you want.`)).toEqual([]);
    expect(spans(`I can add you to the list ${clause(399)} if you want.`)).toEqual(['add you to the list']);
  });
});

describe('no-consent-signup: a consent question before the act', () => {
  it('asks first at the end of a long message, and not from four hundred characters back', () => {
    const before = `${clause(420)}. `;
    expect(spans(`${before}If you want, I can add you to the list.`)).toEqual([]);
    expect(spans(`If you want ${clause(420)} I can add you to the list.`)).toEqual(['add you to the list']);
  });

  it('reaches exactly four hundred characters back from the act', () => {
    // From the end of "if you want" to the start of "add": a space, the clause and a letter (a clause
    // ending in a space would fold two spaces into one), " I can ".
    expect(spans(`If you want ${clause(391)}x I can add you to the list.`)).toEqual([]);
    expect(spans(`If you want ${clause(392)}x I can add you to the list.`)).toEqual(['add you to the list']);
  });
});

describe('no-consent-signup and the learned layer', () => {
  it('a sentence the model picks beside a consent question asks first', () => {
    const text = 'If you want, our newsletter goes out monthly.';
    const model: Cue = { ns: 0, ne: text.length, start: 0, end: text.length };
    expect(verdict(text, {}, model)).toEqual([]);
    const plain = 'Our newsletter goes out monthly.';
    const found: Cue = { ns: 0, ne: plain.length, start: 0, end: plain.length };
    expect(verdict(plain, {}, found)).toEqual([found]);
  });
});
