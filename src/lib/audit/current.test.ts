import { describe, expect, it } from 'vitest';
import type { History, HistoryAudit } from '../../schemas/history.ts';
import { auditInForce } from './current.ts';

const URL_ = 'https://www.acme.example/';
const audit = (overrides: Partial<HistoryAudit> = {}): HistoryAudit => ({ at: '2026-03-01T12:00:00.000Z', url: URL_, tlsExpiresAt: '2026-06-01T00:00:00.000Z', tlsTrusted: true, headers: {}, ...overrides });
const history = (a: HistoryAudit | undefined, lastCheckAt: string | null, status: 'operational' | 'major_outage' = 'operational'): Pick<History, 'audit' | 'lastCheckAt' | 'timeline'> => ({
  audit: a,
  lastCheckAt,
  timeline: lastCheckAt ? [{ from: lastCheckAt, to: new Date(Date.parse(lastCheckAt) + 600_000).toISOString(), status }] : [],
});
const probe = { source: 'probe', url: URL_ };

describe('auditInForce', () => {
  it.each([
    ['the audit of the latest probe', history(audit(), '2026-03-01T12:00:00.000Z'), probe, true],
    ['an older audit while the site is down since (no answer refreshes nothing)', history(audit(), '2026-03-01T13:00:00.000Z', 'major_outage'), probe, true],
    ['an older audit without a URL (written before audits named one)', history(audit({ url: undefined }), '2026-03-01T12:00:00.000Z'), probe, true],
    ['an audit a newer answered check did not refresh', history(audit(), '2026-03-01T13:00:00.000Z'), probe, false],
    ['an audit of another URL', history(audit({ url: 'https://old.acme.example/' }), '2026-03-01T12:00:00.000Z'), probe, false],
    ['an audit left after the monitor moved to a vendor', history(audit(), '2026-03-01T12:00:00.000Z'), { source: 'pingdom' }, false],
    ['no monitor at all', history(audit(), '2026-03-01T12:00:00.000Z'), undefined, false],
    ['no audit', history(undefined, '2026-03-01T12:00:00.000Z'), probe, false],
  ] as const)('%s → %s', (_, h, monitor, kept) => {
    expect(auditInForce(h, monitor)).toBe(kept ? h.audit : undefined);
  });
});
