/**
 * Groups a lesson's top-level blocks into the chunks it is rendered in, one chunk per frame.
 *
 * A long lesson (15 KB of HTML, 75 blocks) takes 40-80 ms to lay out under 4x CPU slowdown when it
 * appears all at once, which blocks a phone's main thread past the 50 ms budget. Rendered as a
 * first chunk that fills more than a phone screen, then the rest a chunk per frame, no frame lays
 * out more than a part of it, and the learner reads the first screen at once.
 *
 * @param sizes the size of each block (its text length: text is most of what layout costs), in order
 * @param first the size the first chunk reaches before it closes (it holds what a screen shows)
 * @param rest the size each later chunk reaches before it closes
 * @returns how many blocks each chunk holds, in order; every block is in one chunk, and a block
 *   larger than a chunk is a chunk on its own
 */
export function chunkBlocks(sizes: readonly number[], first: number, rest: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let size = 0;
  for (const blockSize of sizes) {
    count++;
    size += Math.max(0, blockSize);
    if (size >= (counts.length === 0 ? first : rest)) {
      counts.push(count);
      count = 0;
      size = 0;
    }
  }
  if (count > 0) counts.push(count);
  return counts;
}
