// `npm run eval:files -- FILE… [--misses]`: the engine on chosen corpus files only (tests/corpus/files.ts).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../tests/corpus/files.ts');
process.exitCode = main(process.argv.slice(2));
