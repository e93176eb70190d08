// Draws the toolbar icon (two linked rings on a teal tile) as PNGs, so the icons are
// reproducible from source: `node scripts/make-icons.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { zlibSync } from 'fflate';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
};

function coverage(size, x, y) {
  const SS = 4;
  let tile = 0, ring = 0;
  const r = size * 0.22, corner = size * 0.2, stroke = Math.max(1.2, size * 0.085);
  const c1 = [size * 0.38, size * 0.5], c2 = [size * 0.62, size * 0.5];
  for (let i = 0; i < SS; i++) for (let j = 0; j < SS; j++) {
    const px = x + (i + 0.5) / SS, py = y + (j + 0.5) / SS;
    const dx = Math.max(corner - px, px - (size - corner), 0), dy = Math.max(corner - py, py - (size - corner), 0);
    if (dx * dx + dy * dy <= corner * corner) tile++;
    for (const [cx, cy] of [c1, c2]) {
      if (Math.abs(Math.hypot(px - cx, py - cy) - r) <= stroke / 2) { ring++; break; }
    }
  }
  return [tile / (SS * SS), ring / (SS * SS)];
}

function png(size) {
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [tile, ring] = coverage(size, x, y);
      const teal = [15, 118, 110], white = [255, 255, 255];
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let k = 0; k < 3; k++) raw[o + k] = Math.round(teal[k] * (1 - ring) + white[k] * ring);
      raw[o + 3] = Math.round(255 * tile);
    }
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, size); hv.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8);
  const sig = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [sig, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
