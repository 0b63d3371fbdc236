/** The last property of every generated document: finding it on screen proves the end is shown. */
export const END_MARKER = 'end-of-body-9f2c';

/** A small deterministic generator (mulberry32), so every run serves the same bytes. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Lisbon', 'Nairobi', 'Osaka', 'Quito', 'Tromsø', 'Zürich', 'São Paulo', 'Montréal'];
const WORDS = ['alpha', 'delta', 'kilo', 'oscar', 'sierra', 'tango', 'victor', 'zulu', 'échelle', '東京'];
const STATUSES = ['pending', 'paid', 'shipped', 'returned'] as const;

/** One customer as a REST API would return it: nested objects, arrays, numbers, booleans, nulls. */
function customer(id: number, next: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => pick(WORDS);
  return {
    id,
    uuid: `${Math.floor(next() * 2 ** 32).toString(16)}-${id.toString(16).padStart(8, '0')}`,
    name: `${word()} ${word()}`,
    email: `user${id}@example.test`,
    active: next() > 0.3,
    score: Math.round(next() * 10_000) / 100,
    address: {
      street: `${1 + Math.floor(next() * 400)} ${word()} street`,
      city: pick(CITIES),
      zip: String(10_000 + Math.floor(next() * 89_999)),
      geo: { lat: next() * 180 - 90, lng: next() * 360 - 180 },
    },
    tags: Array.from({ length: 1 + Math.floor(next() * 4) }, word),
    orders: Array.from({ length: Math.floor(next() * 4) }, (_, n) => ({
      id: id * 10 + n,
      status: pick(STATUSES),
      total: Math.round(next() * 100_000) / 100,
      items: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        sku: `SKU-${Math.floor(next() * 1e6)}`,
        quantity: 1 + Math.floor(next() * 5),
        price: Math.round(next() * 20_000) / 100,
      })),
      note: next() > 0.8 ? `${word()} ${word()} ${word()}` : null,
    })),
    createdAt: new Date(1_700_000_000_000 + Math.floor(next() * 3e10)).toISOString(),
  };
}

/**
 * About `bytes` of compact JSON (`{"customers":[...],"meta":{...}}`), the shape and density of a
 * real API's list response, ending with {@link END_MARKER}.
 */
export function bigJson(bytes: number): Buffer {
  const next = random(bytes);
  const parts: string[] = [];
  let size = 0;
  for (let id = 1; size < bytes - 200; id += 1) {
    const part = JSON.stringify(customer(id, next));
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  const meta = JSON.stringify({ count: parts.length, marker: END_MARKER });
  return Buffer.from(`{"customers":[${parts.join(',')}],"meta":${meta}}`);
}
