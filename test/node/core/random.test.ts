import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, deriveSeed, newSeed, shuffle } from '../../../src/core/random.js';

function firstValues(seed: number, count = 5): number[] {
  const random = createRng(seed);
  return Array.from({ length: count }, () => random());
}

describe('createRng', () => {
  test('the same seed gives the same sequence', () => {
    assert.deepEqual(firstValues(42), firstValues(42));
  });

  test('different seeds give different sequences', () => {
    assert.notDeepEqual(firstValues(1), firstValues(2));
  });

  for (const seed of [0, 1, 0xffffffff, -5, 2.7, Number.NaN]) {
    test(`values lie in [0, 1) for seed ${seed}`, () => {
      for (const value of firstValues(seed, 1000)) {
        assert.ok(value >= 0 && value < 1, `value ${value}`);
      }
    });
  }
});

describe('deriveSeed', () => {
  test('is pinned: saved attempts must redraw the same questions in later releases', () => {
    assert.equal(deriveSeed(12345, 'q1', 1), deriveSeed(12345, 'q1', 1));
    assert.equal(deriveSeed(12345, 'q1', 1), 3129279683);
  });

  const inputs: Array<[string, number, (string | number)[]]> = [
    ['seed only', 1, []],
    ['string part', 1, ['a']],
    ['string and number', 1, ['a', 1]],
    ['joined string', 1, ['a1']],
    ['string and numeric string', 1, ['a', '1']],
    ['other seed', 2, ['a', 1]],
    ['swapped parts', 1, [1, 'a']],
    ['next attempt', 1, ['a', 2]],
  ];

  test('distinct inputs give distinct seeds', () => {
    const seeds = inputs.map(([, seed, parts]) => deriveSeed(seed, ...parts));
    assert.equal(new Set(seeds).size, inputs.length, JSON.stringify(seeds));
  });

  for (const [name, seed, parts] of inputs) {
    test(`gives a 32-bit unsigned integer (${name})`, () => {
      const derived = deriveSeed(seed, ...parts);
      assert.ok(Number.isInteger(derived) && derived >= 0 && derived <= 0xffffffff, String(derived));
    });
  }
});

describe('shuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  test('returns a permutation in a new array and leaves the input alone', () => {
    const input = items.slice();
    const result = shuffle(input, 7);
    assert.notEqual(result, input);
    assert.deepEqual(input, items);
    assert.deepEqual(result.slice().sort(), items);
  });

  test('is pinned: a seed gives the same order in later releases', () => {
    assert.equal(shuffle(items, 2024).join(''), 'habcfdeg');
  });

  test('is stable for a seed', () => {
    assert.deepEqual(shuffle(items, 99), shuffle(items, 99));
  });

  test('different seeds give different orders', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, seed).join('')));
    assert.ok(orders.size >= 4, `only ${orders.size} distinct orders`);
  });

  test('reaches every permutation of three items', () => {
    const orders = new Set(Array.from({ length: 300 }, (_, seed) => shuffle(['x', 'y', 'z'], seed).join('')));
    assert.equal(orders.size, 6);
  });

  const edgeCases: Array<[string, string[]]> = [
    ['empty', []],
    ['single', ['only']],
  ];
  for (const [name, input] of edgeCases) {
    test(`handles ${name} lists`, () => {
      assert.deepEqual(shuffle(input, 3), input);
    });
  }
});

describe('newSeed', () => {
  test('gives 32-bit unsigned integers that vary', () => {
    const seeds = Array.from({ length: 20 }, () => newSeed());
    for (const seed of seeds) assert.ok(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff);
    assert.ok(new Set(seeds).size > 1);
  });
});
