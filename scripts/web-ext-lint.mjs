// `web-ext lint` over the Firefox build (dist-firefox/, built first when missing): exits 1 on any error.
// Warnings are printed but do not fail: Preact's runtime trips UNSAFE_VAR_ASSIGNMENT, which is reviewed and known.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import webExt from 'web-ext';

if (!existsSync('dist-firefox/manifest.json')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const result = await webExt.cmd.lint({ sourceDir: 'dist-firefox', output: 'text', selfHosted: false, warningsAsErrors: false }, { shouldExitProgram: false });
const { errors = [], warnings = [] } = result ?? {};
console.error(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length > 0 ? 1 : 0);
