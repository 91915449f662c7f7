/**
 * An opaque RGB canvas on which an OG card is assembled from lines drawn on their own: rows filled with a colour, and
 * strips of whole rows copied in. Its rows are laid out as a PNG's scanlines (https://www.w3.org/TR/png-3/#7Scanline):
 * a filter-type byte, 0 (none), then the row's RGB, so the canvas is compressed as it is (png.ts `pngFromScanlines`),
 * and one canvas serves card after card (clearCanvas): a card allocates nothing of its size. Pure.
 */
export interface RgbCanvas {
  width: number;
  height: number;
  /** height × (1 + width × 3) bytes. */
  scanlines: Uint8Array;
  /** The row after the lowest one a strip has drawn: strips are drawn from the top down (drawStrip). */
  drawnTo: number;
}

/** A strip of whole rows, laid out as the canvas's: `rows` scanlines as wide as the canvas, its first drawn at `top`. */
export interface RgbStrip {
  top: number;
  rows: number;
  scanlines: Uint8Array;
}

/** The bytes of one scanline: the filter-type byte and 3 per pixel. */
export const scanlineBytes = (width: number) => 1 + width * 3;

/** "#rrggbb" as three bytes. */
export function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a colour as #rrggbb, got ${JSON.stringify(hex)}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function createCanvas(width: number, height: number, background: string): RgbCanvas {
  const canvas = { width, height, scanlines: new Uint8Array(height * scanlineBytes(width)), drawnTo: 0 };
  clearCanvas(canvas, background);
  return canvas;
}

/** Paints the whole canvas with its background again, for the next card. */
export function clearCanvas(canvas: RgbCanvas, background: string): void {
  fillRows(canvas, 0, canvas.height, background);
  canvas.drawnTo = 0;
}

/** Fills rows [from, to) with a colour: one row is painted, then copied (a fill per pixel would cost ~1 ms a card). */
export function fillRows(canvas: RgbCanvas, from: number, to: number, colour: string): void {
  const [r, g, b] = rgb(colour);
  const stride = scanlineBytes(canvas.width);
  const [start, end] = [Math.max(0, from), Math.min(canvas.height, to)];
  if (start >= end) return;
  const first = canvas.scanlines.subarray(start * stride, (start + 1) * stride);
  if (r === g && g === b) first.fill(r);
  else for (let i = 1; i < stride; i += 3) ((first[i] = r), (first[i + 1] = g), (first[i + 2] = b));
  first[0] = 0;
  for (let y = start + 1; y < end; y++) canvas.scanlines.copyWithin(y * stride, start * stride, (start + 1) * stride);
}

/**
 * Copies a strip in at its top; rows falling outside the canvas are left out. Rows an earlier strip drew (lines that
 * run into each other, on a card whose lines do not fit) keep the darker of the two pixels, so neither line's ink is
 * painted over with the other's background: dark ink on light paper, as the cards are.
 */
export function drawStrip(canvas: RgbCanvas, strip: RgbStrip): void {
  const stride = scanlineBytes(canvas.width);
  if (strip.scanlines.length !== strip.rows * stride) throw new Error(`expected a strip of ${strip.rows} rows of ${canvas.width} RGB pixels, got ${strip.scanlines.length} bytes`);
  const skip = Math.max(0, -strip.top);
  const rows = Math.min(strip.rows, canvas.height - strip.top) - skip;
  if (rows <= 0) return;
  const [to, from] = [(strip.top + skip) * stride, skip * stride];
  const shared = Math.min(rows, Math.max(0, canvas.drawnTo - strip.top - skip)) * stride;
  const { scanlines } = canvas;
  // Filter bytes are 0 in both, so the darker of two is still 0.
  for (let i = 0; i < shared; i++) scanlines[to + i] = Math.min(scanlines[to + i]!, strip.scanlines[from + i]!);
  scanlines.set(strip.scanlines.subarray(from + shared, from + rows * stride), to + shared);
  canvas.drawnTo = Math.max(canvas.drawnTo, strip.top + skip + rows);
}

/**
 * A line drawn on its own (resvg's RGBA, opaque, as wide as the canvas) as a strip of scanlines, without the rows above
 * and below its ink that are only background: lines overlap by their bleed, and background rows would paint over a
 * neighbour's descenders. `skipped` is how many rows were left out on top; none are left when the line has no ink.
 */
export function stripFromRgba(rgba: Uint8Array, width: number, height: number, background: string): { skipped: number; rows: number; scanlines: Uint8Array } {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA for ${width} × ${height}, got ${rgba.length}`);
  const [r, g, b] = rgb(background);
  const blank = new Uint8Array(width * 4);
  for (let i = 0; i < blank.length; i += 4) ((blank[i] = r), (blank[i + 1] = g), (blank[i + 2] = b), (blank[i + 3] = 255));
  const isBlank = (y: number) => Buffer.compare(rgba.subarray(y * width * 4, (y + 1) * width * 4), blank) === 0;
  let first = 0;
  while (first < height && isBlank(first)) first++;
  let end = height;
  while (end > first && isBlank(end - 1)) end--;
  const stride = scanlineBytes(width);
  const scanlines = new Uint8Array((end - first) * stride);
  for (let y = first; y < end; y++) {
    for (let i = y * width * 4, j = (y - first) * stride + 1, last = (y + 1) * width * 4; i < last; i += 4, j += 3) {
      scanlines[j] = rgba[i]!;
      scanlines[j + 1] = rgba[i + 1]!;
      scanlines[j + 2] = rgba[i + 2]!;
    }
  }
  return { skipped: first, rows: end - first, scanlines };
}
