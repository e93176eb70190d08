import { extensionApi as browser } from '../shared/extension-api';
import { prepareStep, useModel } from '../rules/engine';
import { parseModel } from '../rules/model/parse';
import { MODEL_KEY } from '../shared/model-key';

let ready: Promise<void> | undefined;

/** The learned layer's weights from storage.local (the service worker writes them), decoded in a task of their own. */
async function loadModel(): Promise<void> {
  try {
    const stored = await browser.storage.local.get(MODEL_KEY);
    await new Promise((resolve) => setTimeout(resolve, 0));
    useModel(parseModel(stored[MODEL_KEY]));
  } catch {
    // An invalidated extension context: the cues alone still coach.
  }
}

/**
 * Builds the engine's lexicon matcher one step per task (a few milliseconds each) instead of in
 * one long task on LinkedIn's main thread, then loads the learned layer, and resolves once
 * analyze() can run without building.
 */
export function engineReady(): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    const step = (): void => {
      if (prepareStep()) resolve();
      else setTimeout(step, 0);
    };
    step();
  }).then(loadModel);
  return ready;
}
