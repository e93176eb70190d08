import { describe, expect, it } from 'vitest';
import { sipHash24 } from '../../../src/storage/siphash';

const KEY = Uint8Array.from({ length: 16 }, (_, i) => i);
const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => i);

describe('SipHash-2-4', () => {
  it('gives the reference vectors of the SipHash paper (key 00..0f, message 00..n-1)', () => {
    expect(sipHash24(KEY, bytes(0))).toBe('726fdb47dd0e0e31');
    expect(sipHash24(KEY, bytes(1))).toBe('74f839c593dc67fd');
    expect(sipHash24(KEY, bytes(7))).toBe('ab0200f58b01d137');
    expect(sipHash24(KEY, bytes(8))).toBe('93f5f5799a932462');
    expect(sipHash24(KEY, bytes(15))).toBe('a129ca6149be45e5');
    expect(sipHash24(KEY, bytes(63))).toBe('958a324ceb064572');
  });

  it('depends on the key', () => {
    const other = Uint8Array.from(KEY, (b) => b ^ 1);
    expect(sipHash24(other, bytes(15))).not.toBe(sipHash24(KEY, bytes(15)));
  });

  it('refuses a key that is not 16 bytes, rather than reading past its end', () => {
    expect(() => sipHash24(KEY.subarray(0, 8), bytes(3))).toThrow('a SipHash key is 16 bytes');
    expect(() => sipHash24(new Uint8Array(17), bytes(3))).toThrow('a SipHash key is 16 bytes');
  });
});
