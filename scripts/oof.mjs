// `npm run oof -- [FILE…] [--lines] [--misses]`: the whole engine out of fold per source (tests/corpus/oof.ts).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../tests/corpus/oof.ts');
process.exitCode = main(process.argv.slice(2));
