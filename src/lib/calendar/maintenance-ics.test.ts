// The calendar parsed back by an independent parser (ical.js, Mozilla's), not by the library that wrote it.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { iso, makeMaintenance } from '../../../test/helpers/factories.ts';
import { maintenanceCalendar, maintenanceUid, type CalendarInput } from './maintenance-ics.ts';

const base = 'https://status.agency.example/clients/acme/maintenance';
const upgrade = { ...makeMaintenance({ id: '2026-12-08-upgrade', title: 'Upgrade', components: ['www', 'checkout'], start: iso('2026-12-08T02:00Z'), end: iso('2026-12-08T04:00Z'), description: 'Checkout closed, up to 20 minutes.', announcedAt: iso('2026-11-20T10:00Z') }), url: `${base}/2026-12-08-upgrade/` };
const summer = { ...makeMaintenance({ id: '2026-07-01-db', title: 'Database', start: iso('2026-07-01T01:00Z'), end: iso('2026-07-01T02:00Z') }), url: `${base}/2026-07-01-db/` };
const input: CalendarInput = {
  clientId: 'acme',
  clientName: 'Acme',
  timeZone: 'Europe/London',
  provider: { name: 'Corbel & Finch', email: 'support@example.com' },
  host: 'status.agency.example',
  now: new Date('2026-11-22T12:00:00Z'),
  componentNames: new Map([['www', 'Website'], ['checkout', 'Checkout']]),
  maintenance: [summer, upgrade],
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}
const prop = (c: ICAL.Component, name: string) => c.getFirstPropertyValue(name)?.toString();

describe('the maintenance calendar, parsed by ical.js', () => {
  const { calendar, events } = parse(maintenanceCalendar(input));
  it('names the client’s zone and publishes', () => {
    expect(prop(calendar, 'x-wr-timezone')).toBe('Europe/London');
    expect(prop(calendar, 'method')).toBe('PUBLISH');
    expect(prop(calendar, 'version')).toBe('2.0');
  });
  it('has one event per window, past and upcoming, with stable UIDs', () => {
    expect(events.map((e) => prop(e, 'uid'))).toEqual([maintenanceUid('acme', '2026-07-01-db', 'status.agency.example'), 'maintenance-2026-12-08-upgrade.acme@status.agency.example']);
  });
  it('writes times in UTC', () => {
    const event = new ICAL.Event(events[1]!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-08T02:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-08T04:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.summary).toBe('Acme: Upgrade');
    expect(event.description).toContain('8 Dec 2026, 02:00 GMT to 8 Dec 2026, 04:00 GMT (Europe/London)');
    expect(event.description).toContain('Affects: Website, Checkout.');
  });
  it('dates each event by its latest notice, so an unchanged window reads the same', () => {
    expect(events[1]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-20T10:00:00Z');
    expect(events[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-07-01T02:00:00Z');
  });
  it.each([
    ['x-maintnote-provider', 'Corbel & Finch'],
    ['x-maintnote-account', 'Acme'],
    ['x-maintnote-maintenance-id', '2026-12-08-upgrade'],
    ['x-maintnote-impact', 'OUTAGE'],
    ['x-maintnote-status', 'CONFIRMED'],
  ])('carries %s', (name, value) => expect(prop(events[1]!, name)).toBe(value));
  it('names every component as an X-MAINTNOTE-OBJECT-ID', () => {
    expect(events[1]!.getAllProperties('x-maintnote-object-id').map((p) => p.getFirstValue())).toEqual(['www', 'checkout']);
  });
  it('a past window is COMPLETED', () => expect(prop(events[0]!, 'x-maintnote-status')).toBe('COMPLETED'));
});

describe.each([
  ['never moved', undefined, 0],
  ['moved once', [{ at: iso('2026-11-25T09:00Z'), start: iso('2026-12-01T02:00Z'), end: iso('2026-12-01T04:00Z') }], 1],
  ['moved twice', [
    { at: iso('2026-11-21T09:00Z'), start: iso('2026-11-29T02:00Z'), end: iso('2026-11-29T04:00Z') },
    { at: iso('2026-11-25T09:00Z'), start: iso('2026-12-01T02:00Z'), end: iso('2026-12-01T04:00Z') },
  ], 2],
])('a window %s', (_n, rescheduled, sequence) => {
  it(`has SEQUENCE ${sequence} and keeps its UID`, () => {
    const { events } = parse(maintenanceCalendar({ ...input, maintenance: [{ ...upgrade, rescheduled }] }));
    expect(events[0]!.getFirstPropertyValue('sequence')).toBe(sequence);
    expect(prop(events[0]!, 'uid')).toBe('maintenance-2026-12-08-upgrade.acme@status.agency.example');
  });
});
