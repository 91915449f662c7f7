import { z } from 'astro/zod';
import { INCIDENT_IMPACTS, INCIDENT_UPDATE_STATUSES, PRIORITIES, SEVERITIES } from '../vocabulary/status.ts';
import { calendarDate, httpUrl, instant, slug } from './common.ts';

/** A component an incident affected, and how badly. */
export const affectedComponent = z.strictObject({
  /** Component id from the client's client.yaml. */
  id: slug,
  /** The impact on this component (Statuspage's vocabulary). */
  impact: z.enum(INCIDENT_IMPACTS),
  /** When the impact began, if not at the incident's start (startedAt, else reportedAt). */
  from: instant.optional(),
  /** When the impact ended, if not when service was restored (restoredAt). */
  to: instant.optional(),
});
export type AffectedComponent = z.infer<typeof affectedComponent>;

/** One public status update, as posted during the incident. */
export const incidentUpdate = z.strictObject({
  /** When the update was posted. */
  at: instant,
  /** The incident's state as of this update. */
  status: z.enum(INCIDENT_UPDATE_STATUSES),
  /** What was said. */
  text: z.string().min(1),
});
export type IncidentUpdate = z.infer<typeof incidentUpdate>;

/** A follow-up task from the postmortem. */
export const actionItem = z.strictObject({
  /** What will be done. */
  text: z.string().min(1),
  /** Who owns it. */
  owner: z.string().min(1),
  /** When it is due. */
  due: calendarDate,
  /** Whether it is done. */
  done: z.boolean().default(false),
  /**
   * A theme to group it under in the lessons-learned log (`/lessons/`), such as "Monitoring" or "Third parties". Use
   * the same words across postmortems: items with the same theme are listed together; untagged ones under "Other".
   */
  theme: z.string().trim().min(1).optional(),
});
export type ActionItem = z.infer<typeof actionItem>;

/**
 * One thing learned: a sentence, or `{ text, theme }` to group it in the lessons-learned log. Either way it is read as
 * `{ text, theme? }`.
 */
export const lesson = z.preprocess(
  // A bare sentence is the common case; read it as `{ text }` so both forms are checked (and typos named) alike.
  (value) => (typeof value === 'string' ? { text: value } : value),
  z.strictObject({
    /** What was learned. */
    text: z.string().min(1),
    /** A theme to group it under in the lessons-learned log, as for action items. */
    theme: z.string().trim().min(1).optional(),
  }),
);
export type Lesson = z.infer<typeof lesson>;

/** Frontmatter of content/clients/<client>/incidents/YYYY-MM-DD-<slug>.mdx. The body is the postmortem. */
export const incidentSchema = z.strictObject({
  /** Short public title. */
  title: z.string().min(1),
  /** One-sentence summary for lists and feeds. */
  summary: z.string().optional(),
  /** Components affected, each with its impact. */
  components: z.array(affectedComponent).min(1),
  /** How bad it was for users. */
  severity: z.enum(SEVERITIES),
  /** Which priority's targets apply (P1–P4 of the client's package). */
  priority: z.enum(PRIORITIES),
  /** When the problem began, if known to be before it was reported. */
  startedAt: instant.optional(),
  /** When the client reported it or a monitor alerted: the targets' clocks start here. */
  reportedAt: instant,
  /** First human response to the reporter. Required once resolved. */
  respondedAt: instant.optional(),
  /** When service was restored for users. Required once resolved. */
  restoredAt: instant.optional(),
  /** When the incident was closed. Absent while it is active. */
  resolvedAt: instant.optional(),
  /** Public status updates, oldest first. */
  updates: z.array(incidentUpdate).min(1),
  /** Follow-up tasks. */
  actionItems: z.array(actionItem).default([]),
  /** What was learned, one point per item: a sentence, or `{ text, theme }`. */
  lessons: z.array(lesson).default([]),
  /**
   * The cause was upstream: a provider the client's site depends on failed (payments, CDN, hosting), not something the
   * agency runs. Shown on the incident page; the incident still counts against its targets as any other (the response
   * and restore clocks measure the agency's handling).
   */
  upstreamCause: z
    .strictObject({
      /** The provider whose failure caused it, as the public knows it (such as "Stripe", "Cloudflare"). */
      provider: z.string().trim().min(1),
      /** The provider's own incident or status page. */
      url: httpUrl.optional(),
    })
    .optional(),
  /**
   * Set by `npm run import`: the record this file was imported from, as `<source>:<id>` (such as
   * `statuspage:00km0kwpz23b`), so a re-import recognises it and never writes it twice or overwrites it.
   */
  importedFrom: z.string().regex(/^[a-z]+:\S+$/, 'expected <source>:<id>, such as statuspage:00km0kwpz23b').optional(),
});
export type IncidentData = z.infer<typeof incidentSchema>;
