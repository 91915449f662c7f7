import { crc32, deflateSync } from 'node:zlib';

/**
 * A PNG of 8-bit RGBA or RGB pixels (https://www.w3.org/TR/png-3/): signature, IHDR, one IDAT, IEND. Every row uses
 * filter type 0 (none) and zlib level 3. For OG cards (flat colours, text) this is as small as resvg's own encoder
 * and ~2.7× faster (issue 12: resvg's `asPng()` took half of an image's CPU; docs/performance.md); opaque cards
 * are written as RGB, a quarter less to compress.
 *
 * @param pixels width × height × channels bytes, row by row (RGBA as resvg's `RenderedImage.pixels`, or RGB)
 * @example encodePng(Buffer.alloc(4, 255), 1, 1) // → a 1 × 1 white PNG
 * @example encodePng(Buffer.alloc(3, 255), 1, 1, 3) // → the same, as RGB
 */
export function encodePng(pixels: Uint8Array, width: number, height: number, channels: 3 | 4 = 4): Uint8Array {
  checkSize(width, height);
  const stride = width * channels;
  const kind = channels === 4 ? 'RGBA' : 'RGB';
  if (pixels.length !== stride * height) throw new Error(`expected ${stride * height} bytes of ${kind} for ${width} × ${height}, got ${pixels.length}`);
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) scanlines.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return pngFromScanlines(scanlines, width, height, channels);
}

/**
 * A PNG of rows already laid out as its scanlines (https://www.w3.org/TR/png-3/#7Scanline): each a filter-type byte,
 * 0 here, then the row's pixels, as canvas.ts keeps them.
 */
export function pngFromScanlines(scanlines: Uint8Array, width: number, height: number, channels: 3 | 4): Uint8Array {
  checkSize(width, height);
  if (scanlines.length !== (width * channels + 1) * height) throw new Error(`expected ${(width * channels + 1) * height} bytes of scanlines for ${width} × ${height}, got ${scanlines.length}`);
  return pngFromZlib(deflateSync(scanlines, { level: 3 }), width, height, channels);
}

/** A PNG of scanlines already compressed: `zlib` is their zlib stream (as zlib-join.ts joins one from parts). */
export function pngFromZlib(zlib: Uint8Array, width: number, height: number, channels: 3 | 4): Uint8Array {
  checkSize(width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 6 (RGBA) or 2 (RGB), deflate, adaptive filtering, no interlace.
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib), chunk('IEND', Buffer.alloc(0))]);
}

function checkSize(width: number, height: number) {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`expected a positive whole width and height, got ${width} × ${height}`);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Length, type, data and the CRC-32 of type and data (https://www.w3.org/TR/png-3/#5Chunk-layout). */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
