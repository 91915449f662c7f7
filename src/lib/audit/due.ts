/**
 * The staff's proactive-maintenance list (issue 10, §2): from the probe's latest audit of each component, the TLS
 * certificates that have expired, are not trusted or expire within N days, and the security headers that fail. Pure:
 * the clock and the threshold are parameters; `npm run audit` (scripts/audit.ts) reads the files and prints this.
 *
 * The audit record is read leniently, because the probe's audit fields grow (an expiry instant and whether the chain
 * is trusted; judged header values, not only present or missing): whatever is not understood is left out, never
 * read as a pass.
 */

const MS_PER_DAY = 86_400_000;

/** The parts of a history file's `audit` (src/schemas/history.ts) this reads; other fields are ignored. */
export interface AuditRecord {
  /** When the audit ran (UTC). */
  at: string;
  /** Certificate expiry (UTC), null for plain HTTP or when no certificate was seen. */
  tlsExpiresAt?: string | null;
  /** Whole days left at audit time; used only when there is no expiry instant. */
  tlsDaysLeft?: number | null;
  /** Whether the certificate chain was trusted, where the probe says. */
  tlsTrusted?: boolean | null;
  /** Why it was not trusted (Node's verification error), where the probe says. */
  tlsError?: string;
  /** Another way a probe may group its TLS findings. */
  tls?: { expiresAt?: string | null; trusted?: boolean | null; error?: string | null } | null;
  /** By header name (lower case): present (true) or missing (false), or a judged value. */
  headers?: Readonly<Record<string, unknown>>;
}

/** One component as the audit sees it. */
export interface AuditSubject {
  clientId: string;
  componentId: string;
  /** The component's name, for the table. */
  componentName?: string;
  /** Unlisted clients are audited too: this is a staff tool, never published. */
  audit?: AuditRecord;
}

