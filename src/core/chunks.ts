/**
 * Groups a lesson's top-level blocks into the chunks it is rendered in, one chunk per frame.
 *
 * A long lesson (15 KB of HTML, 75 blocks) takes 40-80 ms to lay out under 4x CPU slowdown when it
 * appears all at once, which blocks a phone's main thread past the 50 ms budget. Rendered as a
 * short first chunk (the opening paragraph, laid out with the new view's title in one frame),
 * then the rest a chunk per frame, no frame lays out more than a part of it. Measured on the
 * complete course: a first chunk of a screenful (1,200 characters) still made 50-60 ms frames
 * when a view appeared; an opening paragraph made none.
 *
 * @param sizes the size of each block (its text length: text is most of what layout costs), in order
 * @param first the most the first chunk holds (about what a screen shows first)
 * @param rest the most each later chunk holds
 * @returns how many blocks each chunk holds, in order: a chunk takes blocks while it stays within
 *   its size, and a block larger than that is a chunk on its own; every block is in one chunk
 */
export function chunkBlocks(sizes: readonly number[], first: number, rest: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let size = 0;
  for (const raw of sizes) {
    const blockSize = Math.max(0, raw);
    if (count > 0 && size + blockSize > (counts.length === 0 ? first : rest)) {
      counts.push(count);
      count = 0;
      size = 0;
    }
    count++;
    size += blockSize;
  }
  if (count > 0) counts.push(count);
  return counts;
}
