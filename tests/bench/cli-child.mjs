// One cold process of the CLI over the JSON lines on stdin, loaded as `npm run check` loads it:
// everything after Node's own boot is counted (loading the bundle, building the matcher, decoding
// the model, the first pass with a cold JIT, writing every finding). Prints its CPU milliseconds on
// stderr, last line, and beside it the whole process's, boot included.
const start = process.cpuUsage();
const { loadCli } = await import('../../scripts/cli-bundle.mjs');
const main = await loadCli();
await main(['--jsonl'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
const spent = process.cpuUsage(start);
// And since the process started, Node's own boot included.
const total = process.cpuUsage();
process.stderr.write(`\ncpu-ms ${(spent.user + spent.system) / 1000} total-ms ${(total.user + total.system) / 1000}\n`);
