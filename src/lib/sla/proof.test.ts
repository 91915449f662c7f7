import { describe, expect, it } from 'vitest';
import { acmeClient, acmeData } from '../../../test/helpers/acme.ts';
import { checksEvery, iso, makeHistory, makeIncident } from '../../../test/helpers/factories.ts';
import { agencyProof, median } from './proof.ts';
import type { ClientData } from './report-input.ts';

const now = new Date('2026-04-15T00:00Z');

// Gamma: public, no monitored component; P1 incidents only (target 240 min on 24x7).
const gamma: ClientData = {
  clientId: 'gamma',
  client: { ...acmeClient, name: 'Gamma', components: [{ id: 'site', name: 'Site', group: 'Production' }], slaComponents: ['site'] },
  histories: {},
  incidents: [
    // 10:00 → 15:00 = 300 > 240: missed
    makeIncident({ id: 'g1', priority: 'P1', reportedAt: iso('2026-01-10T10:00Z'), respondedAt: iso('2026-01-10T10:10Z'), restoredAt: iso('2026-01-10T15:00Z'), resolvedAt: iso('2026-01-10T16:00Z') }),
    // 60 ≤ 240: met
    makeIncident({ id: 'g2', priority: 'P1', reportedAt: iso('2026-02-10T10:00Z'), respondedAt: iso('2026-02-10T10:05Z'), restoredAt: iso('2026-02-10T11:00Z'), resolvedAt: iso('2026-02-10T12:00Z') }),
    // open since 14 Apr 19:00Z: 300 min by now > 240, already missed; not restored, so not in the median
    makeIncident({ id: 'g3', priority: 'P1', reportedAt: iso('2026-04-14T19:00Z') }),
    // outside the window (before 15 Apr 2025)
    makeIncident({ id: 'g4', priority: 'P1', reportedAt: iso('2025-03-01T10:00Z'), respondedAt: iso('2025-03-01T10:05Z'), restoredAt: iso('2025-03-01T20:00Z'), resolvedAt: iso('2025-03-01T20:00Z') }),
    // not a P1
    makeIncident({ id: 'g5', priority: 'P2', reportedAt: iso('2026-02-11T10:00Z'), respondedAt: iso('2026-02-11T10:05Z'), restoredAt: iso('2026-02-11T20:00Z'), resolvedAt: iso('2026-02-11T20:00Z') }),
  ],
  maintenance: [],
};

// Beta: unlisted, down all the time, a slow P1. Must change nothing.
const beta: ClientData = {
  clientId: 'beta',
  client: { ...acmeClient, name: 'Beta', visibility: 'unlisted', components: [acmeClient.components[0]!], slaComponents: ['www'] },
  histories: { www: makeHistory({ checks: checksEvery('2026-03-01T00:00Z', '2026-04-01T00:00Z', 5, 'major_outage') }) },
  incidents: [makeIncident({ id: 'b1', priority: 'P1', reportedAt: iso('2026-03-01T10:00Z'), respondedAt: iso('2026-03-01T12:00Z'), restoredAt: iso('2026-03-02T10:00Z'), resolvedAt: iso('2026-03-02T10:00Z') })],
  maintenance: [],
};

describe('agencyProof', () => {
  const proof = agencyProof({ clients: [acmeData(), gamma, beta], now, timeZone: 'Europe/London' });

  it('covers the 12 months to now', () => {
    // 15 Apr 2026 01:00 BST − 12 months = 15 Apr 2025 01:00 BST = 00:00Z
    expect(proof.from).toBe('2025-04-15T00:00:00.000Z');
    expect(proof.to).toBe('2026-04-15T00:00:00.000Z');
  });

  it('sums weighted down minutes over eligible minutes across monitored production components', () => {
    // Acme www: observed 20 Feb → 10 Apr = 9 + 31 + 9 days = 49 d = 70 560 min; − 90 maintenance = 70 470 eligible;
    //   weighted = 30 (10 Mar) + 120 (31 Mar incident, both months) + 0.3 × 30 (partial outside maintenance) = 159
    // Acme shop: observed 1 Mar → 20 Mar 00:05 (27 365) + 21 Mar → 1 Apr 00:05 (15 845) = 43 210; weighted 1 224
    // Gamma: no monitored component. Beta: unlisted, left out. uat: not monitored.
    // Σ: weighted 1 383, eligible 113 680 → 100 × (1 − 1 383/113 680) = 98.783427163…
    expect(proof.availability.components).toBe(2);
    expect(proof.availability.weightedDownMinutes).toBeCloseTo(1383, 9);
    expect(proof.availability.eligibleMinutes).toBe(113_680);
    expect(proof.availability.percent).toBeCloseTo(98.78342716396904, 9);
  });

  it('states the period actually observed inside the 12 months, beside its coverage', () => {
    // Acme www is observed from 20 Feb, shop from 1 Mar; the newest observation is www's on 10 Apr. Beta (unlisted,
    // observed from 1 Mar) and Gamma (no monitor) change nothing.
    expect(proof.availability.observed).toEqual({ from: '2026-02-20T00:00:00.000Z', to: '2026-04-10T00:00:00.000Z' });
    expect(proof.availability.coverage).toBeLessThan(50);
    expect(agencyProof({ clients: [gamma], now }).availability.observed).toBeNull();
  });

  it('gives the median P1 restore time and the share that met target', () => {
    // P1 in window: acme edge (120, met), g1 (300, missed), g2 (60, met), g3 (open, already missed)
    // median of restored [60, 120, 300] = 120; met 2 of 4 decided = 50 %
    expect(proof.p1Restore).toEqual({ incidents: 4, restored: 3, medianMinutes: 120, met: 2, decided: 4, metPercent: 50 });
  });

  it('with no clients, there is nothing to claim', () => {
    expect(agencyProof({ clients: [], now })).toMatchObject({
      availability: { components: 0, percent: null },
      p1Restore: { incidents: 0, medianMinutes: null, metPercent: null },
    });
  });

  it('an upstream dependency never counts, even in the Production group (its outage is the provider’s)', () => {
    const base = acmeData();
    const withProvider: ClientData = {
      ...base,
      client: { ...base.client, components: base.client.components.map((c) => (c.id === 'shop' ? { ...c, dependency: true } : c)) },
    };
    const p = agencyProof({ clients: [withProvider], now, timeZone: 'Europe/London' });
    expect(p.availability.components).toBe(1);
    expect(p.availability.eligibleMinutes).toBe(70_470);
  });

  it('production can be chosen otherwise', () => {
    const p = agencyProof({ clients: [acmeData()], now, isProduction: (c) => c.id === 'www' });
    expect(p.availability.components).toBe(1);
    expect(p.availability.eligibleMinutes).toBe(70_470);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %s', (values, m) => expect(median(values)).toBe(m));
});
