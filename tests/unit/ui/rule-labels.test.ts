import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../../src/rules/catalog';
import { localeNames, messagesOf } from './locale-messages';

describe('the options page words for every rule in the catalog', () => {
  it('names and explains each rule and labels each threshold in every locale', () => {
    const missing: string[] = [];
    for (const locale of localeNames()) {
      const messages = messagesOf(locale);
      for (const meta of ruleCatalog) {
        const id = meta.id.replaceAll('-', '_');
        const keys = [`optionsRuleName_${id}`, `optionsRuleHelp_${id}`, ...meta.thresholds.map((t) => `optionsThreshold_${t.key}`)];
        missing.push(...keys.filter((k) => !messages[k]).map((k) => `${locale}: ${k}`));
      }
    }
    expect(missing).toEqual([]);
  });
});
