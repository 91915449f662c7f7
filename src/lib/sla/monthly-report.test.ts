import { describe, expect, it } from 'vitest';
import { acmeData, acmeIncidents } from '../../../test/helpers/acme.ts';
import { iso, makeIncident } from '../../../test/helpers/factories.ts';
import { IncidentContentError } from './content-error.ts';
import { monthlyReport, reportMonths } from './monthly-report.ts';

const AFTER = new Date('2026-04-15T00:00Z');

describe('monthlyReport for a complete DST month (Acme, London, March 2026)', () => {
  const report = monthlyReport({ ...acmeData(), month: '2026-03', now: AFTER });

  it('covers the calendar month in the client zone: 743 h', () => {
    expect(report).toMatchObject({
      client: 'acme',
      month: '2026-03',
      timeZone: 'Europe/London',
      periodStart: '2026-03-01T00:00:00.000Z',
      periodEnd: '2026-03-31T23:00:00.000Z',
      asOf: '2026-03-31T23:00:00.000Z',
      complete: true,
    });
    expect((Date.parse(report.periodEnd) - Date.parse(report.periodStart)) / 3_600_000).toBe(743);
  });

  it('lists only SLA components, in slaComponents order', () => {
    expect(report.uptime.components.map((c) => c.id)).toEqual(['www', 'shop']);
    expect(report.uptime.target).toBe(99.9);
  });

  it.each([
    [
      // major: 30 (10 Mar) + 30 (31 Mar 22:30–23:00Z, the incident's March part) = 60
      // partial 15 Mar 23:00–00:00Z, but 23:00–23:30 is maintenance → 30 × 0.3 = 9; weighted = 69
      // maintenance 22:00–23:30 = 90; eligible = 44 580 − 90 = 44 490; 100 × (1 − 69/44 490) = 99.844908968…
      // budget: 0.1 % × 44 490 = 44.49 allowed; left 44.49 − 69 = −24.51
      'www',
      { weightedDownMinutes: 69, maintenanceMinutes: 90, noDataMinutes: 0, eligibleMinutes: 44_490, availability: 99.8449089683075, coverage: 100, met: false },
      { allowedMinutes: 44.49, usedMinutes: 69, leftMinutes: -24.51 },
    ],
    [
      // partial (incident) Fri 6 Mar 16:00Z → Mon 9 Mar 12:00Z = 8 + 24 + 24 + 12 = 68 h = 4 080 min × 0.3 = 1 224
      // no_data 20 Mar 00:05Z → 21 Mar 00:00Z = 1 435; eligible = 44 580 − 1 435 = 43 145
      // availability 100 × (1 − 1 224/43 145) = 97.163054815…; coverage 100 × 43 145/44 580 = 96.781067743…
      'shop',
      { weightedDownMinutes: 1224, maintenanceMinutes: 0, noDataMinutes: 1435, eligibleMinutes: 43_145, availability: 97.16305481515819, coverage: 96.78106774338268, met: false },
      { allowedMinutes: 43.145, usedMinutes: 1224 },
    ],
  ])('%s figures', (id, figures, budget) => {
    const c = report.uptime.components.find((x) => x.id === id)!;
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number') expect(c[key as keyof typeof c], key).toBeCloseTo(value, 9);
      else expect(c[key as keyof typeof c], key).toBe(value);
    }
    for (const [key, value] of Object.entries(budget)) expect(c.errorBudget[key as keyof typeof c.errorBudget], key).toBeCloseTo(value, 9);
  });

  it('lists incidents reported in the month (client zone), oldest first', () => {
    // the February one (28 Feb 23:50 GMT) is not March's; the 31 Mar 23:30 BST one is, though restored in April
    expect(report.incidents.map((i) => i.id)).toEqual(['2026-03-06-shop-slow', '2026-03-31-www-down']);
  });

  it.each([
    [
      // P2 business: Fri 16:00–17:30 = 90 + Mon 09:00–09:15 = 15 → 105 > 60; restore 90 + 180 (09:00–12:00) = 270 ≤ 480
      '2026-03-06-shop-slow',
      { priority: 'P2', clock: 'business', responseMinutes: 105, responseTargetMinutes: 60, responseMet: false, restoreMinutes: 270, restoreTargetMinutes: 480, restoreMet: true },
    ],
    [
      // P1 24x7: 22:30 → 22:50 = 20 ≤ 30; → 00:30 next day = 120 ≤ 240, measured past the month's end
      '2026-03-31-www-down',
      { priority: 'P1', clock: '24x7', responseMinutes: 20, responseTargetMinutes: 30, responseMet: true, restoreMinutes: 120, restoreTargetMinutes: 240, restoreMet: true, restoredAt: '2026-04-01T00:30:00.000Z' },
    ],
  ])('%s against its targets', (id, expected) => {
    expect(report.incidents.find((i) => i.id === id)).toMatchObject(expected);
  });

  it('summarises', () => {
    expect(report.summary).toEqual({ incidents: 2, responseMet: 1, restoreMet: 2, uptimeMet: false, responseMissed: 1, restoreMissed: 0, open: 0 });
    expect(report.uptime.met).toBe(false);
  });

  it('lists maintenance overlapping the month', () => {
    expect(report.maintenance.map((m) => m.id)).toEqual(['2026-03-15-upgrade']);
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('the incident spanning two months', () => {
  it('puts its April minutes in April, and the incident itself in March only', () => {
    // April: 31 Mar 23:00Z (00:00 BST) → 1 Apr 00:30Z = 90 min major on www
    const april = monthlyReport({ ...acmeData(), month: '2026-04', now: new Date('2026-05-01T00:00Z') });
    const www = april.uptime.components.find((c) => c.id === 'www')!;
    expect(www.weightedDownMinutes).toBe(90);
    expect(april.incidents).toEqual([]);
    expect(april.maintenance.map((m) => m.id)).toEqual(['2026-04-20-later']);
  });
});

describe('the current, incomplete month', () => {
  // now: Tue 10 Mar 10:15Z, in the middle of www's outage, with an open P1 reported 10 min ago
  const now = new Date('2026-03-10T10:15Z');
  const data = acmeData();
  const open = makeIncident({ id: '2026-03-10-open', priority: 'P1', components: [{ id: 'www', impact: 'major_outage' }], reportedAt: iso('2026-03-10T10:05Z') });
  const report = monthlyReport({ ...data, incidents: [...data.incidents, open], month: '2026-03', now });

  it('counts only elapsed minutes and says it is incomplete', () => {
    expect(report.complete).toBe(false);
    expect(report.asOf).toBe('2026-03-10T10:15:00.000Z');
    // elapsed: 1 Mar 00:00Z → 10 Mar 10:15Z = 9 d 10.25 h = 226.25 h = 13 575 min
    const www = report.uptime.components.find((c) => c.id === 'www')!;
    expect(www.eligibleMinutes).toBe(13_575);
    // 10:00–10:15 major = 15; 100 × (1 − 15/13 575) = 99.889502762…
    expect(www.weightedDownMinutes).toBe(15);
    expect(www.availability).toBeCloseTo(99.88950276243094, 9);
    // shop: 1 224 weighted (incident before now), no gap yet; 100 × (1 − 1 224/13 575) = 90.983425414…
    expect(report.uptime.components.find((c) => c.id === 'shop')!.availability).toBeCloseTo(90.98342541436463, 9);
  });

  it('lists the open incident, measured to now, undecided', () => {
    expect(report.incidents.map((i) => i.id)).toEqual(['2026-03-06-shop-slow', '2026-03-10-open']);
    expect(report.incidents[1]).toMatchObject({ respondedAt: null, restoredAt: null, responseMinutes: 10, responseMet: null, responseOpen: true, restoreMinutes: 10, restoreMet: null, restoreOpen: true });
    expect(report.summary).toMatchObject({ incidents: 2, responseMet: 0, restoreMet: 1, responseMissed: 1, open: 1 });
  });
});

describe('report errors', () => {
  it('a resolved incident without restoredAt fails, naming it', () => {
    const data = acmeData();
    const bad = { ...acmeIncidents.shop, restoredAt: undefined };
    expect(() => monthlyReport({ ...data, incidents: [bad], month: '2026-03', now: AFTER })).toThrow(IncidentContentError);
    expect(() => monthlyReport({ ...data, incidents: [bad], month: '2026-03', now: AFTER })).toThrow(/"2026-03-06-shop-slow": restoredAt is missing/);
  });
  it('an SLA component the client does not list fails', () => {
    const data = acmeData();
    expect(() => monthlyReport({ ...data, client: { ...data.client, slaComponents: ['nope'] }, month: '2026-03', now: AFTER })).toThrow(/slaComponents lists "nope"/);
  });
});

describe('reportMonths', () => {
  it.each([
    // www's history starts 20 Feb
    ['from the first history period to the month of now', acmeData(), '2026-04-15T00:00Z', ['2026-02', '2026-03', '2026-04']],
    // an incident that started in December (London) comes first
    [
      'an earlier incident start extends the list',
      { ...acmeData(), incidents: [makeIncident({ startedAt: iso('2025-12-31T23:30Z'), reportedAt: iso('2026-01-02T09:00Z') })] },
      '2026-02-01T00:00Z',
      ['2025-12', '2026-01', '2026-02'],
    ],
    ['no data at all', { ...acmeData(), histories: {}, incidents: [] }, '2026-04-15T00:00Z', []],
    // data after now does not count: now is before everything
    ['data only after now', acmeData(), '2026-01-01T00:00Z', []],
  ])('%s', (_, data, now, months) => {
    expect(reportMonths({ ...data, now: new Date(now) })).toEqual(months);
  });
});