export const FINDING_KINDS = ['tls_expired', 'tls_untrusted', 'tls_expiring', 'header_failing'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What each kind of finding is called in the table. */
export const FINDING_LABEL: Record<FindingKind, string> = {
  tls_expired: 'TLS certificate expired',
  tls_untrusted: 'TLS certificate not trusted',
  tls_expiring: 'TLS certificate expiring',
  header_failing: 'Security header fails',
};

export interface AuditFinding {
  clientId: string;
  componentId: string;
  componentName?: string;
  kind: FindingKind;
  /** The header's name, or `tls`. */
  subject: string;
  /** In words: "expires in 9 days (2026-12-11T21:00:00.000Z)", "missing", "max-age too short". */
  detail: string;
  /** Certificate expiry (UTC ISO), for TLS findings that know it. */
  expiresAt?: string;
  /** Whole days from `now` to the expiry, rounded down (negative once expired). */
  daysLeft?: number;
  /** When the audit that found it ran. */
  auditedAt: string;
}

export interface AuditReport {
  /** The clock the report was computed at (UTC ISO). */
  now: string;
  /** Certificates expiring within this many days are due. */
  withinDays: number;
  /** Due items, most urgent first: expired, untrusted, expiring soonest, then failing headers. */
  findings: AuditFinding[];
  /** Components with an audit on file. */
  audited: number;
  /** Components without one (not probed yet, or monitored by a vendor that does not audit), as client/component. */
  notAudited: string[];
}

/**
 * Everything due across `subjects` at `now`: exit 1 from `npm run audit` when `findings` is not empty.
 *
 * @example
 * auditReport([{ clientId: 'acme', componentId: 'www', audit: { at, tlsExpiresAt: '2026-12-11T21:00:00.000Z', headers: { 'content-security-policy': false } } }],
 *   { now: new Date('2026-12-02T09:00:00Z'), withinDays: 30 })
 * // → findings: [{ kind: 'tls_expiring', daysLeft: 9, … }, { kind: 'header_failing', subject: 'content-security-policy', detail: 'missing', … }]
 */
export function auditReport(subjects: readonly AuditSubject[], options: { now: Date; withinDays: number }): AuditReport {
  const { now, withinDays } = options;
  if (!(Number.isInteger(withinDays) && withinDays >= 0)) throw new Error(`expected a whole number of days ≥ 0, got ${withinDays}`);
  const findings: AuditFinding[] = [];
  const notAudited: string[] = [];
  let audited = 0;
  for (const s of subjects) {
    if (!s.audit) {
      notAudited.push(`${s.clientId}/${s.componentId}`);
      continue;
    }
    audited++;
    const base = { clientId: s.clientId, componentId: s.componentId, componentName: s.componentName, auditedAt: s.audit.at };
    findings.push(...tlsFindings(s.audit, now, withinDays).map((f) => ({ ...base, ...f })));
    for (const [name, value] of Object.entries(s.audit.headers ?? {})) {
      const judged = judgeHeader(value);
      if (judged.fails) findings.push({ ...base, kind: 'header_failing', subject: name, detail: judged.detail });
    }
  }
  findings.sort(byUrgency);
  return { now: now.toISOString(), withinDays, findings, audited, notAudited };
}

type TlsFinding = Pick<AuditFinding, 'kind' | 'subject' | 'detail' | 'expiresAt' | 'daysLeft'>;

function tlsFindings(audit: AuditRecord, now: Date, withinDays: number): TlsFinding[] {
  const out: TlsFinding[] = [];
  const trusted = audit.tls?.trusted ?? audit.tlsTrusted;
  if (trusted === false) {
    const why = audit.tls?.error ?? audit.tlsError;
    out.push({ kind: 'tls_untrusted', subject: 'tls', detail: why ? `not trusted: ${why}` : 'not trusted by the probe' });
  }
  const expiresAt = expiryOf(audit);
  if (expiresAt === undefined) return out;
  const msLeft = expiresAt.getTime() - now.getTime();
  const daysLeft = Math.floor(msLeft / MS_PER_DAY);
  const iso = expiresAt.toISOString();
  if (msLeft <= 0) {
    const ago = Math.floor(-msLeft / MS_PER_DAY);
    const when = ago === 0 ? 'less than a day ago' : `${plural(ago, 'day')} ago`;
    out.push({ kind: 'tls_expired', subject: 'tls', detail: `expired ${when} (${iso})`, expiresAt: iso, daysLeft });
  }
  else if (msLeft <= withinDays * MS_PER_DAY) out.push({ kind: 'tls_expiring', subject: 'tls', detail: `expires in ${plural(daysLeft, 'day')} (${iso})`, expiresAt: iso, daysLeft });
  return out;
}

/**
 * The certificate's expiry: the instant when the audit has one, else the audit time plus the days left then (whole
 * days, so the estimate errs early, never late).
 */
function expiryOf(audit: AuditRecord): Date | undefined {
  const instant = audit.tls?.expiresAt ?? audit.tlsExpiresAt;
  if (typeof instant === 'string') {
    const ms = Date.parse(instant);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  if (typeof audit.tlsDaysLeft === 'number') return new Date(Date.parse(audit.at) + audit.tlsDaysLeft * MS_PER_DAY);
  return undefined;
}

const PASSING_WORDS = new Set(['pass', 'passed', 'ok', 'good', 'present', 'valid']);

/**
 * Whether one header's audit value fails, and why in a few words. `true` / `false` are present / missing; a judged
 * value (an object) fails when it says so (`ok: false`, `pass: false`, `present: false`, a verdict other than a
 * pass). A value this does not understand fails, so a change in the probe is seen rather than silently passed.
 *
 * @example judgeHeader(false) // → { fails: true, detail: 'missing' }
 * @example judgeHeader({ present: true, ok: false, reason: 'max-age too short' }) // → { fails: true, detail: 'max-age too short' }
 */
export function judgeHeader(value: unknown): { fails: boolean; detail: string } {
  if (value === true) return { fails: false, detail: 'present' };
  if (value === false || value === null) return { fails: true, detail: 'missing' };
  if (typeof value !== 'object') return { fails: true, detail: `unrecognised audit value ${JSON.stringify(value)}` };
  const v = value as Record<string, unknown>;
  const reason = [v.reason, v.detail, v.message, v.problem].find((x): x is string => typeof x === 'string' && x.length > 0);
  if (v.present === false) return { fails: true, detail: reason ?? 'missing' };
  for (const key of ['ok', 'pass', 'passed', 'valid']) {
    if (typeof v[key] === 'boolean') return v[key] ? { fails: false, detail: 'passes' } : { fails: true, detail: reason ?? failedValue(v) };
  }
  for (const key of ['verdict', 'status', 'result', 'grade']) {
    if (typeof v[key] === 'string') {
      const word = (v[key] as string).toLowerCase();
      return PASSING_WORDS.has(word) ? { fails: false, detail: word } : { fails: true, detail: reason ?? `${word}${valueSuffix(v)}` };
    }
  }
  if (v.present === true) return { fails: false, detail: 'present' };
  return { fails: true, detail: `unrecognised audit value ${JSON.stringify(value)}` };
}

const failedValue = (v: Record<string, unknown>) => `fails${valueSuffix(v)}`;
const valueSuffix = (v: Record<string, unknown>) => (typeof v.value === 'string' ? `: ${v.value}` : '');

const RANK: Record<FindingKind, number> = { tls_expired: 0, tls_untrusted: 1, tls_expiring: 2, header_failing: 3 };

function byUrgency(a: AuditFinding, b: AuditFinding): number {
  return (
    RANK[a.kind] - RANK[b.kind] ||
    (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '') ||
    a.clientId.localeCompare(b.clientId) ||
    a.componentId.localeCompare(b.componentId) ||
    a.subject.localeCompare(b.subject)
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report as a plain-text table for a terminal, one finding a line, with a closing line that says how many are
 * due. Columns are padded to their widest cell.
 *
 * @example
 * auditTable(report)
 * // → 'Client          Component     Finding                    Detail\n'
 * //   'marlow-outdoor  payments-api  TLS certificate expiring   expires in 9 days (2026-12-11T21:00:00.000Z)\n' …
 */
export function auditTable(report: AuditReport): string {
  const head = ['Client', 'Component', 'Finding', 'Detail'];
  const rows = report.findings.map((f) => [
    f.clientId,
    f.componentId,
    f.kind === 'header_failing' ? `${FINDING_LABEL[f.kind]}: ${f.subject}` : FINDING_LABEL[f.kind],
    f.detail,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const lines = rows.length > 0 ? [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)] : [];
  const components = new Set(report.findings.map((f) => `${f.clientId}/${f.componentId}`)).size;
  lines.push(
    rows.length === 0
      ? `Nothing due: ${plural(report.audited, 'audited component')}, no certificate expiring within ${plural(report.withinDays, 'day')}, no failing header.`
      : `${plural(rows.length, 'item')} due on ${plural(components, 'component')} (certificates within ${plural(report.withinDays, 'day')}, as of ${report.now}).`,
  );
  if (report.notAudited.length > 0) lines.push(`Not audited (no probe audit on file): ${report.notAudited.join(', ')}.`);
  return lines.join('\n');
}
