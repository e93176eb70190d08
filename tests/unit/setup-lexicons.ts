import { useLexicons } from '../../src/rules/engine';
import { defaultLexicons } from '../../src/rules/lexicon/default';

useLexicons(defaultLexicons);
