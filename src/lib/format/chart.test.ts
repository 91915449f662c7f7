import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART, MIN_BAR_SHARE, chartScale } from './chart.ts';

const plotH = CHART.height - CHART.top - CHART.bottom;
const barHeight = (s: ReturnType<typeof chartScale>, v: number) => s.y(s.yMin) - s.y(v);

describe('chartScale', () => {
  it.each<[string, Array<number | null>, number, number]>([
    // Harwick's October: one bad day at 81.45 %. Before, the scale began at 81 and the day was a 3-pixel sliver.
    ['one bad day', [100, 81.45, 99.98, null], 99.9, 75],
    ['a quiet month on a 99.9 % target', [100, 100, 99.99], 99.9, 99.8],
    ['a 100 % target, all days at 100 %', [100, 100], 100, 99.9],
    ['a terrible day', [5, 100], 99.9, 0],
  ])('%s → scale from %s', (_, values, target, yMin) => expect(chartScale(values, target).yMin).toBe(yMin));

  it('never draws the worst day, or the target, as a sliver; never puts the target label outside the frame', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), { maxLength: 31 }), fc.double({ min: 50, max: 100, noNaN: true }), (values, target) => {
        const s = chartScale(values, target);
        const lowest = Math.min(target, ...values.filter((v): v is number => v !== null));
        expect(s.yMin).toBeGreaterThanOrEqual(0);
        expect(s.yMin).toBeLessThan(100);
        // Down to 20 %, where the scale reaches 0; a day below that is drawn on the full 0–100 % scale, as it is.
        if (lowest >= MIN_BAR_SHARE * 100) expect(barHeight(s, lowest)).toBeGreaterThanOrEqual(MIN_BAR_SHARE * plotH - 1e-9);
        else expect(s.yMin).toBe(0);
        // The label's glyphs (one font size tall above its baseline) stay inside the SVG.
        expect(s.targetLabelY - CHART.fontSize).toBeGreaterThanOrEqual(0);
        expect(s.targetLabelY).toBeLessThanOrEqual(CHART.height - CHART.bottom);
      }),
    );
  });
});
