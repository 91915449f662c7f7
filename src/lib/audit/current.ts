import type { History, HistoryAudit } from '../../schemas/history.ts';

/**
 * The probe's audit as long as it still speaks for the site (issue 8, §5): it must come from the latest probe that got
 * an answer. An audit is dropped when
 * - the component is no longer probed (its monitor is another source, or none): nothing audits it now;
 * - it names another URL than the monitor's current one (the monitor was pointed elsewhere);
 * - a newer check got an answer (operational or degraded) without refreshing it: an audit written by an older probe,
 *   or left by a source that does not audit. A probe that got no answer (down) refreshes nothing, so the audit of
 *   the last answer stands.
 * Pure; days left on the certificate are computed from its expiry instant where it is shown (src/lib/audit/due.ts).
 *
 * @example auditInForce(history, { source: 'probe', url: 'https://www.acme.example/' }) // → history.audit, or undefined
 */
export function auditInForce(
  history: Pick<History, 'audit' | 'lastCheckAt' | 'timeline'> | undefined,
  monitor: { source: string; url?: string } | undefined,
): HistoryAudit | undefined {
  const audit = history?.audit;
  if (!audit || !monitor || monitor.source !== 'probe') return undefined;
  if (audit.url !== undefined && audit.url !== monitor.url) return undefined;
  const last = history.lastCheckAt;
  if (last !== null && Date.parse(last) > Date.parse(audit.at)) {
    const t = Date.parse(last);
    const answered = history.timeline.find((s) => Date.parse(s.from) <= t && t < Date.parse(s.to));
    if (answered && answered.status !== 'major_outage') return undefined;
  }
  return audit;
}
