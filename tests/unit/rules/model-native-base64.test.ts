import { afterEach, describe, expect, it, vi } from 'vitest';
import weights from '../../../src/rules/model/weights.json';
import type { WeightsFile } from '../../../src/rules/model/model';

type WithNative = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };
const ctor = Uint8Array as WithNative;
const file = weights as WeightsFile;

async function freshModel(): Promise<typeof import('../../../src/rules/model/model')> {
  vi.resetModules();
  return import('../../../src/rules/model/model');
}

// Node 20 has no Uint8Array.fromBase64, so the browsers' path is taken only with a stand-in.
describe('the weights decoded by the browser\'s own base64 decoder', () => {
  afterEach(() => {
    delete ctor.fromBase64;
  });

  it('is used where it exists and gives the same indices as the fallback', async () => {
    const { rules } = file;
    const rule = rules['early-pitch'];
    const fallback = [...(await freshModel()).decodeIndex(rule.index, rule.count)];
    const native = vi.fn((text: string) => new Uint8Array(Buffer.from(text, 'base64')));
    ctor.fromBase64 = native;
    const decoded = [...(await freshModel()).decodeIndex(rule.index, rule.count)];
    expect(native).toHaveBeenCalledWith(rule.index);
    expect(decoded).toEqual(fallback);
    expect(decoded.length).toBe(rule.count);
  });
});
