import { describe, expect, it } from 'vitest';
import { makeCheck, makeHistory, makePeriod, T0 } from '../../test/helpers/history.ts';
import { parseHistoryV1 } from './migrate.ts';
import { serializeHistory } from './serialize.ts';

describe('serializeHistory', () => {
  it('writes fixed key order, one entry per line, and a trailing newline', () => {
    const h = makeHistory({
      checks: [makeCheck({ at: T0 }), makeCheck({ at: T0 + 300_000, status: 'major_outage', responseMs: null })],
      periods: [makePeriod(T0, T0 + 60_000, 'no_data')],
      audit: { at: '2026-01-01T00:00:00.000Z', tlsExpiresAt: null, tlsDaysLeft: null, headers: { 'x-content-type-options': true, 'content-security-policy': false } },
    });
    expect(serializeHistory(h)).toBe(
      [
        '{',
        '  "version": 1,',
        '  "intervalSeconds": 300,',
        '  "checks": [',
        '    {"at":"2026-01-01T00:00:00.000Z","status":"operational","responseMs":100},',
        '    {"at":"2026-01-01T00:05:00.000Z","status":"major_outage","responseMs":null}',
        '  ],',
        '  "periods": [',
        '    {"from":"2026-01-01T00:00:00.000Z","to":"2026-01-01T00:01:00.000Z","status":"no_data"}',
        '  ],',
        '  "days": [],',
        '  "audit": {"at":"2026-01-01T00:00:00.000Z","tlsExpiresAt":null,"tlsDaysLeft":null,"headers":{"content-security-policy":false,"x-content-type-options":true}}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reads back to the same history', () => {
    const h = makeHistory({ checks: [makeCheck({ at: T0 })], days: [{ date: '2025-12-31', checks: 3, meanResponseMs: 1.5, p95ResponseMs: 2 }] });
    expect(parseHistoryV1(JSON.parse(serializeHistory(h)), 'x.json')).toEqual(h);
  });

  it('does not depend on the key order it is given', () => {
    const a = makeHistory({ checks: [{ responseMs: 5, status: 'operational', at: '2026-01-01T00:00:00.000Z' } as never] });
    const b = makeHistory({ checks: [makeCheck({ at: T0, responseMs: 5 })] });
    expect(serializeHistory(a)).toBe(serializeHistory(b));
  });
});
