import { describe, expect, it } from 'vitest';
import { iso, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import { incidentNotices, latestNotice, newestFirst, maintenanceNotices, MAINTENANCE_NOTICE_TEXT } from './notices.ts';

const incident = makeIncident({
  updates: [
    { at: iso('2026-01-05T10:05Z'), status: 'investigating', text: 'Looking.' },
    { at: iso('2026-01-05T10:40Z'), status: 'identified', text: 'Found it.' },
    { at: iso('2026-01-05T12:00Z'), status: 'resolved', text: 'Fixed.' },
  ],
});

describe.each([
  ['before the first update', '2026-01-05T10:00Z', []],
  ['at the first update', '2026-01-05T10:05Z', [1]],
  ['between updates', '2026-01-05T11:00Z', [1, 2]],
  ['after the last', '2026-01-06T00:00Z', [1, 2, 3]],
])('incident notices %s', (_name, now, numbers) => {
  it(`are ${JSON.stringify(numbers)}`, () => {
    const notices = incidentNotices(incident, new Date(now));
    expect(notices.map((n) => n.n)).toEqual(numbers);
    expect(notices.map((n) => n.label)).toEqual(['Investigating', 'Identified', 'Resolved'].slice(0, numbers.length));
  });
});

const window = makeMaintenance({ start: iso('2026-12-08T02:00Z'), end: iso('2026-12-08T04:00Z'), description: 'Upgrade.', announcedAt: iso('2026-11-20T10:00Z') });
const moved = makeMaintenance({
  ...window,
  rescheduled: [{ at: iso('2026-11-25T09:00Z'), start: iso('2026-12-01T02:00Z'), end: iso('2026-12-01T04:00Z') }],
  announcedAt: iso('2026-11-18T10:00Z'),
});

describe.each([
  ['before it is announced', window, '2026-11-19T00:00Z', []],
  ['announced', window, '2026-11-21T00:00Z', [['scheduled', 'Scheduled', '2026-11-20T10:00:00.000Z']]],
  ['in progress', window, '2026-12-08T03:00Z', [['scheduled', 'Scheduled', '2026-11-20T10:00:00.000Z'], ['in_progress', 'In progress', '2026-12-08T02:00:00.000Z']]],
  ['completed', window, '2026-12-09T00:00Z', [['scheduled', 'Scheduled', '2026-11-20T10:00:00.000Z'], ['in_progress', 'In progress', '2026-12-08T02:00:00.000Z'], ['completed', 'Completed', '2026-12-08T04:00:00.000Z']]],
  ['never announced: dated at its start', { ...window, announcedAt: undefined }, '2026-12-08T03:00Z', [['scheduled', 'Scheduled', '2026-12-08T02:00:00.000Z'], ['in_progress', 'In progress', '2026-12-08T02:00:00.000Z']]],
  ['moved once', moved, '2026-11-26T00:00Z', [['scheduled', 'Scheduled', '2026-11-18T10:00:00.000Z'], ['scheduled', 'Rescheduled', '2026-11-25T09:00:00.000Z']]],
])('maintenance notices %s', (_name, m, now, expected) => {
  it('are the expected statuses, labels and times', () => {
    const notices = maintenanceNotices(m, 'Europe/London', new Date(now));
    expect(notices.map((n) => [n.status, n.label, n.at])).toEqual(expected);
    expect(notices.map((n) => n.n)).toEqual(expected.map((_, i) => i + 1));
  });
});

describe('maintenance notice texts', () => {
  it('name the window as announced, then each move, in the client’s zone', () => {
    const [first, second] = maintenanceNotices(moved, 'Europe/London', new Date('2026-11-26T00:00Z'));
    expect(first!.text).toBe('Scheduled for 1 Dec 2026, 02:00 GMT to 1 Dec 2026, 04:00 GMT. Upgrade.');
    expect(second!.text).toBe('Rescheduled from 1 Dec 2026, 02:00 GMT to 1 Dec 2026, 04:00 GMT to 8 Dec 2026, 02:00 GMT to 8 Dec 2026, 04:00 GMT.');
  });
  it('keep their numbers when an earlier one is still to come', () => {
    const [, , progress] = maintenanceNotices(moved, 'Europe/London', new Date('2026-12-08T03:00Z'));
    expect(progress).toMatchObject({ n: 3, status: 'in_progress', text: MAINTENANCE_NOTICE_TEXT.in_progress });
  });
});

it('latestNotice is the latest time, not the last in the list', () => {
  expect(latestNotice([{ at: '2026-01-02T00:00:00.000Z' }, { at: '2026-01-01T00:00:00.000Z' }])).toBe('2026-01-02T00:00:00.000Z');
  expect(latestNotice([])).toBeUndefined();
});

describe('newestFirst', () => {
  it('lists updates newest first, keeping their numbers; two at one instant by their place in the file, later first', () => {
    const notices = [
      { n: 1, at: '2026-11-22T09:49:00.000Z' },
      { n: 2, at: '2026-11-22T11:10:00.000Z' },
      { n: 3, at: '2026-11-22T11:10:00.000Z' },
      { n: 4, at: '2026-11-22T10:30:00.000Z' },
    ];
    expect(newestFirst(notices).map((u) => u.n)).toEqual([3, 2, 4, 1]);
    expect(notices.map((u) => u.n)).toEqual([1, 2, 3, 4]);
  });
});

describe('maintenance notices in German (a client page; the feeds and the API stay English)', () => {
  const notices = maintenanceNotices(moved, 'Europe/London', new Date('2026-12-09T00:00Z'), 'de');
  it('are worded in German, with German dates, and keep their numbers', () => {
    expect(notices.map((n) => [n.n, n.label])).toEqual([[1, 'Geplant'], [2, 'Verschoben'], [3, 'Läuft'], [4, 'Abgeschlossen']]);
    expect(notices[0]!.text).toBe('Geplant für 1. Dezember 2026, 02:00 GMT bis 1. Dezember 2026, 04:00 GMT. Upgrade.');
    expect(notices[1]!.text).toBe('Verschoben von 1. Dezember 2026, 02:00 GMT bis 1. Dezember 2026, 04:00 GMT auf 8. Dezember 2026, 02:00 GMT bis 8. Dezember 2026, 04:00 GMT.');
    expect(notices[3]!.text).toBe('Die geplante Wartung ist abgeschlossen.');
  });
  it('say which part staff wrote, so a German page can mark it as English', () => {
    expect(notices[0]!.authored).toBe('Upgrade.');
    expect(notices[0]!.text.endsWith(notices[0]!.authored!)).toBe(true);
    expect(notices.slice(1).map((n) => n.authored)).toEqual([undefined, undefined, undefined]);
  });
  it('are the English ones without a locale', () => {
    const english = maintenanceNotices(moved, 'Europe/London', new Date('2026-12-09T00:00Z'));
    expect(english.map((n) => n.label)).toEqual(['Scheduled', 'Rescheduled', 'In progress', 'Completed']);
    expect(english[2]!.text).toBe(MAINTENANCE_NOTICE_TEXT.in_progress);
  });
});
