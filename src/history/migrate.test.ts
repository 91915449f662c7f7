import { describe, expect, it } from 'vitest';
import { makeCheck, makeHistoryV1, T0 } from '../../test/helpers/history.ts';
import { HistoryFormatError, historyVersion, migrateHistory, parseHistoryV1 } from './migrate.ts';

describe('parseHistoryV1', () => {
  it('migrates version 0 (a bare array of checks) to version 1', () => {
    const v0 = [
      { at: '2026-01-01T00:05:00Z', up: false, ms: null },
      { at: '2026-01-01T00:00:00Z', up: true, ms: 120 },
      { at: '2026-01-01T00:10:00Z', up: true },
    ];
    expect(parseHistoryV1(v0, 'acme/www.json')).toEqual(
      makeHistoryV1({
        checks: [
          makeCheck({ at: T0, responseMs: 120 }),
          makeCheck({ at: T0 + 300_000, status: 'major_outage', responseMs: null }),
          makeCheck({ at: T0 + 600_000, responseMs: null }),
        ],
      }),
    );
  });

  it('reads version 1 as it is', () => {
    const v1 = makeHistoryV1({ checks: [makeCheck({ at: T0 })] });
    expect(parseHistoryV1(structuredClone(v1), 'x.json')).toEqual(v1);
  });

  it.each([
    ['a newer version', { version: 3 }, /version 3 is newer than this Upkeep reads \(2\)/],
    ['something else', { hello: 'world' }, /expected a history file/],
    ['a bad version 0 entry', [{ at: 'yesterday', up: true }], /version 0: 0\.at/],
    ['a bad version 1 field', { ...makeHistoryV1(), intervalSeconds: -1 }, /version 1: intervalSeconds/],
  ])('refuses %s, naming the file', (_, data, message) => {
    expect(() => migrateHistory(data, 'acme/www.json')).toThrow(HistoryFormatError);
    expect(() => migrateHistory(data, 'acme/www.json')).toThrow(message);
    expect(() => migrateHistory(data, 'acme/www.json')).toThrow(/^acme\/www\.json: /);
  });

  it('tells versions apart', () => {
    expect(historyVersion([])).toBe(0);
    expect(historyVersion(makeHistoryV1())).toBe(1);
    expect(historyVersion('x')).toBeUndefined();
  });
});
