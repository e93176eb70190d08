import { describe, expect, it } from 'vitest';
import { hasherFor } from '../../../src/storage/hash-key';
import { sipHash24 } from '../../../src/storage/siphash';
import { normaliseText } from '../../../src/storage/text';

const SECRET = Uint8Array.from({ length: 16 }, (_, i) => 255 - i);
const direct = (text: string): string => sipHash24(SECRET, new TextEncoder().encode(normaliseText(text)));

describe('the hasher reuses one UTF-8 buffer', () => {
  it('hashes each text as its own bytes, whatever was hashed before (longer, shorter, past the first buffer)', () => {
    const hash = hasherFor(SECRET);
    const texts = ['Zoë — ✓ 小龙 '.repeat(200), 'short', '', 'Ελένη\n\n  Παππά', '😀'.repeat(600), 'short'];
    expect(texts.map((t) => hash(t))).toEqual(texts.map(direct));
  });
});
