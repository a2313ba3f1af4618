// Deterministic randomness for the generators: the same seed gives the same bytes on every
// machine, so a benchmark input can be rebuilt instead of shipped.
import { createCipheriv, createHash } from 'node:crypto';

/** mulberry32: small and fast, enough for choosing sizes and names. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Log-normal around `median`, for file sizes (many small, a few large). */
    logNormal: (median, sigma) => {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
  };
}

/** Incompressible bytes from AES-128-CTR keyed by the seed: gigabytes a second, reproducible. */
export function noiseStream(seed) {
  const key = createHash('sha256').update(`noise:${seed}`).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  return (n) => cipher.update(Buffer.alloc(n));
}
