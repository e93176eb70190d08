// What the lexicons' automaton keeps alive, in a process of its own started with --expose-gc: a full
// collection before and after building five matchers that stay referenced, so garbage made or
// collected during the builds cannot move the figure (in the bench's own process it could, even
// below zero). Counts the JS heap and the typed arrays' buffers (the tables live outside the heap).
// Prints bytes per matcher on stdout.
import { useLexicons } from '../../src/rules/engine';
import { defaultLexicons } from '../../src/rules/lexicon/default';
import { lexiconSources } from '../../src/rules/lexicons';
import { Matcher } from '../../src/rules/matcher';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');
useLexicons(defaultLexicons);
const sources = lexiconSources();
// One build first, so the code and caches every build shares are counted in neither reading.
Matcher.of(sources);
const retained = (): number => {
  collect();
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const before = retained();
const matchers = Array.from({ length: 5 }, () => Matcher.of(sources));
const after = retained();
process.stdout.write(`${JSON.stringify({ perMatcher: (after - before) / matchers.length, tables: matchers[0]?.tableBytes ?? 0 })}\n`);
