// `npm run check`: the engine over JSON lines or template files, straight from the TypeScript
// sources through tsx, so it works with plain node after `npm ci` and no build.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/check.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
