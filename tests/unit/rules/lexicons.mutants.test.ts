import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LexiconFiles } from '../../../src/rules/lexicons';
import { defaultSettings } from '../../../src/rules/settings';
import { ctx } from './context';

type Engine = typeof import('../../../src/rules/engine');
type Lexicons = typeof import('../../../src/rules/lexicons');

const young = ctx({ connectedDaysAgo: 2 });

describe('installed phrase lists', () => {
  let engine: Engine;
  let lexicons: Lexicons;
  beforeEach(async () => {
    // A module graph of its own: the unit setup installed the committed lists in the shared one.
    vi.resetModules();
    engine = await import('../../../src/rules/engine');
    lexicons = await import('../../../src/rules/lexicons');
  });

  const pitches = (text: string): string[] =>
    engine.analyze(text, young).filter((f) => f.rule === 'early-pitch').map((f) => text.slice(f.start, f.end));

  it('are not there until installed, and reading them before says so', () => {
    expect(lexicons.lexiconsInstalled()).toBe(false);
    expect(() => lexicons.lexiconSources()).toThrow('The lexicons are not installed (useLexicons) yet.');
    expect(() => lexicons.isPlaceholderWord('name')).toThrow(/not installed/u);
    engine.useLexicons({ en: { pitch: ['zorblax'] } });
    expect(lexicons.lexiconsInstalled()).toBe(true);
  });

  it('hold every scanned category of every language, German also with ae, oe, ue for ä, ö, ü', () => {
    engine.useLexicons({ en: { pitch: ['zorblax'], give: ['happy to help'] }, de: { pitch: ['Blümchen', 'ÜBUNG', 'plain'] }, sv: { pitch: ['smörgås'] } });
    const sources = lexicons.lexiconSources();
    expect(sources.map((s) => s.category)).toEqual([...lexicons.scanned]);
    expect(sources.find((s) => s.category === 'pitch')?.phrases).toEqual(['zorblax', 'Blümchen', 'Bluemchen', 'ÜBUNG', 'ueBUNG', 'plain', 'smörgås']);
    expect(sources.find((s) => s.category === 'give')?.phrases).toEqual(['happy to help']);
    expect(sources.find((s) => s.category === 'ask')?.phrases).toEqual([]);
    // Only German is written with digraphs: "smoergas" is no Swedish.
    expect(pitches('Zorblax! Bluemchen, Blumchen, uebung und smoergas, smorgas.')).toEqual(['Zorblax', 'Bluemchen', 'Blumchen', 'uebung', 'smorgas']);
  });

  it('every category the committed files hold is scanned, and German spells each umlaut both ways', async () => {
    const { defaultLexicons } = await import('../../../src/rules/lexicon/default');
    const held = new Set(Object.values(defaultLexicons).flatMap((file) => Object.keys(file)));
    held.delete('placeholder');
    expect([...held].filter((category) => !(lexicons.scanned as readonly string[]).includes(category))).toEqual([]);
    expect(lexicons.scanned.length).toBe(new Set(lexicons.scanned).size);
    engine.useLexicons({ de: { pitch: ['Bär', 'schön', 'Öl', 'Ärger'] } });
    expect(lexicons.lexiconSources().find((s) => s.category === 'pitch')?.phrases).toEqual(['Bär', 'Baer', 'schön', 'schoen', 'Öl', 'oel', 'Ärger', 'aerger']);
  });

  it('the same lists again keep what was built; other lists start over', () => {
    const files: LexiconFiles = { en: { pitch: ['zorblax'] } };
    engine.useLexicons(files);
    const settings = defaultSettings();
    const built = engine.matcherFor(settings);
    engine.useLexicons(files);
    expect(engine.matcherFor(settings)).toBe(built);
    engine.useLexicons({ ...files });
    expect(engine.matcherFor(settings)).not.toBe(built);
  });

  it('placeholder words come from every language, folded, and from the lists installed last', () => {
    engine.useLexicons({ en: { placeholder: ['First Name'] }, fr: { placeholder: ['Prénom'] } });
    expect(lexicons.isPlaceholderWord('first name')).toBe(true);
    expect(lexicons.isPlaceholderWord('prenom')).toBe(true);
    expect(lexicons.isPlaceholderWord('company')).toBe(false);
    engine.useLexicons({ en: { placeholder: ['Company'] } });
    expect(lexicons.isPlaceholderWord('company')).toBe(true);
    expect(lexicons.isPlaceholderWord('first name')).toBe(false);
  });
});
