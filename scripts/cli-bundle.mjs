// The CLI as one prebuilt ES module, so a run does not pay tsx compiling the sources at start
// (about a quarter of a second, more than the engine spends on a thousand messages). The bundle is
// built on demand into node_modules/.cache/rapport/ whenever any file it was built from is newer,
// and tsx straight from the sources is the fallback when esbuild cannot build it. Beside it go the
// lexicons' automaton tables, built once by the bundle itself and read back in every run (a build
// costs a run tens of milliseconds); tables that do not fit the bundle's lexicons are ignored.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'src/cli/check.ts');
const cache = join(root, 'node_modules/.cache/rapport');
const bundle = join(cache, 'check.mjs');
const tables = join(cache, 'check.tables.bin');
// The files the bundle was built from, relative to the root, this script among them.
const inputsFile = join(cache, 'check.inputs.json');
const self = fileURLToPath(import.meta.url);

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
};

function fresh() {
  if (!existsSync(bundle) || !existsSync(inputsFile) || !existsSync(tables)) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  const built = mtime(bundle);
  // A new import shows up as a change to the file that imports it, so the old inputs suffice.
  return [self, ...inputs.map((f) => join(root, f))].every((f) => mtime(f) <= built);
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  mkdirSync(cache, { recursive: true });
  // Written aside and renamed, so two runs building at once never load half a file.
  const tmp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  renameSync(tmp, bundle);
  // eslint-disable-next-line no-unsanitized/method -- the bundle just built from this repository's own sources
  const { lexiconTables } = await import(pathToFileURL(bundle).href);
  writeFileSync(`${tables}.${process.pid}.tmp`, lexiconTables());
  renameSync(`${tables}.${process.pid}.tmp`, tables);
}

/** The bundle's lexicon tables, when they are there and fit; the engine builds its own otherwise. */
function installTables(cli) {
  try {
    cli.useLexiconTables(readFileSync(tables));
  } catch {
    // no tables (a build under way elsewhere): the engine builds the automaton itself
  }
}

/**
 * A run is short and cold: most of its optimising is done while it runs, on its own CPU time. With
 * a third of V8's default budget for inlining into one function, the hot loops compile to smaller
 * code sooner; over a thousand 2,000-character texts that measured about a tenth less CPU in all
 * (tests/bench/cli.bench.ts), the engine's own loops being small enough to inline regardless.
 * An interrupt budget 16 times the default (V8 counts it down as a function runs, and considers
 * optimising it each time it is spent) leaves the lukewarm functions in baseline code: Node 20 has
 * no mid-tier compiler, and TurboFan compiling each of them cost more CPU than it saved. Over the
 * same texts, interleaved runs of 8: median 966 ms CPU with the default, 885 with 4 times it, 841
 * with 16 times, 858 with 32 times.
 */
const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300 --interrupt-budget=1081344';

/** The CLI's `main`, from the bundle when it can be had, else from the sources through tsx. */
export async function loadCli() {
  // Before any of the CLI's code is compiled; V8 reads the flag each time it optimises a function.
  setFlagsFromString(V8_FLAGS);
  try {
    if (!fresh()) await build();
    // eslint-disable-next-line no-unsanitized/method -- the bundle is built here from this repository's own sources
    const cli = await import(pathToFileURL(bundle).href);
    installTables(cli);
    return cli.main;
  } catch (error) {
    process.stderr.write(`rapport: running from the sources (no bundle: ${error instanceof Error ? error.message : String(error)})\n`);
    const { register } = await import('tsx/esm/api');
    register();
    // eslint-disable-next-line no-unsanitized/method -- this repository's own entry point
    return (await import(pathToFileURL(entry).href)).main;
  }
}
