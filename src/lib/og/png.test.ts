import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngFromScanlines } from './png.ts';

/** Reads a PNG back by the spec (https://www.w3.org/TR/png-3/): chunks with their CRCs, IHDR, the unfiltered rows. */
function decode(png: Uint8Array, channels: 3 | 4 = 4) {
  const b = Buffer.from(png);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < b.length;) {
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
  expect([...ihdr.subarray(8)]).toEqual([8, channels === 4 ? 6 : 2, 0, 0, 0]);
  const raw = inflateSync(chunks[1]!.data);
  const stride = width * channels;
  expect(raw.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)], 'filter type of a row').toBe(0);
    raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
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
  it('writes RGB pixels as colour type 2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.integer(), (width, height, seed) => {
        const pixels = Buffer.alloc(width * height * 3);
        for (let i = 0; i < pixels.length; i++) pixels[i] = (seed * 13 + i * 5 + (i >> 4)) & 0xff;
        expect(decode(encodePng(pixels, width, height, 3), 3)).toEqual({ width, height, pixels });
      }),
      { numRuns: 40 },
    );
    expect(() => encodePng(Buffer.alloc(4), 1, 1, 3)).toThrow(/expected 3 bytes of RGB for 1 × 1, got 4/);
  });
  it('writes rows laid out as scanlines as they are', () => {
    const rgb = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(pngFromScanlines(Uint8Array.from([0, 1, 2, 3, 0, 4, 5, 6]), 1, 2, 3)).toEqual(encodePng(rgb, 1, 2, 3));
    expect(() => pngFromScanlines(new Uint8Array(6), 1, 2, 3)).toThrow(/expected 8 bytes of scanlines for 1 × 2, got 6/);
  });
  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(Buffer.alloc(12), 2, 2)).toThrow(/expected 16 bytes of RGBA for 2 × 2, got 12/);
    expect(() => encodePng(Buffer.alloc(0), 0, 1)).toThrow(/positive whole width/);
  });
});
