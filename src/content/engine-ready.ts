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
    // The next step is a task of its own through a private channel, not setTimeout: nested timeouts
    // are clamped to 4 ms each, which made the build's forty-odd steps take longer than building.
    // The channel's ports are this script's own objects; the page sees no message.
    const channel = new MessageChannel();
    const step = (): void => {
      if (!prepareStep()) {
        channel.port2.postMessage(null);
        return;
      }
      channel.port1.close();
      resolve();
    };
    channel.port1.onmessage = step;
    step();
  }).then(loadModel);
  return ready;
}
