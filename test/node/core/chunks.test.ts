import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkBlocks } from '../../../src/core/chunks.js';

describe('chunkBlocks', () => {
  test('a lesson within the first chunk is one chunk', () => {
    assert.deepEqual(chunkBlocks([100, 200, 300], 600, 1000), [3]);
  });

  test('a chunk takes blocks while it stays within its size: the first at its own, later ones at theirs', () => {
    assert.deepEqual(chunkBlocks([150, 20, 1000, 400, 400, 400], 300, 1000), [2, 1, 2, 1]);
  });

  test('a block larger than a chunk is a chunk of its own', () => {
    assert.deepEqual(chunkBlocks([100, 9000, 100], 1000, 1000), [1, 1, 1]);
    assert.deepEqual(chunkBlocks([5000, 9000, 100], 1000, 1000), [1, 1, 1]);
  });

  test('every block is in exactly one chunk, in order, and no chunk of two or more blocks is over its size', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => (i * 7919) % 1500);
    const counts = chunkBlocks(sizes, 300, 1000);
    assert.equal(counts.reduce((a, b) => a + b, 0), sizes.length);
    let at = 0;
    counts.forEach((count, i) => {
      const size = sizes.slice(at, (at += count)).reduce((a, b) => a + b, 0);
      assert.ok(count === 1 || size <= (i === 0 ? 300 : 1000), `chunk ${i}: ${count} blocks, ${size}`);
    });
  });

  test('no blocks, no chunks', () => {
    assert.deepEqual(chunkBlocks([], 300, 1000), []);
  });
});
