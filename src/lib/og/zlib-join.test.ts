import fc from 'fast-check';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, deflatePart, joinParts } from './zlib-join.ts';

/** zlib's own Adler-32: the last four bytes of its stream. */
const zlibAdler = (bytes: Uint8Array) => Buffer.from(deflateSync(bytes)).readUInt32BE(deflateSync(bytes).length - 4);
const bytes = fc.uint8Array({ maxLength: 20_000 });
const runs = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 70_000 })).map(([b, n]) => new Uint8Array(n).fill(b));

describe('Adler-32', () => {
  it('is zlib’s, for any bytes, long runs included', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, runs), (b) => {
        expect(adler32(b)).toBe(zlibAdler(b));
      }),
    );
    expect(adler32(new Uint8Array(0))).toBe(1);
  });
  it('of A then B, combined from A’s and B’s, is that of both', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, runs), fc.oneof(bytes, runs), (a, b) => {
        expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
      }),
    );
  });
});

describe('joinParts', () => {
  it('is a zlib stream of the parts’ bytes in order, which zlib inflates and checks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(bytes, runs), { maxLength: 6 }), (parts) => {
        const joined = joinParts(parts.map(deflatePart));
        expect(Buffer.from(inflateSync(joined))).toEqual(Buffer.concat(parts));
      }),
      { numRuns: 60 },
    );
  });
  it('is refused by zlib when a part’s checksum is wrong', () => {
    const part = deflatePart(Buffer.from('scanlines'));
    expect(() => inflateSync(joinParts([{ ...part, adler: part.adler ^ 1 }]))).toThrow(/incorrect data check/);
  });
});
