import { scanned, type LexiconFile, type LexiconFiles } from '../lexicons';

// Bounds on what a page accepts from storage: the committed lists are ~7 × 1,500 phrases.
const MAX_LANGUAGES = 16;
const MAX_PHRASES = 100_000;
const MAX_PHRASE_LENGTH = 200;
const keys = new Set<string>([...scanned, 'placeholder']);

/**
 * The lexicons a page read from storage.local, checked before anything is built from them: an
 * object of language → category → phrases, bounded. Null for anything else (a damaged or foreign
 * value); the caller then waits for the service worker to write them again.
 */
export function parseLexicons(value: unknown): LexiconFiles | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const languages = Object.entries(value as Record<string, unknown>);
  if (languages.length === 0 || languages.length > MAX_LANGUAGES) return null;
  let count = 0;
  const out: Record<string, LexiconFile> = {};
  for (const [lang, file] of languages) {
    if (!/^[a-z]{2}$/u.test(lang) || typeof file !== 'object' || file === null || Array.isArray(file)) return null;
    const parsed: LexiconFile = {};
    for (const [key, phrases] of Object.entries(file as Record<string, unknown>)) {
      if (!keys.has(key) || !Array.isArray(phrases)) return null;
      count += phrases.length;
      if (count > MAX_PHRASES) return null;
      if (!phrases.every((p): p is string => typeof p === 'string' && p.length > 0 && p.length <= MAX_PHRASE_LENGTH)) return null;
      parsed[key as keyof LexiconFile] = phrases;
    }
    out[lang] = parsed;
  }
  return out;
}
