import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png.ts';

/** Reads a PNG back by the spec (https://www.w3.org/TR/png-3/): chunks with their CRCs, IHDR, the unfiltered rows. */
function decode(png: Uint8Array) {
  const b = Buffer.from(png);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('ascii', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    expect(b.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crcReference(b.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const raw = inflateSync(chunks[1]!.data);
  expect(raw.length).toBe((width * 4 + 1) * height);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)], 'filter type of a row').toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

/** CRC-32 as the PNG spec's sample code computes it, bit by bit (not node:zlib's, which the encoder uses). */
function crcReference(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('encodePng', () => {
  it('writes the pixels it is given, row by row, for any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer(), (width, height, seed) => {
        const rgba = Buffer.alloc(width * height * 4);
        for (let i = 0; i < rgba.length; i++) rgba[i] = (seed * 31 + i * 7 + (i >> 5)) & 0xff;
        const png = decode(encodePng(rgba, width, height));
        expect(png).toEqual({ width, height, pixels: rgba });
      }),
      { numRuns: 60 },
    );
  });
  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(Buffer.alloc(12), 2, 2)).toThrow(/expected 16 bytes of RGBA for 2 × 2, got 12/);
    expect(() => encodePng(Buffer.alloc(0), 0, 1)).toThrow(/positive whole width/);
  });
});
