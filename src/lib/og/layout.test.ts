import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowRuns, spreadGroups } from './layout.ts';

const column = { top: 80, bottom: 582 };

describe('spreadGroups', () => {
  it('puts the first group at the top, the last at the bottom and equal gaps between (space-between)', () => {
    // 502 px of column, 137 + 48 + 31 = 216 of lines: two gaps of 143, so 80 + 137 + 143 = 360.
    expect(spreadGroups([[39, 98], [48], [31]], column)).toEqual([[80, 119], [360], [551]]);
  });
  it('rounds a position that falls between pixels, as satori does', () => {
    // 501 px of lines over 504: gaps of 1.5, so 80 + 250 + 1.5 = 331.5 → 332, and the last at 504 − 250 + 80 = 334.
    expect(spreadGroups([[250], [1], [250]], { top: 80, bottom: 584 })).toEqual([[80], [332], [334]]);
  });
  it('keeps one group at the top', () => {
    expect(spreadGroups([[39, 98]], column)).toEqual([[80, 119]]);
  });
  it('packs lines too tall for the column from its top, running past its bottom', () => {
    expect(spreadGroups([[39, 390], [48], [31]], column)).toEqual([[80, 119], [509], [557]]);
  });
  it('for any heights: lines in order, none overlapping, the last ending at the bottom when they fit', () => {
    const heights = fc.array(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(heights, (hs) => {
        const tops = spreadGroups(hs, column);
        const flat = hs.flat();
        const flatTops = tops.flat();
        expect(flatTops[0]).toBe(column.top);
        for (let i = 1; i < flat.length; i++) expect(flatTops[i]! - flatTops[i - 1]!).toBeGreaterThanOrEqual(flat[i - 1]! - 1);
        const total = flat.reduce((a, b) => a + b, 0);
        if (total <= column.bottom - column.top && hs.length > 1) expect(Math.abs(flatTops.at(-1)! + flat.at(-1)! - column.bottom)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('rowRuns', () => {
  it('is the bar, then each line with the paper between, down to the bottom', () => {
    expect(rowRuns(10, 2, [{ top: 4, rows: 3 }])).toEqual([
      { kind: 'bar', rows: 2 },
      { kind: 'paper', rows: 2 },
      { kind: 'line', index: 0 },
      { kind: 'paper', rows: 3 },
    ]);
    expect(rowRuns(6, 2, [{ top: 2, rows: 2 }, { top: 3, rows: 0 }, { top: 4, rows: 2 }])).toEqual([{ kind: 'bar', rows: 2 }, { kind: 'line', index: 0 }, { kind: 'line', index: 2 }]);
  });
  it('gives up on lines that overlap each other or the bar, or run past the bottom', () => {
    expect(rowRuns(10, 2, [{ top: 3, rows: 3 }, { top: 5, rows: 1 }])).toBeUndefined();
    expect(rowRuns(10, 2, [{ top: 1, rows: 3 }])).toBeUndefined();
    expect(rowRuns(10, 2, [{ top: 8, rows: 3 }])).toBeUndefined();
  });
  it('for any lines it accepts, covers every row once, in order', () => {
    const strips = fc.array(fc.record({ top: fc.integer({ min: -5, max: 40 }), rows: fc.integer({ min: 0, max: 10 }) }), { maxLength: 5 });
    fc.assert(
      fc.property(strips, (s) => {
        const runs = rowRuns(40, 4, s);
        if (!runs) return;
        const covered = runs.reduce((sum, run) => sum + (run.kind === 'line' ? s[run.index]!.rows : run.rows), 0);
        expect(covered).toBe(40);
        expect(runs.filter((r) => r.kind === 'line').map((r) => (r as { index: number }).index)).toEqual(s.flatMap((x, i) => (x.rows > 0 ? [i] : [])));
      }),
    );
  });
});
