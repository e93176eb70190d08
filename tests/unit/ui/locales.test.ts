import { describe, expect, it } from 'vitest';
import { localeNames, messagesOf } from './locale-messages';

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/u;
const EXACT = /^(.+)_n\d+$/u;
const REQUIRED_LOCALES = ['de', 'en', 'es', 'fr', 'nl', 'ro', 'sv'];

const locales = localeNames();
const all = Object.fromEntries(locales.map((l) => [l, messagesOf(l)]));
const en = all.en ?? {};

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\$\d/gu) ?? [])].sort();
}

/** Every key any locale has, split into plain keys and plural families (base -> its keys). */
function keySets(): { plain: Set<string>; families: Set<string> } {
  const plain = new Set<string>();
  const families = new Set<string>();
  for (const messages of Object.values(all)) {
    for (const key of Object.keys(messages)) {
      const plural = PLURAL.exec(key) ?? EXACT.exec(key);
      if (plural?.[1]) families.add(plural[1]);
      else plain.add(key);
    }
  }
  return { plain, families };
}

describe('the _locales message files', () => {
  it('cover the seven languages Rapport speaks', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
  });

  it('have every key in every locale', () => {
    const { plain } = keySets();
    const missing = locales.flatMap((l) => [...plain].filter((k) => !(k in (all[l] ?? {}))).map((k) => `${l}: ${k}`));
    expect(missing).toEqual([]);
  });

  it("have every plural form each locale's grammar needs (CLDR categories)", () => {
    const { families } = keySets();
    const missing: string[] = [];
    for (const l of locales) {
      for (const category of new Intl.PluralRules(l).resolvedOptions().pluralCategories) {
        for (const base of families) {
          if (!(`${base}_${category}` in (all[l] ?? {}))) missing.push(`${l}: ${base}_${category}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('use the same $1…$9 substitutions as English in every translation', () => {
    const wrong: string[] = [];
    for (const l of locales) {
      for (const [key, { message }] of Object.entries(all[l] ?? {})) {
        if (EXACT.test(key)) continue;
        const family = PLURAL.exec(key)?.[1];
        const reference = en[family ? `${family}_other` : key]?.message;
        if (reference === undefined) continue;
        const expected = placeholders(reference);
        const actual = placeholders(message);
        // A singular form may spell its number out ("un contact"); it may not invent new ones.
        const ok = family ? actual.every((p) => expected.includes(p)) : actual.join() === expected.join();
        if (!ok) wrong.push(`${l}: ${key} has ${actual.join(' ') || 'none'}, English has ${expected.join(' ') || 'none'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('have no empty message and name their own locale in uiLocale', () => {
    for (const l of locales) {
      const empty = Object.entries(all[l] ?? {}).filter(([, e]) => e.message.trim() === '').map(([k]) => k);
      expect(empty, l).toEqual([]);
      expect(all[l]?.uiLocale?.message, l).toBe(l);
    }
  });
});
