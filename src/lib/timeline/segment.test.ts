import { describe, expect, it } from 'vitest';
import { statusAt, type StatusSegment } from './segment.ts';

const seg = (from: string, to: string, status: StatusSegment['status']): StatusSegment => ({ from: new Date(from), to: new Date(to), status });
const timeline = [seg('2026-01-01T00:00Z', '2026-01-01T01:00Z', 'operational'), seg('2026-01-01T01:00Z', '2026-01-01T02:00Z', 'major_outage')];

describe('statusAt', () => {
  it.each([
    ['2025-12-31T23:59Z', 'no_data'],
    ['2026-01-01T00:00Z', 'operational'],
    ['2026-01-01T00:59Z', 'operational'],
    ['2026-01-01T01:00Z', 'major_outage'],
    ['2026-01-01T02:00Z', 'no_data'], // the end is exclusive
  ])('%s → %s', (at, status) => expect(statusAt(timeline, new Date(at))).toBe(status));
  it('empty timeline', () => expect(statusAt([], new Date('2026-01-01T00:00Z'))).toBe('no_data'));
});
