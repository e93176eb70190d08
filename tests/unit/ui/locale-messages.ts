import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = 'public/_locales';

export interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function messagesOf(locale: string): Record<string, Entry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
}

/** chrome.i18n.getMessage as Chrome does it: named placeholders, then $1…$9, '' for unknown keys. */
export function getMessageIn(locale: string): (key: string, subs?: string | string[]) => string {
  const messages = messagesOf(locale);
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
      text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'giu'), content);
    }
    return text.replace(/\$(\d)/gu, (_, n: string) => values[Number(n) - 1] ?? '');
  };
}
