// Runs every tests/bench/*.bench.ts and prints each budget next to what was measured in this run.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const only = process.argv.slice(2);
const files = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const rows = [];
for (const file of files) {
  // eslint-disable-next-line no-unsanitized/method -- the bench files are this repository's own modules
  const mod = await import(pathToFileURL(`tests/bench/${file}`).href);
  for (const row of await mod.default()) {
    rows.push(row);
    console.log(`${row.ok ? 'ok  ' : 'OVER'}  ${row.name.padEnd(58)} ${row.measured.padEnd(26)} budget ${row.budget}`);
  }
}
const over = rows.filter((r) => !r.ok).length;
console.log(`\n${rows.length} budgets measured, ${rows.length - over} within budget, ${over} over`);
process.exitCode = over ? 1 : 0;
