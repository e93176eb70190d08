// write-good over the same texts (a JSON array on stdin), counted the same way as cli-child.mjs.
import { createRequire } from 'node:module';

const start = process.cpuUsage();
const writeGood = createRequire(import.meta.url)('write-good');
let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
let found = 0;
for (const text of JSON.parse(input)) found += writeGood(text).length;
const spent = process.cpuUsage(start);
process.stdout.write(`${found}\n`);
const total = process.cpuUsage();
process.stderr.write(`\ncpu-ms ${(spent.user + spent.system) / 1000} total-ms ${(total.user + total.system) / 1000}\n`);
