import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyCheck } from '../schemas/history.ts';
import { OBSERVED_STATUSES } from '../vocabulary/status.ts';
import { makeHistory } from '../../test/helpers/factories.ts';
import { makeCheck, makePeriod, T0 } from '../../test/helpers/history.ts';
import { HistoryFormatError } from './errors.ts';
import { migrateHistory } from './migrate.ts';
import { parseCheckDay, serializeCheckDay, serializeHistory } from './serialize.ts';

describe('serializeHistory', () => {
  it('writes fixed key order, one entry per line, and a trailing newline', () => {
    const h = makeHistory({
      checks: [makeCheck({ at: T0 }), makeCheck({ at: T0 + 300_000, status: 'major_outage', responseMs: null })],
      periods: [makePeriod(T0, T0 + 60_000, 'no_data')],
      foldedThrough: '2025-12-31',
      days: [{ date: '2025-12-31', checks: 3, meanResponseMs: 1.5, p95ResponseMs: 2 }],
      audit: { at: '2026-01-01T00:00:00.000Z', tlsExpiresAt: null, tlsDaysLeft: null, headers: { 'x-content-type-options': true, 'content-security-policy': false } },
    });
    expect(serializeHistory(h)).toBe(
      [
        '{',
        '  "version": 2,',
        '  "intervalSeconds": 300,',
        '  "lastCheckAt": "2026-01-01T00:05:00.000Z",',
        '  "foldedThrough": "2025-12-31",',
        '  "periods": [',
        '    {"from":"2026-01-01T00:00:00.000Z","to":"2026-01-01T00:01:00.000Z","status":"no_data"}',
        '  ],',
        '  "timeline": [',
        '    {"from":"2026-01-01T00:01:00.000Z","to":"2026-01-01T00:05:00.000Z","status":"operational"},',
        '    {"from":"2026-01-01T00:05:00.000Z","to":"2026-01-01T00:15:00.000Z","status":"major_outage"}',
        '  ],',
        '  "days": [',
        '    {"date":"2025-12-31","checks":3,"meanResponseMs":1.5,"p95ResponseMs":2}',
        '  ],',
        '  "audit": {"at":"2026-01-01T00:00:00.000Z","tlsExpiresAt":null,"tlsDaysLeft":null,"headers":{"content-security-policy":false,"x-content-type-options":true}}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reads back to the same history', () => {
    const h = makeHistory({ checks: [makeCheck({ at: T0 })], days: [{ date: '2025-12-31', checks: 3, meanResponseMs: 1.5, p95ResponseMs: 2 }] });
    expect(migrateHistory(JSON.parse(serializeHistory(h)), 'x.json')).toEqual({ history: h, checks: [] });
  });

  it('does not depend on the key order it is given', () => {
    const h = makeHistory({ checks: [makeCheck({ at: T0 })] });
    const shuffled = { days: h.days, timeline: h.timeline.map((s) => ({ status: s.status, to: s.to, from: s.from })), periods: h.periods, foldedThrough: null, lastCheckAt: h.lastCheckAt, intervalSeconds: 300, version: 2 } as const;
    expect(serializeHistory(shuffled)).toBe(serializeHistory(h));
  });
});

describe('serializeCheckDay and parseCheckDay', () => {
  const checks = [makeCheck({ at: T0, responseMs: 5 }), makeCheck({ at: T0 + 60_000, status: 'major_outage', responseMs: null })];

  it('writes one check per line with a trailing newline, and reads it back', () => {
    const text = serializeCheckDay([{ responseMs: 5, status: 'operational', at: checks[0]!.at } as never, checks[1]!]);
    expect(text).toBe(
      '{"at":"2026-01-01T00:00:00.000Z","status":"operational","responseMs":5}\n' +
        '{"at":"2026-01-01T00:01:00.000Z","status":"major_outage","responseMs":null}\n',
    );
    expect(parseCheckDay(text, 'acme/www/2026-01-01.jsonl')).toEqual(checks);
    expect(serializeCheckDay([])).toBe('');
    expect(parseCheckDay('', 'x.jsonl')).toEqual([]);
  });

  it.each([
    ['a line that is not JSON', `${serializeCheckDay(checks)}{"at":`, /^acme\/www\/2026-01-01\.jsonl: line 3: not valid JSON/],
    ['a blank line', `${serializeCheckDay(checks.slice(0, 1))}\n${serializeCheckDay(checks.slice(1))}`, /: line 2: not valid JSON/],
    ['a bad status', '{"at":"2026-01-01T00:00:00.000Z","status":"up","responseMs":1}\n', /: line 1: status: /],
    ['an instant with an offset', '{"at":"2026-01-01T00:00:00+01:00","status":"operational","responseMs":1}\n', /: line 1: at: /],
    ['checks out of order', serializeCheckDay([checks[1]!, checks[0]!]), /: line 2: expected checks sorted by "at", one per instant/],
    ['two checks at one instant', serializeCheckDay([checks[0]!, checks[0]!]), /: line 2: expected checks sorted/],
  ])('refuses %s, naming the file and the line', (_, text, message) => {
    expect(() => parseCheckDay(text, 'acme/www/2026-01-01.jsonl')).toThrow(HistoryFormatError);
    expect(() => parseCheckDay(text, 'acme/www/2026-01-01.jsonl')).toThrow(message);
  });

  it.each([
    ['a date that does not exist', '{"at":"2026-02-30T00:00:00.000Z","status":"operational","responseMs":1}'],
    ['hour 24', '{"at":"2026-01-01T24:00:00.000Z","status":"operational","responseMs":1}'],
    ['a negative response time', '{"at":"2026-01-01T00:00:00.000Z","status":"operational","responseMs":-1}'],
    ['a number with a leading zero (not JSON)', '{"at":"2026-01-01T00:00:00.000Z","status":"operational","responseMs":01}'],
    ['an unknown key order and field', '{"status":"operational","at":"2026-01-01T00:00:00.000Z","responseMs":1,"x":{}}'],
  ])('reads every line as historyCheck does: %s', (_, line) => {
    let viaSchema: unknown;
    try {
      viaSchema = historyCheck.parse(JSON.parse(line));
    } catch {
      viaSchema = 'rejected';
    }
    let viaDay: unknown;
    try {
      viaDay = parseCheckDay(`${line}\n`, 'x.jsonl')[0];
    } catch {
      viaDay = 'rejected';
    }
    expect(viaDay).toEqual(viaSchema);
  });

  it('reads back whatever it writes (property)', () => {
    const check = fc.record({
      at: fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2099-12-31T23:59:59Z') }).map((t) => new Date(t).toISOString()),
      status: fc.constantFrom(...OBSERVED_STATUSES),
      responseMs: fc.option(fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e6, noNaN: true }))),
    });
    fc.assert(
      fc.property(fc.uniqueArray(check, { selector: (c) => c.at }), (checks) => {
        const sorted = [...checks].sort((a, b) => (a.at < b.at ? -1 : 1));
        expect(parseCheckDay(serializeCheckDay(sorted), 'x.jsonl')).toEqual(sorted.map((c) => historyCheck.parse(c)));
      }),
    );
  });
});
