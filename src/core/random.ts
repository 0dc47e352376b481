/**
 * Seeded randomness for question draws and option orders. Everything here is pure except
 * `newSeed`, which is the one place that reads real entropy (to create a learner's root seed).
 *
 * Seeds are 32-bit unsigned integers. A learner's root seed is stored once in the learner
 * state; every other seed (per attempt, per question) is derived from it with `deriveSeed`, so
 * draws and orders are recomputed identically on every resume.
 */

/** Reduces any number to a 32-bit unsigned integer (NaN and infinities become 0). */
function toUint32(value: number): number {
  return Number.isFinite(value) ? Math.trunc(value) >>> 0 : 0;
}

/**
 * A small deterministic PRNG (mulberry32). Returns a function that yields numbers in [0, 1);
 * the same seed always yields the same sequence.
 */
export function createRng(seed: number): () => number {
  let state = toUint32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvByte(hash: number, byte: number): number {
  return Math.imul(hash ^ (byte & 0xff), FNV_PRIME) >>> 0;
}

function fnvUint32(hash: number, value: number): number {
  let h = hash;
  for (let shift = 0; shift < 32; shift += 8) h = fnvByte(h, value >>> shift);
  return h;
}

/**
 * Derives a new 32-bit unsigned seed from a seed and some parts (ids, attempt numbers):
 * FNV-1a over the seed and the parts, then a final avalanche (murmur3 fmix32) so that close
 * inputs give unrelated seeds. Stable across runs and platforms. Parts are typed and
 * separated, so `("a", 1)`, `("a1")` and `("a", "1")` all differ.
 */
export function deriveSeed(seed: number, ...parts: (string | number)[]): number {
  let h = fnvUint32(FNV_OFFSET, toUint32(seed));
  for (const part of parts) {
    if (typeof part === 'number') {
      h = fnvByte(h, 0x01);
      // Integers are the common case; other numbers go through their decimal text.
      const text = String(part);
      for (let i = 0; i < text.length; i++) h = fnvByte(h, text.charCodeAt(i));
    } else {
      h = fnvByte(h, 0x02);
      for (let i = 0; i < part.length; i++) {
        const code = part.charCodeAt(i);
        h = fnvByte(fnvByte(h, code), code >>> 8);
      }
    }
    h = fnvByte(h, 0xff);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Returns a new array with the items in a seeded random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = items.slice();
  const random = createRng(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const picked = result[j] as T;
    result[j] = result[i] as T;
    result[i] = picked;
  }
  return result;
}

/**
 * A fresh random 32-bit unsigned seed: from `crypto.getRandomValues` when available, else
 * `Math.random`. The only impure function of the core; call it once per learner.
 */
export function newSeed(): number {
  const cryptoApi = (globalThis as { crypto?: Pick<Crypto, 'getRandomValues'> }).crypto;
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    return cryptoApi.getRandomValues(new Uint32Array(1))[0] ?? 0;
  }
  return Math.floor(Math.random() * 4294967296) >>> 0;
}
