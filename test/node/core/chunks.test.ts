import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkBlocks } from '../../../src/core/chunks.js';

describe('chunkBlocks', () => {
  test('a lesson shorter than the first chunk is one chunk', () => {
    assert.deepEqual(chunkBlocks([100, 200, 300], 4000, 3000), [3]);
  });

  test('the first chunk closes once it reaches its size, later ones at theirs', () => {
    assert.deepEqual(chunkBlocks([2000, 2000, 1000, 1000, 1000, 500], 4000, 2000), [2, 2, 2]);
  });

  test('a block larger than a chunk is a chunk of its own', () => {
    assert.deepEqual(chunkBlocks([100, 9000, 100], 1000, 1000), [2, 1]);
    assert.deepEqual(chunkBlocks([5000, 9000, 100], 1000, 1000), [1, 1, 1]);
  });

  test('every block is in exactly one chunk, in order', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => (i * 7919) % 1500);
    const counts = chunkBlocks(sizes, 4000, 3000);
    assert.equal(counts.reduce((a, b) => a + b, 0), sizes.length);
    assert.ok(counts.every((c) => c > 0));
  });

  test('no blocks, no chunks', () => {
    assert.deepEqual(chunkBlocks([], 4000, 3000), []);
  });
});
