import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/shared/base64';

describe('base64 for the import port', () => {
  it('round-trips every byte value and sizes beyond one fromCharCode slice', () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array([255, 0, 1]))).toBe(Buffer.from([255, 0, 1]).toString('base64'));
  });

  it('throws on text that is not base64', () => {
    expect(() => base64ToBytes('***')).toThrow();
  });
});
