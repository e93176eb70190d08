// A Stryker reporter that keeps, while the run goes on, an incremental file of the mutants tested
// so far (the format of Stryker's own `incrementalFile`, which Stryker writes only at the end of a
// run). A run stopped before its end, by a deadline or a reboot, goes on where it stopped when the
// same command is run again (PARTIAL_FILE the config's incrementalFile, read once at the start):
//
//   PARTIAL_FILE=reports/mutation/storage-background.json npx stryker run stryker.storage.config.mjs \
//     --appendPlugins ./scripts/stryker-partial-reporter.mjs --reporters clear-text,progress,html,json,partial
//
// Every result whose code and covering tests did not change is reused. Sources are read once, when
// the dry run ends: edit code or tests only after that, or the file describes code the run did not test.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const OUT = process.env.PARTIAL_FILE ?? 'reports/mutation/partial.json';
/** Written every this many mutants: the file is megabytes, rewritten whole. */
const EVERY = 20;

const relative = (file) => path.relative(process.cwd(), file).split(path.sep).join('/');

class PartialReporter {
  testFiles = {};
  files = {};
  sources = new Map();
  tested = 0;
  /** Results reused from the incremental file come first: the file is not rewritten before all are in. */
  reused = 0;

  source(file) {
    if (!this.sources.has(file)) this.sources.set(file, readFileSync(file, 'utf8'));
    return this.sources.get(file);
  }

  onDryRunCompleted({ result }) {
    for (const test of result.tests) {
      const key = test.fileName ? relative(test.fileName) : '';
      this.testFiles[key] ??= { tests: [], ...(test.fileName ? { source: this.source(test.fileName) } : {}) };
      // Stryker's positions are 0-based, the report's 1-based.
      const start = test.startPosition && { line: test.startPosition.line + 1, column: test.startPosition.column + 1 };
      this.testFiles[key].tests.push({ id: test.id, name: test.name, ...(start ? { location: { start } } : {}) });
    }
  }

  onMutationTestingPlanReady({ mutantPlans }) {
    for (const plan of mutantPlans) {
      this.source(plan.mutant.fileName);
      if (plan.plan === 'EarlyResult') this.reused += 1;
    }
  }

  onMutantTested(result) {
    const { fileName, ...mutant } = result;
    this.files[relative(fileName)] ??= { language: 'typescript', source: this.source(fileName), mutants: [] };
    this.files[relative(fileName)].mutants.push(mutant);
    this.tested += 1;
    if (this.tested >= this.reused && this.tested % EVERY === 0) this.write();
  }

  onMutationTestReportReady() {
    this.write();
  }

  write() {
    const report = { schemaVersion: '1.0', thresholds: { high: 80, low: 60 }, projectRoot: process.cwd(), files: this.files, testFiles: this.testFiles };
    // Renamed into place, so a run stopped mid-write leaves the previous file whole.
    writeFileSync(`${OUT}.tmp`, JSON.stringify(report));
    renameSync(`${OUT}.tmp`, OUT);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'partial', PartialReporter)];
