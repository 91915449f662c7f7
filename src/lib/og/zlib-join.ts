import { constants, deflateRawSync } from 'node:zlib';

/**
 * One zlib stream (https://www.rfc-editor.org/rfc/rfc1950) joined from parts compressed on their own, so an OG card's
 * lines, compressed once, are reused by every card that shows them instead of compressing the whole card each time.
 * Each part is raw deflate ended by a sync flush (https://www.rfc-editor.org/rfc/rfc1951, a byte-aligned empty stored
 * block, not final), so parts simply follow each other; the joined stream ends with an empty final block and the
 * Adler-32 of all the bytes, combined from the parts' as zlib's adler32_combine does (https://github.com/madler/zlib/blob/master/adler32.c).
 */
export interface DeflatedPart {
  deflated: Uint8Array;
  adler: number;
  length: number;
}

const BASE = 65521;
/** zlib's NMAX: the sums are reduced at least every 5,552 bytes, which keeps them small whole numbers. */
const NMAX = 5552;

/** Adler-32 of `bytes`, continuing from `adler` (1 for none yet). */
export function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let i = 0; i < bytes.length;) {
    const end = Math.min(i + NMAX, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of A followed by B, from A's, B's and B's length. */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % BASE;
  let sum1 = adlerA & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adlerB & 0xffff) + BASE - 1;
  sum2 += (adlerA >>> 16) + (adlerB >>> 16) + BASE - rem;
  sum1 %= BASE;
  sum2 %= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** Compresses bytes as a part of a stream to be joined (zlib level 3, as png.ts). */
export function deflatePart(bytes: Uint8Array): DeflatedPart {
  return {
    deflated: deflateRawSync(bytes, { level: 3, finishFlush: constants.Z_SYNC_FLUSH }),
    adler: adler32(bytes),
    length: bytes.length,
  };
}

/** CMF 0x78 (deflate, 32 KB window), FLG 0x9c (default level, no dictionary; CMF·256 + FLG is a multiple of 31). */
const HEADER = Uint8Array.from([0x78, 0x9c]);
/** A final block with fixed codes and nothing but its end: BFINAL 1, BTYPE 01, then the 7-bit end-of-block code. */
const FINAL_BLOCK = Uint8Array.from([0x03, 0x00]);

/** The zlib stream of the parts' bytes, in order. */
export function joinParts(parts: readonly DeflatedPart[]): Uint8Array {
  let adler = 1;
  for (const part of parts) adler = adler32Combine(adler, part.adler, part.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler);
  return Buffer.concat([HEADER, ...parts.map((part) => part.deflated), FINAL_BLOCK, trailer]);
}
