// `npm run check`: the engine over JSON lines or template files. It works with plain node after
// `npm ci` and no build: the CLI runs from a bundle built on demand (cli-bundle.mjs), or from the
// TypeScript sources through tsx when no bundle can be built.
import { loadCli } from './cli-bundle.mjs';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const main = await loadCli();
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
