const N = 624;
const M = 397;

/**
 * Python's `random` module (MT19937 seeded from an integer) far enough to reproduce httpbin's
 * `/bytes/:n?seed=` output byte for byte, so a lesson that checks a seeded download against
 * httpbin's gets the same bytes here.
 *
 * @example
 * const random = new PythonRandom(42n);
 * random.randbyte(); // 57, like random.seed(42); random.randint(0, 255)
 */
export class PythonRandom {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: bigint) {
    this.initByArray(seedKey(seed < 0n ? -seed : seed));
  }

  /** random.randint(0, 255): 9 random bits, retried until below 256 (CPython's _randbelow). */
  randbyte(): number {
    for (;;) {
      const r = this.next() >>> 23;
      if (r < 256) return r;
    }
  }

  private initGenrand(seed: number): void {
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private next(): number {
    const mt = this.mt;
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % N]! & 0x7fffffff);
        mt[k] = mt[(k + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** The seed as 32-bit words, least significant first, as CPython's random_seed() builds its key. */
function seedKey(seed: bigint): number[] {
  const key: number[] = [];
  for (let rest = seed; rest > 0n; rest >>= 32n) key.push(Number(rest & 0xffffffffn));
  return key.length === 0 ? [0] : key;
}
