import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../../src/rules/settings';
import { fill, ruleText } from '../../../src/rules/texts';
import { uiLocales } from '../../../src/rules/types';

const slots = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();

describe('finding texts', () => {
  it('exist for every rule in every locale, each message a single sentence', () => {
    for (const locale of uiLocales) {
      for (const { id } of ruleCatalog) {
        const { message, suggestion } = ruleText(locale, id);
        expect(message.length, `${locale} ${id}`).toBeGreaterThan(20);
        expect(suggestion.length, `${locale} ${id}`).toBeGreaterThan(10);
        expect(message.trimEnd().endsWith('.'), `${locale} ${id}`).toBe(true);
        expect(message.slice(0, -1), `${locale} ${id}`).not.toMatch(/[.!?]\s/u);
      }
    }
  });

  it('use the same slots as English in every locale', () => {
    for (const locale of uiLocales) {
      for (const { id } of ruleCatalog) {
        expect(slots(ruleText(locale, id).message), `${locale} ${id}`).toEqual(slots(ruleText('en', id).message));
      }
    }
  });

  it("a rule's variant texts exist in every locale, with the same slots as English", () => {
    for (const variant of ['channel', 'both']) {
      for (const locale of uiLocales) {
        const { message, suggestion } = ruleText(locale, 'boundary', variant);
        expect(message, `${locale} ${variant}`).not.toBe(ruleText(locale, 'boundary').message);
        expect(suggestion.length, `${locale} ${variant}`).toBeGreaterThan(10);
        expect(message.slice(0, -1), `${locale} ${variant}`).not.toMatch(/[.!?]\s/u);
        expect(slots(message), `${locale} ${variant}`).toEqual(slots(ruleText('en', 'boundary', variant).message));
      }
    }
    expect(slots(ruleText('en', 'boundary', 'both').message)).toEqual(['channel', 'date']);
  });

  it('fills text slots as well as numbers', () => {
    expect(fill('until {date} ({channel})', { date: '2027-01-10', channel: 'email' })).toBe('until 2027-01-10 (email)');
  });

  it('fills slots from finding parameters and leaves unknown slots alone', () => {
    expect(fill('over {limit} chars {x}', { limit: 200 })).toBe('over 200 chars {x}');
  });
});
