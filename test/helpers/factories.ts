/**
 * Typed fixture factories for the unit tests in src/lib (STYLE.md: `makeEntry(overrides)`). Test-only: nothing in
 * src/lib imports this file outside *.test.ts.
 */
import type { History, HistoryCheck, HistoryPeriod } from '../../src/schemas/history.ts';
import { monitorTimeline } from '../../src/lib/timeline/monitor-timeline.ts';
import type { IncidentData } from '../../src/schemas/incident.ts';
import type { MaintenanceData } from '../../src/schemas/maintenance.ts';
import type { PriorityLevel, Priorities, SupportHours } from '../../src/schemas/support.ts';
import type { ObservedStatus } from '../../src/vocabulary/status.ts';

/** ISO instant from a short form such as '2026-01-05T00:10Z'. */
export const iso = (s: string): string => new Date(s).toISOString();

/**
 * A history file as the pull writes it, from raw checks and periods: its timeline is derived by the same rule the
 * pull uses (monitorTimeline), so tests state what was observed rather than the derived spans.
 */
export function makeHistory(
  sources: { checks?: HistoryCheck[]; periods?: HistoryPeriod[]; intervalSeconds?: number } & Partial<Omit<History, 'timeline'>> = {},
): History {
  const { checks = [], periods = [], intervalSeconds = 300, ...rest } = sources;
  const sorted = [...checks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    version: 2,
    intervalSeconds,
    lastCheckAt: sorted.at(-1)?.at ?? null,
    foldedThrough: null,
    periods,
    timeline: monitorTimeline({ checks, periods, intervalSeconds }),
    days: [],
    ...rest,
  };
}

export function check(at: string, status: ObservedStatus = 'operational', responseMs: number | null = 100): HistoryCheck {
  return { at: iso(at), status, responseMs };
}

/** A check every `everyMinutes` from `from` (inclusive) to `to` (exclusive), all with one status. */
export function checksEvery(from: string, to: string, everyMinutes: number, status: ObservedStatus = 'operational'): HistoryCheck[] {
  const out: HistoryCheck[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += everyMinutes * 60_000) out.push(check(new Date(t).toISOString(), status));
  return out;
}

export type TestIncident = IncidentData & { id: string };

export function makeIncident(overrides: Partial<TestIncident> = {}): TestIncident {
  return {
    id: '2026-01-05-outage',
    title: 'Outage',
    components: [{ id: 'www', impact: 'major_outage' }],
    severity: 'major',
    priority: 'P1',
    reportedAt: iso('2026-01-05T10:00Z'),
    updates: [{ at: iso('2026-01-05T10:00Z'), status: 'investigating', text: 'Looking.' }],
    actionItems: [],
    lessons: [],
    ...overrides,
  };
}

export type TestMaintenance = MaintenanceData & { id: string };

export function makeMaintenance(overrides: Partial<TestMaintenance> = {}): TestMaintenance {
  return {
    id: '2026-01-06-upgrade',
    title: 'Upgrade',
    components: ['www'],
    start: iso('2026-01-06T22:00Z'),
    end: iso('2026-01-06T23:00Z'),
    description: 'Server upgrade.',
    ...overrides,
  };
}

export const officeHours: SupportHours = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '17:30',
  holidays: ['2026-12-25', '2026-12-28'],
};

export function makeLevel(overrides: Partial<PriorityLevel> = {}): PriorityLevel {
  return { name: 'Critical', definition: 'Site down', responseTarget: 30, restoreTarget: 240, clock: '24x7', ...overrides };
}

export const standardPriorities: Priorities = {
  P1: makeLevel({ name: 'Critical', responseTarget: 30, restoreTarget: 240, clock: '24x7' }),
  P2: makeLevel({ name: 'High', responseTarget: 60, restoreTarget: 480, clock: 'business' }),
  P3: makeLevel({ name: 'Medium', responseTarget: 240, restoreTarget: 1020, clock: 'business' }),
  P4: makeLevel({ name: 'Low', responseTarget: 480, restoreTarget: 2550, clock: 'business' }),
};
