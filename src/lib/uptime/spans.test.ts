import { describe, expect, it } from 'vitest';
import type { ComponentStatus } from '../../vocabulary/status.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { availability } from './availability.ts';
import { downtimeSpans } from './spans.ts';

const seg = (from: string, to: string, status: ComponentStatus): StatusSegment => ({ from: new Date(from), to: new Date(to), status });

// Harwick's website on the night of the October clock change, and a few other kinds of span.
const night = [
  seg('2026-10-24T00:00:00Z', '2026-10-24T22:07:55Z', 'operational'),
  seg('2026-10-24T22:07:55Z', '2026-10-25T02:35:00Z', 'major_outage'),
  seg('2026-10-25T02:35:00Z', '2026-10-25T03:00:00Z', 'partial_outage'),
  seg('2026-10-25T03:00:00Z', '2026-10-25T04:00:00Z', 'degraded_performance'),
  seg('2026-10-25T04:00:00Z', '2026-10-25T05:00:00Z', 'under_maintenance'),
  seg('2026-10-25T05:00:00Z', '2026-10-25T05:10:00Z', 'no_data'),
  seg('2026-10-25T05:10:00Z', '2026-10-26T00:00:00Z', 'operational'),
];

describe('downtimeSpans', () => {
  const spans = downtimeSpans(night);
  it.each<[number, ComponentStatus, number, number, number]>([
    // 22:07:55 → 02:35:00 is 4 h 27 min 5 s = 267.0833… min, weight 1
    [0, 'major_outage', 267.0833333333333, 1, 267.0833333333333],
    // 25 min × 0.3 = 7.5 exactly
    [1, 'partial_outage', 25, 0.3, 7.5],
    [2, 'degraded_performance', 60, 0, 0],
    [3, 'under_maintenance', 60, 0, 0],
    [4, 'no_data', 10, 0, 0],
  ])('span %d: %s, %s min, weight %s, %s weighted', (i, status, minutes, weight, weighted) => {
    expect(spans[i]).toMatchObject({ status, minutes, weight, weightedMinutes: weighted });
  });

  it('leaves operational time out', () => expect(spans).toHaveLength(5));

  it('adds up to the weighted down minutes of the same period', () => {
    const total = spans.reduce((t, s) => t + s.weightedMinutes, 0);
    const figures = availability(night, { from: new Date('2026-10-24T00:00Z'), to: new Date('2026-10-26T00:00Z'), now: new Date('2026-11-01T00:00Z') });
    expect(total).toBeCloseTo(figures.weightedDownMinutes, 9);
    expect(figures.weightedDownMinutes).toBeCloseTo(274.5833333333333, 9);
  });

  it('weights exactly: 3 partial-outage minutes weigh 0.9, not 0.8999999999999999', () => {
    expect(downtimeSpans([seg('2026-01-01T00:00Z', '2026-01-01T00:03Z', 'partial_outage')])[0]!.weightedMinutes).toBe(0.9);
  });
});
