import { describe, expect, it } from 'vitest';
import { ChunkQueue } from '../../../src/background/chunk-queue';

// What the reader of an upload sees when it is refused more than once, and fed between the refusals.

async function readAll(queue: ChunkQueue): Promise<number[]> {
  const read: number[] = [];
  for await (const chunk of queue) read.push(...chunk);
  return read;
}

describe('an upload refused twice', () => {
  it('ends the reading with the first refusal, not a later one', async () => {
    const queue = new ChunkQueue();
    const reading = readAll(queue);
    const first = new Error('the chunk was refused');
    queue.fail(first);
    queue.fail(new Error('the port closed'));
    await expect(reading).rejects.toBe(first);
  });

  it('a reader that starts after both refusals sees the first too, and no chunk pushed after them', async () => {
    const queue = new ChunkQueue();
    const first = new Error('the chunk was refused');
    queue.fail(first);
    queue.push(Uint8Array.of(9));
    queue.fail(new Error('the port closed'));
    await expect(readAll(queue)).rejects.toBe(first);
  });
});
