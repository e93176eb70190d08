/**
 * The learned layer's committed weights, for the service worker to hand to pages through
 * storage.local (the background may not reach into src/rules itself; see ARCHITECTURE §2).
 */
export { defaultWeights } from '../rules/model/default';
