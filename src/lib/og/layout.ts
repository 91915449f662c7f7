/**
 * Where the lines of an OG card go (src/lib/og/card.ts `ogDrawing`): the lines of a group are stacked, and the groups
 * are spread over the column from its top to its bottom with equal gaps (CSS `justify-content: space-between`,
 * https://www.w3.org/TR/css-flexbox-1/#valdef-justify-content-space-between), as satori lays out the whole card.
 * Positions are rounded to whole pixels, as satori's layout engine (Yoga) rounds its own; lines that do not fit run
 * past the column's bottom.
 *
 * @param heights each group's line heights, in order; @returns each line's top, in the same shape
 * @example spreadGroups([[39, 98], [48], [31]], { top: 80, bottom: 582 }) // → [[80, 119], [360], [551]]
 */
export function spreadGroups(heights: readonly (readonly number[])[], column: { top: number; bottom: number }): number[][] {
  const sizes = heights.map((lines) => lines.reduce((sum, h) => sum + h, 0));
  const free = column.bottom - column.top - sizes.reduce((sum, h) => sum + h, 0);
  // Lines taller than the column are packed from its top and run past its bottom, as CSS does with no free space
  // (https://www.w3.org/TR/css-align-3/#valdef-align-content-space-between: "space-between" falls back to "flex-start").
  const gap = heights.length > 1 && free > 0 ? free / (heights.length - 1) : 0;
  let at = column.top;
  return heights.map((lines, g) => {
    let y = at;
    const tops = lines.map((h) => {
      const top = Math.round(y);
      y += h;
      return top;
    });
    at += sizes[g]! + gap;
    return tops;
  });
}

/** A run of rows of a card: the accent bar, paper, or one line's strip (its index in the strips given to rowRuns). */
export type RowRun = { kind: 'bar'; rows: number } | { kind: 'paper'; rows: number } | { kind: 'line'; index: number };

/**
 * The card's rows from top to bottom as runs: the bar, then each line's strip with paper between, so that each run
 * can be compressed once and reused (zlib-join.ts). Undefined when strips overlap each other or the bar, or run past
 * the bottom (a card whose lines do not fit): such a card is drawn on a canvas instead (canvas.ts).
 *
 * @param strips each line's rows of ink and where they start, top down; lines without ink are left out
 * @example rowRuns(10, 2, [{ top: 4, rows: 3 }]) // → bar 2, paper 2, line 0, paper 3
 */
export function rowRuns(height: number, bar: number, strips: ReadonlyArray<{ top: number; rows: number }>): RowRun[] | undefined {
  const runs: RowRun[] = [{ kind: 'bar', rows: bar }];
  let at = bar;
  for (const [index, { top, rows }] of strips.entries()) {
    if (rows === 0) continue;
    if (top < at || top + rows > height) return undefined;
    if (top > at) runs.push({ kind: 'paper', rows: top - at });
    runs.push({ kind: 'line', index });
    at = top + rows;
  }
  if (at < height) runs.push({ kind: 'paper', rows: height - at });
  return runs;
}
