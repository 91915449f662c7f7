/**
 * The words the pages use for states and clocks, written once (STYLE.md habit 3). Component statuses' labels are
 * the vocabulary's own (STATUS_LABEL in src/vocabulary/status.ts).
 */
import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';
import { DOWNTIME_WEIGHT, OBSERVED_STATUSES, type Clock, type IncidentUpdateStatus } from '../../vocabulary/status.ts';
import { en } from '../i18n/en.ts';
import { messages } from '../i18n/index.ts';
import { formatPlain } from './number.ts';
import type { IncidentState } from '../incidents/state.ts';
import type { MaintenanceState } from '../maintenance/state.ts';

/** An incident update's status, as Statuspage shows it. */
export const INCIDENT_UPDATE_LABEL: Record<IncidentUpdateStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** An incident's state at the build's now. */
export const INCIDENT_STATE_LABEL: Record<IncidentState, string> = en.incidentState;

/** A maintenance window's state at the build's now. */
export const MAINTENANCE_STATE_LABEL: Record<MaintenanceState, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
};

/** A priority's clock, in the three places it is named. */
export interface ClockLabel {
  /** In a table cell beside the priority: "P1 · 24×7". */
  short: string;
  /** In a sentence: "targets run on a 24×7 clock". */
  clock: string;
  /** In the SLA table, saying which minutes count: "24×7 (every minute)". */
  rule: string;
}

/** In English; `clockLabel(clock, locale)` in another language. */
export const CLOCK_LABEL: Record<Clock, ClockLabel> = en.clock;

/** A priority's clock named in the locale's words. */
export function clockLabel(clock: Clock, locale: Locale = DEFAULT_LOCALE): ClockLabel {
  return messages(locale).clock[clock];
}

/**
 * A target's verdict in words (never colour alone): met, missed (perhaps while still open), or open and within target
 * so far. `met` is TargetMeasure.met or a report's met flag: true, false, or null while undecided.
 *
 * @example
 * verdictLabel(false, true) // → 'Missed (still open)'
 * verdictLabel(null) // → 'Open, within target so far'
 */
export function verdictLabel(met: boolean | null, open = false, locale: Locale = DEFAULT_LOCALE): string {
  const t = messages(locale).verdict;
  if (met === true) return t.met;
  if (met === false) return open ? t.missedOpen : t.missed;
  return t.open;
}

/** The statuses that weigh anything or could (every observed status but operational), worst first. */
export const WEIGHTED_STATUSES = OBSERVED_STATUSES.filter((s) => s !== 'operational').reverse();

/**
 * The downtime weights in words, worst first, from DOWNTIME_WEIGHT: what the report and "How we measure" say each
 * status's minutes weigh.
 *
 * @example
 * describeWeights() // → 'major outage 1, partial outage 0.3, degraded performance 0'
 * describeWeights('de') // → 'Großer Ausfall 1, Teilausfall 0,3, Eingeschränkte Leistung 0'
 */
export function describeWeights(locale: Locale = DEFAULT_LOCALE): string {
  const t = messages(locale);
  // German nouns keep their capital; English status names read in lower case in a sentence.
  const name = (s: (typeof WEIGHTED_STATUSES)[number]) => (locale === 'en' ? t.status[s].toLowerCase() : t.status[s]);
  return WEIGHTED_STATUSES.map((s) => `${name(s)} ${formatPlain(DOWNTIME_WEIGHT[s], { locale })}`).join(', ');
}
