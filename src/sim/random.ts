import seedrandom from 'seedrandom';

/**
 * Random streams. This is the only module that touches seedrandom.
 *
 * A purpose stream is derived from (master seed, replication, purpose) alone,
 * so adding a purpose never shifts another stream, and replication i is the
 * same whichever worker runs it. A child's own stream is derived from
 * (master seed, replication, demand stream, child ordinal) alone, so two
 * scenarios run with one seed see the same children making the same draws
 * (common random numbers), whatever capacity they meet.
 */

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/** A purpose stream: seedrandom's Alea (Baagøe) seeded by a string naming its whole derivation. */
export function purposeStream(masterSeed: number, replication: number, purpose: string): RandomSource {
  assertSeed(masterSeed, replication);
  return seedrandom.alea(`carecap/${masterSeed}/${replication}/${purpose}`) as RandomSource;
}

/**
 * A 32-bit key for a family of per-child streams: a hash of (master seed,
 * replication, family name) alone. Child streams are made per arrival, so
 * they must be cheap: constructing a seedrandom generator costs ~1.5 µs,
 * hashing a short name costs tens of nanoseconds.
 */
/**
 * The family name today's caseload draws its children's streams under
 * (caseload-start.ts); a demand stream's children draw under the stream's
 * name, so no demand stream may be called this (scenario.ts).
 */
export const CASELOAD_FAMILY = 'caseload';

export function childFamilyKey(masterSeed: number, replication: number, family: string): number {
  assertSeed(masterSeed, replication);
  return hashString(`carecap/${masterSeed}/${replication}/children/${family}`);
}

/** FNV-1a over UTF-16 code units, finished with Murmur3's mix. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h >>> 0);
}

/**
 * The stream of child `ordinal` in a family: a SplitMix32-style generator
 * (Steele, Lea & Flood 2014, 32-bit variant with Murmur3's finaliser) whose
 * state starts at a hash of (family key, ordinal). A child makes tens of draws;
 * the 2^32 period is ample.
 */
export function childStream(familyKey: number, ordinal: number): RandomSource {
  const s = new ChildStream();
  s.reset(familyKey, ordinal);
  return s.next;
}

/**
 * {@link childStream} as an object that can be re-keyed: a worker makes
 * thousands of children a replication, and a child's record (with its
 * streams) is reused once the child has left (model/child-pool.ts), so the
 * stream and its bound `next` are made once per record, not per child. The
 * draws are exactly those of `childStream(familyKey, ordinal)` after
 * `reset(familyKey, ordinal)`.
 */
export class ChildStream {
  private state = 0;
  /** The seed of the state, hashed on the first draw: most children never draw from some of their streams. */
  private seed = 0;
  private seeded = true;
  /** The next uniform number in [0, 1); a function value, so it can be passed as a {@link RandomSource}. */
  readonly next: RandomSource = () => {
    if (!this.seeded) {
      this.state = mix32(this.seed);
      this.seeded = true;
    }
    this.state = (this.state + 0x9e3779b9) | 0;
    return mix32(this.state) / 4294967296;
  };

  reset(familyKey: number, ordinal: number): void {
    this.seed = (familyKey ^ Math.imul(ordinal + 1, 0x9e3779b9)) >>> 0;
    this.seeded = false;
  }
}

/** Murmur3's 32-bit finaliser: a bijective avalanche mix. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function assertSeed(masterSeed: number, replication: number): void {
  if (!Number.isSafeInteger(masterSeed) || masterSeed < 0) {
    throw new Error(`seed must be a non-negative integer, got ${masterSeed}`);
  }
  if (!Number.isSafeInteger(replication) || replication < 0) {
    throw new Error(`replication must be a non-negative integer, got ${replication}`);
  }
}
