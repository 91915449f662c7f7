import { z } from 'astro/zod';
import { CLOCKS, PRIORITIES } from '../vocabulary/status.ts';
import { calendarDate, contact, durationMinutes, timeOfDay } from './common.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When the support team works for a client; business-hours clocks run only inside these hours. */
export const supportHours = z
  .strictObject({
    /** Working days, such as [mon, tue, wed, thu, fri]. */
    days: z.array(z.enum(WEEKDAYS)).min(1),
    /** Start of the working day, local time in the client's time zone (HH:MM). */
    start: timeOfDay,
    /** End of the working day, local time (HH:MM), after start. */
    end: timeOfDay,
    /** Dates on which support is closed all day (public holidays), YYYY-MM-DD. */
    holidays: z.array(calendarDate).default([]),
  })
  // Compared only once both are valid times (zod runs the refinement even when a field failed): "9:00" sorts after
  // "17:00" as text, and a badly written start must not also be reported as an end before it.
  .refine((h) => !timeOfDay.safeParse(h.start).success || !timeOfDay.safeParse(h.end).success || h.start < h.end, {
    path: ['end'],
    error: (issue) => `expected end to be after start (${(issue.input as { start: string }).start})`,
  });
export type SupportHours = z.infer<typeof supportHours>;

/** One priority level's definition and targets. */
export const priorityLevel = z.strictObject({
  /** Short name, such as "Critical". */
  name: z.string().min(1),
  /** When an incident gets this priority, in plain words. */
  definition: z.string().min(1),
  /** Time from report to first response, in minutes or "30m" / "4h". */
  responseTarget: durationMinutes,
  /** Time from report to service restored, in minutes or "30m" / "4h". */
  restoreTarget: durationMinutes,
  /** Which clock the targets run on: every minute (24x7) or support hours only (business). */
  clock: z.enum(CLOCKS),
});
export type PriorityLevel = z.infer<typeof priorityLevel>;

/** The four priority levels, each required. */
export const priorities = z.strictObject(
  Object.fromEntries(PRIORITIES.map((p) => [p, priorityLevel])) as Record<
    (typeof PRIORITIES)[number],
    typeof priorityLevel
  >,
);
export type Priorities = z.infer<typeof priorities>;

/** One step of an escalation path. */
export const escalationStep = contact.extend({
  /** Step number, 1 first. */
  level: z.number().int().positive(),
  /** When to escalate to this step, in plain words ("P1 not responded within 30 minutes"). */
  when: z.string().min(1),
});
export type EscalationStep = z.infer<typeof escalationStep>;

/** A support package: the parts of the standards that a client may override from the agency default. */
export const supportModel = z.strictObject({
  /** Support hours for business-hours clocks. */
  supportHours,
  /** P1–P4 definitions and targets. */
  priorities,
  /** Monthly availability target for covered components, in percent (such as 99.9). */
  uptimeTarget: z.number().gt(0).max(100),
  /** Days after a launch or release during which defects are fixed at no cost. */
  warrantyDays: z.number().int().nonnegative(),
});
export type SupportModel = z.infer<typeof supportModel>;
