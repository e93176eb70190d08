import { describe, expect, it } from 'vitest';
import { lexiconSources } from '../../../src/rules/lexicons';
import { Matcher, type PhraseSource } from '../../../src/rules/matcher';
import { normalize } from '../../../src/rules/normalize';
import { matcherFromBytes, matcherToBytes } from '../../../src/rules/tables';
import type { Category } from '../../../src/rules/types';
import { loadPart } from '../../corpus/evaluate';

const categories: Category[] = [...new Set(lexiconSources().map((s) => s.category))];

/** Every hit of every category, as offsets: what the rules get to read. */
function hits(matcher: Matcher, text: string): Record<string, string[]> {
  const cues = matcher.scan(normalize(text));
  return Object.fromEntries(categories.map((c) => [c, cues.hits(c).map((h) => `${h.start}-${h.end}`)]));
}

describe('the lexicons\' matcher as bytes', () => {
  it('read back, it finds exactly the cues the built one finds on the corpus', () => {
    const sources = lexiconSources();
    const built = Matcher.of(sources);
    const read = matcherFromBytes(matcherToBytes(built, sources), sources);
    expect(read?.patternCount).toBe(built.patternCount);
    for (const sample of loadPart('train').slice(0, 300)) {
      expect(hits(read ?? built, sample.input.text)).toEqual(hits(built, sample.input.text));
    }
  });

  it('wildcards, shared patterns and several categories per pattern survive the round trip', () => {
    const sources: PhraseSource[] = [
      { category: 'pitch', phrases: ['we help', '*rabatt', 'abonn*'] },
      { category: 'self', phrases: ['we', 'we help'] },
      { category: 'pitch', phrases: ['demo'] },
    ];
    const built = Matcher.of(sources);
    const read = matcherFromBytes(matcherToBytes(built, sources), sources);
    const text = 'We help with the Frühjahrsrabatt: abonneren, a demo. Awe helped.';
    expect(read && hits(read, text)).toEqual(hits(built, text));
    expect(hits(built, text).pitch).toHaveLength(4);
  });

  it('bytes written for other phrases, or cut short, are not read', () => {
    const sources: PhraseSource[] = [{ category: 'pitch', phrases: ['we help'] }];
    const bytes = matcherToBytes(Matcher.of(sources), sources);
    expect(matcherFromBytes(bytes, [{ category: 'pitch', phrases: ['we help you'] }])).toBeNull();
    expect(matcherFromBytes(bytes, [{ category: 'self', phrases: ['we help'] }])).toBeNull();
    expect(matcherFromBytes(bytes.subarray(0, bytes.byteLength - 8), sources)).toBeNull();
    expect(matcherFromBytes(new Uint8Array(8), sources)).toBeNull();
  });
});
