import { constants, deflateRawSync } from 'node:zlib';

/**
 * ZIP bombs for the import limits: one CSV entry whose deflate stream is the same sync-flushed
 * block repeated. Each block ends byte-aligned and refers back only inside its own output, so the
 * copies inflate to `unit` again and again: a few MB of ZIP become gigabytes, built in
 * milliseconds without ever holding the unpacked text.
 */

export interface BombOptions {
  /** File name inside the ZIP. */
  name: string;
  /** Written once, uncompressed in spirit: the header row. */
  head: string;
  /** Repeated after the head. */
  unit: string;
  /** Unpacked size to reach, roughly (whole units). */
  bytes: number;
  /** The size the ZIP's headers claim; the truth when omitted. A bomb can lie. */
  declaredBytes?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export function buildZipBomb(options: BombOptions): Uint8Array {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const head = deflateRawSync(Buffer.from(options.head), sync);
  const unitBytes = Buffer.byteLength(options.unit);
  // Many units per block, so that the block is long enough to compress well.
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / unitBytes));
  const block = deflateRawSync(Buffer.from(options.unit.repeat(perBlock)), sync);
  const copies = Math.ceil(options.bytes / (unitBytes * perBlock));
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  const data = Buffer.concat([head, ...Array.from({ length: copies }, () => block), finalEmptyBlock]);
  const size = Math.min(0xffffffff, options.declaredBytes ?? Buffer.byteLength(options.head) + copies * perBlock * unitBytes);

  const name = Buffer.from(options.name);
  // CRC 0: nothing reads that far before refusing.
  const fields = [u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(0), u32(data.length), u32(size), u16(name.length), u16(0)];
  const local = Buffer.concat([u32(0x04034b50), ...fields, name]);
  const central = Buffer.concat([u32(0x02014b50), u16(20), ...fields, u16(0), u16(0), u16(0), u32(0), u32(0), name]);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(1), u16(1), u32(central.length), u32(local.length + data.length), u16(0)]);
  return new Uint8Array(Buffer.concat([local, data, central, end]));
}
