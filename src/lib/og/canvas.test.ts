import { describe, expect, it } from 'vitest';
import { clearCanvas, createCanvas, drawStrip, fillRows, rgb, stripFromRgba } from './canvas.ts';

/** A row's RGB, without its filter-type byte (checked to be 0). */
function row(canvas: { width: number; scanlines: Uint8Array }, y: number): number[] {
  const stride = 1 + canvas.width * 3;
  expect(canvas.scanlines[y * stride], 'filter type').toBe(0);
  return [...canvas.scanlines.subarray(y * stride + 1, (y + 1) * stride)];
}
const rows = (canvas: { width: number; height: number; scanlines: Uint8Array }) => Array.from({ length: canvas.height }, (_, y) => row(canvas, y));
/** Scanlines of one pixel each. */
const strip = (...pixels: number[][]) => Uint8Array.from(pixels.flatMap((p) => [0, ...p]));

describe('the RGB canvas', () => {
  it('is filled with its background, and rows with a colour', () => {
    const canvas = createCanvas(2, 3, '#ffffff');
    fillRows(canvas, 0, 1, '#1a7f37');
    expect(row(canvas, 0)).toEqual([0x1a, 0x7f, 0x37, 0x1a, 0x7f, 0x37]);
    expect(row(canvas, 1)).toEqual([255, 255, 255, 255, 255, 255]);
    fillRows(canvas, 2, 9, '#000000');
    expect(row(canvas, 2)).toEqual([0, 0, 0, 0, 0, 0]);
    clearCanvas(canvas, '#ffffff');
    expect(rows(canvas)).toEqual([
      [255, 255, 255, 255, 255, 255],
      [255, 255, 255, 255, 255, 255],
      [255, 255, 255, 255, 255, 255],
    ]);
  });
  it('copies a strip in at its top, leaving out rows outside the canvas', () => {
    const canvas = createCanvas(1, 3, '#ffffff');
    drawStrip(canvas, { top: 2, rows: 2, scanlines: strip([1, 2, 3], [4, 5, 6]) });
    expect(rows(canvas)).toEqual([
      [255, 255, 255],
      [255, 255, 255],
      [1, 2, 3],
    ]);
    clearCanvas(canvas, '#ffffff');
    drawStrip(canvas, { top: -1, rows: 2, scanlines: strip([7, 8, 9], [10, 11, 12]) });
    expect(rows(canvas)).toEqual([
      [10, 11, 12],
      [255, 255, 255],
      [255, 255, 255],
    ]);
    expect(() => drawStrip(canvas, { top: 0, rows: 2, scanlines: new Uint8Array(4) })).toThrow(/expected a strip of 2 rows of 1 RGB pixels, got 4 bytes/);
  });
  it('keeps the darker pixel where a strip overlaps rows an earlier one drew, and copies the rest', () => {
    const canvas = createCanvas(1, 3, '#ffffff');
    drawStrip(canvas, { top: 0, rows: 2, scanlines: strip([255, 255, 255], [40, 200, 255]) });
    drawStrip(canvas, { top: 1, rows: 2, scanlines: strip([90, 90, 90], [255, 255, 255]) });
    expect(rows(canvas)).toEqual([
      [255, 255, 255],
      [40, 90, 90],
      [255, 255, 255],
    ]);
  });
  it('reads colours as #rrggbb only', () => {
    expect(rgb('#0550AE')).toEqual([5, 80, 174]);
    expect(() => rgb('blue')).toThrow(/expected a colour as #rrggbb, got "blue"/);
  });
});

describe('stripFromRgba', () => {
  const white = [255, 255, 255, 255];
  it('keeps the rows with ink, as scanlines, and says how many blank rows it left out on top', () => {
    const rgba = Uint8Array.from([...white, ...white, 9, 8, 7, 255, ...white, ...white, ...white]);
    expect(stripFromRgba(rgba, 1, 6, '#ffffff')).toEqual({ skipped: 2, rows: 1, scanlines: strip([9, 8, 7]) });
  });
  it('keeps blank rows between rows of ink, and nothing of a blank line', () => {
    const rgba = Uint8Array.from([1, 1, 1, 255, ...white, 2, 2, 2, 255]);
    expect(stripFromRgba(rgba, 1, 3, '#ffffff')).toEqual({ skipped: 0, rows: 3, scanlines: strip([1, 1, 1], [255, 255, 255], [2, 2, 2]) });
    expect(stripFromRgba(Uint8Array.from([...white, ...white]), 1, 2, '#ffffff')).toEqual({ skipped: 2, rows: 0, scanlines: new Uint8Array(0) });
  });
});
