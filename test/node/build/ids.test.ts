/**
 * Id helpers: generated option ids, suggested ids and "did you mean" matches.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestId, letterId, slugify } from '../../../src/build/ids.js';

describe('ids', () => {
  it('letterId counts a…z, then aa, ab…', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterId), ['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa']);
  });

  it('slugify turns any text into a valid id', () => {
    assert.equal(slugify('Mengapa Netral'), 'mengapa-netral');
    assert.equal(slugify('  Média_Sosial 2 '), 'media-sosial-2');
    assert.equal(slugify('!!!'), 'a');
  });

  it('closestId suggests only likely typos', () => {
    const ids = ['media-sosial', 'fasilitas-negara', 'kuis-akhir'];
    assert.equal(closestId('media-sosal', ids), 'media-sosial');
    assert.equal(closestId('kuis-akhirr', ids), 'kuis-akhir');
    assert.equal(closestId('netralitas', ids), '');
    assert.equal(closestId('x', []), '');
  });
});
