import { prepareStep } from '../rules/engine';

let ready: Promise<void> | undefined;

/**
 * Builds the engine's lexicon matcher one step per task (a few milliseconds each) instead of in
 * one long task on LinkedIn's main thread, and resolves once analyze() can run without building.
 */
export function engineReady(): Promise<void> {
  ready ??= new Promise((resolve) => {
    const step = (): void => {
      if (prepareStep()) resolve();
      else setTimeout(step, 0);
    };
    step();
  });
  return ready;
}
