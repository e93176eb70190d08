import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import nl from './nl.json';
import ro from './ro.json';
import sv from './sv.json';
import type { LexiconFiles } from '../lexicons';

/**
 * The committed phrase lists, one file per language, in the order a phrase two languages share is
 * listed (en nl sv ro de fr es). Imported by the CLI, extension pages and the service worker, which
 * hands them to LinkedIn pages through storage.local; never by the content script.
 */
export const defaultLexicons: LexiconFiles = { en, nl, sv, ro, de, fr, es };
