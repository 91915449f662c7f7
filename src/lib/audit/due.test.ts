import { describe, expect, it } from 'vitest';
import { auditReport, auditTable, judgeHeader, type AuditRecord, type AuditSubject } from './due.ts';
import { publishedAudit } from './public.ts';

const now = new Date('2026-12-02T09:00:00Z');
const at = '2026-12-02T08:00:00.000Z';
const allPresent = { 'content-security-policy': true, 'strict-transport-security': true };

/** A component whose audit is `allPresent` and a certificate 90 days out, with `overrides`. */
function subject(overrides: Partial<AuditRecord> = {}, ids: Partial<AuditSubject> = {}): AuditSubject {
  return { clientId: 'acme', componentId: 'www', audit: { at, tlsExpiresAt: '2027-03-02T09:00:00.000Z', tlsDaysLeft: 90, headers: allPresent, ...overrides }, ...ids };
}

describe('auditReport: certificates', () => {
  it.each<[string, Partial<AuditRecord>, Array<{ kind: string; daysLeft?: number; detail?: string }>]>([
    ['90 days out: nothing due', {}, []],
    ['exactly 30 days out: due', { tlsExpiresAt: '2027-01-01T09:00:00.000Z' }, [{ kind: 'tls_expiring', daysLeft: 30 }]],
    ['30 days and a second out: not due', { tlsExpiresAt: '2027-01-01T09:00:01.000Z' }, []],
    ['9 days 12 hours out: 9 whole days left', { tlsExpiresAt: '2026-12-11T21:00:00.000Z' }, [{ kind: 'tls_expiring', daysLeft: 9, detail: 'expires in 9 days (2026-12-11T21:00:00.000Z)' }]],
    ['an hour out', { tlsExpiresAt: '2026-12-02T10:00:00.000Z' }, [{ kind: 'tls_expiring', daysLeft: 0, detail: 'expires in 0 days (2026-12-02T10:00:00.000Z)' }]],
    ['expired an hour ago', { tlsExpiresAt: '2026-12-02T08:00:00.000Z' }, [{ kind: 'tls_expired', detail: 'expired less than a day ago (2026-12-02T08:00:00.000Z)' }]],
    ['expired three days ago', { tlsExpiresAt: '2026-11-29T09:00:00.000Z' }, [{ kind: 'tls_expired', detail: 'expired 3 days ago (2026-11-29T09:00:00.000Z)' }]],
    ['plain HTTP (no certificate)', { tlsExpiresAt: null, tlsDaysLeft: null }, []],
    ['days left only (older audits): counted from the audit time', { tlsExpiresAt: null, tlsDaysLeft: 10 }, [{ kind: 'tls_expiring', daysLeft: 9 }]],
    ['not trusted, far from expiry', { tlsTrusted: false }, [{ kind: 'tls_untrusted', detail: 'not trusted by the probe' }]],
    ['not trusted, grouped fields with a reason', { tls: { expiresAt: '2027-03-02T09:00:00.000Z', trusted: false, error: 'self-signed' } }, [{ kind: 'tls_untrusted', detail: 'not trusted: self-signed' }]],
    ['grouped expiry instant wins', { tls: { expiresAt: '2026-12-05T09:00:00.000Z', trusted: true } }, [{ kind: 'tls_expiring', daysLeft: 3 }]],
  ])('%s', (_, audit, expected) => {
    const report = auditReport([subject(audit)], { now, withinDays: 30 });
    expect(report.findings).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe('judgeHeader', () => {
  it.each<[string, unknown, boolean, string]>([
    ['present', true, false, 'present'],
    ['missing', false, true, 'missing'],
    ['null', null, true, 'missing'],
    ['judged ok', { present: true, ok: true, value: 'max-age=63072000' }, false, 'passes'],
    ['judged weak, with a reason', { present: true, ok: false, value: 'max-age=60', reason: 'max-age below one year' }, true, 'max-age below one year'],
    ['judged weak, no reason', { present: true, pass: false, value: "default-src *" }, true, 'fails: default-src *'],
    ['absent, in the judged form', { present: false, value: null }, true, 'missing'],
    ['a verdict word that passes', { verdict: 'pass', value: 'nosniff' }, false, 'pass'],
    ['a verdict word that fails', { verdict: 'weak', value: 'max-age=60' }, true, 'weak: max-age=60'],
    ['a shape nobody taught it: fails, so it is seen', { score: 3 }, true, 'unrecognised audit value {"score":3}'],
    ['a string', 'yes', true, 'unrecognised audit value "yes"'],
  ])('%s', (_, value, fails, detail) => expect(judgeHeader(value)).toEqual({ fails, detail }));
});

describe('auditReport: across clients', () => {
  const report = auditReport(
    [
      subject({ headers: { 'content-security-policy': false, 'referrer-policy': false, 'strict-transport-security': true } }, { clientId: 'marlow', componentId: 'payments' }),
      subject({ tlsExpiresAt: '2026-12-20T00:00:00.000Z' }, { clientId: 'harwick', componentId: 'www' }),
      subject({ tlsExpiresAt: '2026-12-10T00:00:00.000Z' }, { clientId: 'zeta', componentId: 'www' }),
      subject({ tlsExpiresAt: '2026-11-30T00:00:00.000Z' }, { clientId: 'zeta', componentId: 'old' }),
      { clientId: 'calloway', componentId: 'bookstore' },
      subject({}, { clientId: 'fine', componentId: 'www' }),
    ],
    { now, withinDays: 30 },
  );

  it('lists the most urgent first: expired, then expiring soonest, then failing headers', () => {
    expect(report.findings.map((f) => `${f.clientId}/${f.componentId} ${f.kind} ${f.subject}`)).toEqual([
      'zeta/old tls_expired tls',
      'zeta/www tls_expiring tls',
      'harwick/www tls_expiring tls',
      'marlow/payments header_failing content-security-policy',
      'marlow/payments header_failing referrer-policy',
    ]);
  });

  it('counts what was audited and names what was not', () => {
    expect(report).toMatchObject({ audited: 5, notAudited: ['calloway/bookstore'], withinDays: 30, now: '2026-12-02T09:00:00.000Z' });
  });

  it('prints a table with a closing count', () => {
    const table = auditTable(report).split('\n');
    expect(table[0]).toMatch(/^Client +Component +Finding +Detail$/);
    expect(table[2]).toMatch(/^zeta +old +TLS certificate expired +expired 2 days ago/);
    expect(table).toContain('marlow   payments   Security header fails: content-security-policy  missing');
    expect(table.at(-2)).toBe('5 items due on 4 components (certificates within 30 days, as of 2026-12-02T09:00:00.000Z).');
    expect(table.at(-1)).toBe('Not audited (no probe audit on file): calloway/bookstore.');
  });

  it('says when nothing is due', () => {
    expect(auditTable(auditReport([subject()], { now, withinDays: 14 }))).toBe('Nothing due: 1 audited component, no certificate expiring within 14 days, no failing header.');
  });

  it('refuses a threshold that is not a whole number of days', () => {
    expect(() => auditReport([], { now, withinDays: 1.5 })).toThrow('expected a whole number of days ≥ 0, got 1.5');
  });
});

describe('publishedAudit', () => {
  const audit = subject().audit;
  it.each<[string, { publishSecurityAudit?: boolean }, boolean]>([
    ['a client that opted in', { publishSecurityAudit: true }, true],
    ['a client that said no', { publishSecurityAudit: false }, false],
    ['a client that said nothing (the default)', {}, false],
  ])('%s', (_, client, shown) => expect(publishedAudit(client, audit)).toBe(shown ? audit : undefined));
});
