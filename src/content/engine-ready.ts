import { extensionApi as browser } from '../shared/extension-api';
import { prepareStep, useLexicons, useModel } from '../rules/engine';
import { parseLexicons } from '../rules/lexicon/parse';
import { parseModel } from '../rules/model/parse';
import { LEXICONS_KEY } from '../shared/lexicons-key';
import { MODEL_KEY } from '../shared/model-key';

let ready: Promise<void> | undefined;
const quiet = new Promise<void>(() => undefined);

/**
 * The phrase lists from storage.local, checked before anything is built from them. On a fresh
 * install the page can be first: then they are installed the moment the service worker writes them.
 */
function loadLexicons(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const install = (value: unknown): boolean => {
      const files = parseLexicons(value);
      if (files) useLexicons(files);
      return files !== null;
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area !== 'local' || !(LEXICONS_KEY in changes) || !install(changes[LEXICONS_KEY]?.newValue)) return;
      browser.storage.onChanged.removeListener(onChanged);
      resolve();
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.storage.local.get(LEXICONS_KEY).then((stored) => {
      if (!install(stored[LEXICONS_KEY])) return;
      browser.storage.onChanged.removeListener(onChanged);
      resolve();
    }, reject);
  });
}

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

/** Builds the lexicons' matcher one step per task (a few milliseconds each) instead of one long task. */
function build(): Promise<void> {
  return new Promise<void>((resolve) => {
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
  });
}

/**
 * Reads the phrase lists, builds their matcher on LinkedIn's main thread without a long task, then
 * loads the learned layer, and resolves once analyze() can run without building. An invalidated
 * extension context (the extension reloaded or removed under the page) never resolves: that
 * script's coach stays quiet while its successor takes over.
 */
export function engineReady(): Promise<void> {
  ready ??= loadLexicons().then(build, () => quiet).then(loadModel);
  return ready;
}
