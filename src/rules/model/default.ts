import { Model, type WeightsFile } from './model';
import weights from './weights.json';

let loaded: Model | undefined;

/** The committed weights (`npm run train`), decoded once. Imported by the CLI and the service worker, never by the content script. */
export function defaultModel(): Model {
  loaded ??= new Model(weights as WeightsFile);
  return loaded;
}

export const defaultWeights = weights as WeightsFile;
