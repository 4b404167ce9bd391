// 32-bit hashing of token text and feature tuples, so features are numbers from the start (no strings).

const SEED = 0x5bd1e995 | 0;
/** The starting value of `hashTokenSequence`, for code that rolls the same hash token by token. */
export const SEQUENCE_SEED = SEED;

/** murmur3's finaliser: spreads the bits of a 32-bit value. */
export function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** One murmur3 round: folds the 32-bit value `k` into the running hash `h`. */
export function mixIn(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The id of a feature made of a template number and one value. */
export function feature1(template: number, a: number): number {
  return finalize(mixIn(mixIn(SEED, template), a));
}

/** The id of a feature made of a template number and two values. */
export function feature2(template: number, a: number, b: number): number {
  return finalize(mixIn(mixIn(mixIn(SEED, template), a), b));
}

/** The id of a feature made of a template number and three values. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return finalize(mixIn(mixIn(mixIn(mixIn(SEED, template), a), b), c));
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The character as features see it: lowercase, digits as 0, typographic quotes and dashes as their
 * ASCII forms, so CoNLL text and wink-nlp tokens of web text hash alike.
 */
export function foldChar(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    if (code >= 49 && code <= 57) return 48;
    if (code === 96) return 39;
    return code;
  }
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0xb4:
      return 39;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0xab:
    case 0xbb:
    case 0x2033:
      return 34;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 45;
    case 0x2026:
      return 46;
    default:
      return lowerOf(code);
  }
}

const LOWER_CACHE = new Map<number, number>();

function lowerOf(code: number): number {
  let lower = LOWER_CACHE.get(code);
  if (lower === undefined) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    if (LOWER_CACHE.size < 4096) LOWER_CACHE.set(code, lower);
  }
  return lower;
}

/** The hash of a whole token as features see it (folded by `foldChar`). */
export function hashToken(token: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ foldChar(token.charCodeAt(i)), FNV_PRIME);
  return finalize(h) || 1;
}

/** The hash of a sequence of token hashes (a gazetteer entry). */
export function hashTokenSequence(tokenHashes: ArrayLike<number>, from: number, to: number): number {
  let h = SEED;
  for (let i = from; i < to; i++) h = mixIn(h, tokenHashes[i] ?? 0);
  return finalize(mixIn(h, to - from)) || 1;
}
