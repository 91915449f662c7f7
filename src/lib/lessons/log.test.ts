import { describe, expect, it } from 'vitest';
import { actionState, lessonsLog, OTHER, type LessonSource } from './log.ts';

const source = (id: string, reportedAt: string, extra: Partial<LessonSource> = {}): LessonSource => ({
  clientId: 'acme',
  clientName: 'Acme',
  incidentId: id,
  incidentTitle: `Incident ${id}`,
  reportedAt,
  lessons: [],
  actionItems: [],
  ...extra,
});
const action = (text: string, due: string, done = false, theme?: string) => ({ text, owner: 'Sam', due, done, ...(theme ? { theme } : {}) });

describe('actionState', () => {
  it.each([
    ['done, even when late', true, '2026-11-01', { state: 'done' }],
    ['open before its due date', false, '2026-11-30', { state: 'open' }],
    ['open on its due date', false, '2026-11-22', { state: 'open' }],
    ['overdue the day after', false, '2026-11-21', { state: 'overdue', daysOverdue: 1 }],
    ['overdue across a month', false, '2026-10-22', { state: 'overdue', daysOverdue: 31 }],
  ])('%s', (_, done, due, expected) => expect(actionState({ done, due }, '2026-11-22')).toEqual(expected));
});

describe('lessonsLog', () => {
  const log = lessonsLog(
    [
      source('old', '2026-09-01T10:00:00Z', {
        lessons: [{ text: 'Watch disks', theme: 'Monitoring' }, { text: 'Untagged lesson' }],
        actionItems: [action('Disk alerts', '2026-09-10', true, 'monitoring'), action('Runbook', '2026-11-01')],
      }),
      source('new', '2026-11-20T10:00:00Z', {
        lessons: [{ text: 'Ask the provider', theme: 'Third parties' }],
        actionItems: [action('Page after two checks', '2026-11-30', false, 'Monitoring'), action('Late one', '2026-11-21', false, 'Monitoring')],
      }),
    ],
    '2026-11-22',
  );

  it('groups by theme, case-insensitively, alphabetically with untagged items last', () => {
    expect(log.groups.map((g) => g.theme)).toEqual(['Monitoring', 'Third parties', OTHER]);
  });

  it('lists overdue actions first, then open, then done', () => {
    expect(log.groups[0]!.actions.map((a) => [a.text, a.state])).toEqual([
      ['Late one', 'overdue'],
      ['Page after two checks', 'open'],
      ['Disk alerts', 'done'],
    ]);
  });

  it('keeps where each item came from, newest incident first, and counts', () => {
    expect(log.groups[0]!.lessons.map((l) => l.from.incidentId)).toEqual(['old']);
    expect(log.groups[2]!.actions[0]).toMatchObject({ text: 'Runbook', state: 'overdue', daysOverdue: 21, from: { incidentId: 'old', clientName: 'Acme' } });
    expect(log.counts).toEqual({ done: 1, open: 1, overdue: 2, lessons: 3 });
  });

  it('is empty without postmortems', () => expect(lessonsLog([], '2026-11-22')).toEqual({ groups: [], counts: { done: 0, open: 0, overdue: 0, lessons: 0 } }));
});
