// `npm run eval:real [FILE]`: the engine on the real development set, beside the corpus figures.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../tests/corpus/real.ts');
process.exitCode = main(process.argv.slice(2));
