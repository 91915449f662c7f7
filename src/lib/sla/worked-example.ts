/**
 * The worked examples on "How we measure" (content/standards/how-we-measure.mdx), computed by the same functions as
 * every report, so the page's figures are the code's figures. The page renders them (WorkedExample.astro); the test
 * beside this file checks them against the arithmetic a client would do with a calculator.
 */
import type { PriorityLevel, SupportHours } from '../../schemas/support.ts';
import { COMPONENT_STATUSES, DOWNTIME_WEIGHT, OBSERVED_STATUSES, type ComponentStatus, type Priority } from '../../vocabulary/status.ts';
import { clockMilliseconds } from '../hours/clock.ts';
import { supportWindows } from '../hours/support-windows.ts';
import { monthPeriod, type Month } from '../time/month.ts';
import { MS_PER_MINUTE, type Period } from '../time/period.ts';
import type { StatusSegment } from '../timeline/segment.ts';
import { availability, meetsAvailabilityTarget, type AvailabilityFigures } from '../uptime/availability.ts';
import { downtimeSpans } from '../uptime/spans.ts';
import { allowedPercent, errorBudget, type ErrorBudget } from './error-budget.ts';
import { measureIncident, type TargetMeasure } from './incident-targets.ts';

/** A month of one component, given as minutes per status. */
export interface AvailabilityExampleInput {
  month: Month;
  timeZone: string;
  targetPercent: number;
  /** Whole minutes in each status but operational; the rest of the month is operational. */
  minutes: Partial<Record<Exclude<ComponentStatus, 'operational'>, number>>;
}

export interface AvailabilityExample {
  /** The month's figures, as a report computes them. */
  figures: AvailabilityFigures;
  /** Whether the target is met, decided exactly. */
  met: boolean;
  budget: ErrorBudget;
  /** 100 − target, exactly. */
  allowedPercent: number;
  /** The weighted statuses, worst first, each with its minutes, weight and weighted minutes (exact). */
  terms: Array<{ status: ComponentStatus; minutes: number; weight: number; weightedMinutes: number }>;
}

/**
 * A month's availability, coverage and error budget from minutes per status, through availability() and
 * errorBudget(). Where in the month the minutes fall does not change the figures: they are laid end to end from the
 * month's start.
 *
 * @example
 * availabilityExample({ month: '2026-10', timeZone: 'Europe/London', targetPercent: 99.9,
 *   minutes: { under_maintenance: 60, no_data: 15, major_outage: 25, partial_outage: 40, degraded_performance: 90 } })
 * // → { figures: { eligibleMinutes: 44_625, weightedDownMinutes: 37, availability: 99.91708…, … }, met: true,
 * //     budget: { allowedMinutes: 44.625, leftMinutes: 7.625, … }, allowedPercent: 0.1 }
 */
export function availabilityExample(input: AvailabilityExampleInput): AvailabilityExample {
  const { start, end } = monthPeriod(input.month, input.timeZone);
  const segments: StatusSegment[] = [];
  let t = start.getTime();
  for (const status of COMPONENT_STATUSES) {
    if (status === 'operational') continue;
    const ms = (input.minutes[status] ?? 0) * MS_PER_MINUTE;
    if (ms > 0) segments.push({ from: new Date(t), to: new Date(t + ms), status });
    t += ms;
  }
  if (t > end.getTime()) throw new Error(`the example's minutes (${(t - start.getTime()) / MS_PER_MINUTE}) do not fit in ${input.month}`);
  segments.push({ from: new Date(t), to: end, status: 'operational' });
  const figures = availability(segments, { from: start, to: end, now: end });
  const spans = downtimeSpans(segments);
  const terms = OBSERVED_STATUSES.filter((s) => s !== 'operational')
    .reverse()
    .map((status) => {
      const span = spans.find((x) => x.status === status);
      return { status, minutes: span?.minutes ?? 0, weight: DOWNTIME_WEIGHT[status], weightedMinutes: span?.weightedMinutes ?? 0 };
    });
  return {
    terms,
    figures,
    met: meetsAvailabilityTarget(figures, input.targetPercent),
    budget: errorBudget({ targetPercent: input.targetPercent, ms: figures.ms }),
    allowedPercent: allowedPercent(input.targetPercent),
  };
}

/** A response measured on a priority's clock. */
export interface ClockExampleInput {
  priority: Priority;
  level: PriorityLevel;
  supportHours: SupportHours;
  timeZone: string;
  reportedAt: string;
  respondedAt: string;
}

export interface ClockExample {
  /** The response as a report measures it (measureIncident). */
  response: TargetMeasure;
  /** The stretches in which the clock ran, each with its minutes: support hours only on a business clock. */
  runs: Array<Period & { minutes: number }>;
  /** The same response on a 24×7 clock: the wall-clock time. */
  wallClockMinutes: number;
  /** Whether the response took exactly its target, to the millisecond (and so met it). */
  atTarget: boolean;
}

/**
 * A response time on the priority's clock, with the stretches the clock ran, through measureIncident().
 *
 * @example
 * // P2 on Mon–Fri 09:00–17:30 London: Friday 16:50 → Monday 09:20 runs 40 + 20 minutes
 * responseExample({ priority: 'P2', level, supportHours, timeZone: 'Europe/London',
 *   reportedAt: '2026-11-06T16:50:00Z', respondedAt: '2026-11-09T09:20:00Z' })
 * // → { response: { minutes: 60, targetMinutes: 60, met: true, … }, runs: [Fri 16:50–17:30 (40), Mon 09:00–09:20 (20)], wallClockMinutes: 3870 }
 */
export function responseExample(input: ClockExampleInput): ClockExample {
  const reported = new Date(input.reportedAt);
  const responded = new Date(input.respondedAt);
  const { response } = measureIncident(
    { id: 'worked-example', priority: input.priority, reportedAt: input.reportedAt, respondedAt: input.respondedAt, restoredAt: input.respondedAt, resolvedAt: input.respondedAt },
    input.level,
    { supportHours: input.supportHours, timeZone: input.timeZone, now: responded },
  );
  const periods = input.level.clock === 'business' ? supportWindows(reported, responded, input.supportHours, input.timeZone) : [{ start: reported, end: responded }];
  return {
    response,
    runs: periods.map((p) => ({ ...p, minutes: (p.end.getTime() - p.start.getTime()) / MS_PER_MINUTE })),
    wallClockMinutes: clockMilliseconds(reported, responded, '24x7', input.supportHours, input.timeZone) / MS_PER_MINUTE,
    atTarget: response.minutes === response.targetMinutes,
  };
}

/**
 * The examples "How we measure" works through: a London website in October 2026, and a P2 answered across a weekend
 * (on the agency's default support hours and P2 level, which the page passes in).
 */
export const WORKED_EXAMPLE = {
  availability: {
    month: '2026-10',
    timeZone: 'Europe/London',
    targetPercent: 99.9,
    minutes: { under_maintenance: 60, no_data: 15, major_outage: 25, partial_outage: 40, degraded_performance: 90 },
  },
  response: {
    priority: 'P2',
    timeZone: 'Europe/London',
    // Friday 6 November 2026, 16:50 GMT → Monday 9 November, 09:20 GMT
    reportedAt: '2026-11-06T16:50:00Z',
    respondedAt: '2026-11-09T09:20:00Z',
  },
} as const satisfies { availability: AvailabilityExampleInput; response: Omit<ClockExampleInput, 'level' | 'supportHours'> };
