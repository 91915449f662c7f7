/**
 * Geometry of the monthly report's daily availability chart (AvailabilityChart.astro), kept here so its two promises
 * are tested (issue 10 §3): the worst day is never drawn as a sliver, and the target's label is never clipped.
 */

/** The chart's frame in SVG units. */
export const CHART = { width: 640, height: 170, left: 56, right: 4, top: 18, bottom: 20, fontSize: 11 } as const;

/** The shortest the lowest day's bar is drawn, as a share of the plot's height. */
export const MIN_BAR_SHARE = 0.2;

export interface ChartScale {
  /** The value at the bottom of the plot, in percent: a round number below every day and the target. */
  yMin: number;
  /** The y coordinate of a value. */
  y: (value: number) => number;
  /** Where the target's label sits: above its line, inside the frame. */
  targetLabelY: number;
}

/** Round steps for the bottom of the scale, finest first. */
const STEPS = [0.1, 0.5, 1, 5, 10];

/**
 * The vertical scale: from a round `yMin` to 100 %, low enough that the lowest day (or the target, if lower) stands at
 * least MIN_BAR_SHARE of the plot above the bottom, so a bad day reads as a bar, not a 1-pixel sliver.
 *
 * @example chartScale([81.45, 99.98, 100], 99.9).yMin // → 75
 */
export function chartScale(values: ReadonlyArray<number | null>, target: number): ChartScale {
  const lowest = Math.min(target, ...values.filter((v): v is number => v !== null));
  // (lowest − yMin) ≥ share × (100 − yMin)  ⇔  yMin ≤ (lowest − share × 100) / (1 − share)
  const limit = Math.max(0, (lowest - MIN_BAR_SHARE * 100) / (1 - MIN_BAR_SHARE));
  const span = 100 - limit;
  const step = STEPS.find((s) => span <= s * 20) ?? 10;
  // Never at 100: a month at 100 % on a 100 % target still gets a scale below it.
  const yMin = Math.min(Math.floor(limit / step) * step, 100 - step);
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const y = (value: number) => CHART.top + plotH * (1 - (value - yMin) / (100 - yMin));
  // Above the line; the top margin holds a line of text, so even a 100 % target's label stays inside the frame.
  const targetLabelY = y(target) - 4;
  return { yMin: Number(yMin.toFixed(1)), y, targetLabelY };
}
