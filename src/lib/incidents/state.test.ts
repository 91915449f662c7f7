import { describe, expect, it } from 'vitest';
import { incidentDuration, incidentState, resolvedWithin, type IncidentState } from './state.ts';

const now = new Date('2026-11-22T12:00:00Z');

describe('incidentState is decided at now', () => {
  it.each<[string, { reportedAt: string; resolvedAt?: string }, IncidentState]>([
    ['open, no resolvedAt', { reportedAt: '2026-11-22T09:40:00Z' }, 'active'],
    ['resolved before now', { reportedAt: '2026-11-10T14:05:00Z', resolvedAt: '2026-11-10T17:00:00Z' }, 'resolved'],
    ['resolved exactly at now', { reportedAt: '2026-11-22T09:40:00Z', resolvedAt: '2026-11-22T12:00:00Z' }, 'resolved'],
    ['resolvedAt after now: still active', { reportedAt: '2026-11-22T09:40:00Z', resolvedAt: '2026-11-22T12:00:01Z' }, 'active'],
    ['reported exactly at now', { reportedAt: '2026-11-22T12:00:00Z' }, 'active'],
    ['reported after now: not yet', { reportedAt: '2026-11-22T12:00:01Z' }, 'not_reported'],
    ['reported and resolved after now: not yet', { reportedAt: '2026-11-23T08:00:00Z', resolvedAt: '2026-11-23T09:00:00Z' }, 'not_reported'],
  ])('%s', (_, incident, expected) => expect(incidentState(incident, now)).toBe(expected));
});

describe('incidentDuration', () => {
  it.each<[string, { startedAt?: string; reportedAt: string; restoredAt?: string }, number, boolean]>([
    // Harwick, across the October clock change: 22:08Z → 02:35Z
    ['from startedAt to restoredAt', { startedAt: '2026-10-24T22:08:00Z', reportedAt: '2026-10-24T22:20:00Z', restoredAt: '2026-10-25T02:35:00Z' }, 267, false],
    ['from reportedAt when the start is unknown', { reportedAt: '2026-10-24T22:20:00Z', restoredAt: '2026-10-25T02:35:00Z' }, 255, false],
    // Marlow's open incident: 09:31Z → now 12:00Z
    ['to now while not restored', { startedAt: '2026-11-22T09:31:00Z', reportedAt: '2026-11-22T09:40:00Z' }, 149, true],
    ['to now when restored after now', { startedAt: '2026-11-22T11:00:00Z', reportedAt: '2026-11-22T11:10:00Z', restoredAt: '2026-11-22T13:00:00Z' }, 60, true],
    ['zero before it started', { startedAt: '2026-11-22T13:00:00Z', reportedAt: '2026-11-22T13:05:00Z' }, 0, true],
    ['seconds are kept', { reportedAt: '2026-11-22T10:00:00Z', restoredAt: '2026-11-22T10:00:30Z' }, 0.5, false],
  ])('%s', (_, incident, minutes, running) => expect(incidentDuration(incident, now)).toEqual({ minutes, running }));
});

describe('resolvedWithin', () => {
  const incidents = [
    { id: 'open', reportedAt: '2026-11-22T09:40:00Z' },
    { id: 'yesterday', reportedAt: '2026-11-21T08:00:00Z', resolvedAt: '2026-11-21T10:00:00Z' },
    { id: 'at the edge', reportedAt: '2026-11-08T10:00:00Z', resolvedAt: '2026-11-08T12:00:00Z' },
    { id: 'just too old', reportedAt: '2026-11-08T10:00:00Z', resolvedAt: '2026-11-08T11:59:59Z' },
    { id: 'resolves after now', reportedAt: '2026-11-22T08:00:00Z', resolvedAt: '2026-11-22T13:00:00Z' },
    { id: 'not yet reported', reportedAt: '2026-11-23T08:00:00Z', resolvedAt: '2026-11-23T09:00:00Z' },
  ];
  it.each<[number, string[]]>([
    [14, ['yesterday', 'at the edge']],
    [2, ['yesterday']],
    [1, []],
    [0, []],
  ])('in the last %d days: %j', (days, ids) => expect(resolvedWithin(incidents, { now, days }).map((i) => i.id)).toEqual(ids));
});
