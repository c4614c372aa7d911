/**
 * Fixed-seed random input for property tests: the same seed gives the same inputs on every run
 * and machine, so a failure names an input that fails again, and the work per run is fixed.
 */

/** A linear congruential generator over [0, 1]: the same sequence for the same `seed`. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** `count` strings of 1 to `maxLength` items drawn from `pool`, from a fixed seed. */
export function randomStrings(pool: readonly string[], options: { seed: number; count: number; maxLength: number }): string[] {
  const rand = seededRandom(options.seed);
  const out: string[] = [];
  for (let k = 0; k < options.count; k++) {
    let text = '';
    for (let n = 1 + Math.floor(rand() * options.maxLength); n > 0; n--) text += pool[Math.floor(rand() * pool.length)];
    out.push(text);
  }
  return out;
}
