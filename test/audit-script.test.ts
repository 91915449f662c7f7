// npm run audit against a fixture content folder: the table, the JSON, the exit codes.
import { describe, expect, it } from 'vitest';
import { runScript } from './helpers/run.ts';

const env = { UPKEEP_CONTENT: 'test/fixtures/audit', UPKEEP_NOW: '2026-12-02T09:00:00Z' };
const audit = (...args: string[]) => runScript('scripts/audit.ts', args, env);

describe('npm run audit', () => {
  it('prints what is due as a table and exits 1', async () => {
    const { code, stdout, stderr } = await audit();
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Client +Component +Finding +Detail$/);
    expect(lines[2]).toMatch(/^acme +www +TLS certificate expiring +expires in 9 days \(2026-12-11T21:00:00\.000Z\)$/);
    expect(lines[3]).toMatch(/^acme +www +Security header fails: content-security-policy +missing$/);
    expect(lines.at(-2)).toBe('2 items due on 1 component (certificates within 30 days, as of 2026-12-02T09:00:00.000Z).');
    expect(lines.at(-1)).toBe('Not audited (no probe audit on file): acme/shop.');
  });

  it('prints the same as JSON with --json', async () => {
    const { code, stdout } = await audit('--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ now: '2026-12-02T09:00:00.000Z', withinDays: 30, audited: 2, notAudited: ['acme/shop'] });
    expect(report.findings).toEqual([
      expect.objectContaining({ clientId: 'acme', componentId: 'www', kind: 'tls_expiring', daysLeft: 9, expiresAt: '2026-12-11T21:00:00.000Z' }),
      expect.objectContaining({ clientId: 'acme', componentId: 'www', kind: 'header_failing', subject: 'content-security-policy', detail: 'missing' }),
    ]);
  });

  it('takes the threshold from --days: a certificate 9 days out is not due within 7', async () => {
    const { code, stdout } = await audit('--days', '7', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { kind: string }) => f.kind)).toEqual(['header_failing']);
  });

  it('exits 0 when nothing is due, unlisted clients included', async () => {
    const { code, stdout } = await audit('--client', 'beta');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('Nothing due: 1 audited component, no certificate expiring within 30 days, no failing header.');
  });

  it.each([
    [['--days', 'soon'], 'audit: --days: expected a whole number of days ≥ 0, got "soon"'],
    [['--client', 'nobody'], 'audit: --client: no client "nobody"; expected one of: acme, beta'],
    [['--colour'], "Unknown option '--colour'"],
  ])('exits 2 on %j', async (args, message) => {
    const { code, stderr } = await audit(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
