/**
 * A small but complete client for the SLA tests, London time, March 2026 (743 h = 44 580 min: clocks go forward on
 * Sunday 29 March). Every figure the tests expect is worked out by hand beside them.
 *
 * www (Production, SLA): history periods — operational, 30 min major on Tue 10 Mar 10:00–10:30Z, a 60 min partial
 *   outage Sun 15 Mar 23:00Z–16 Mar 00:00Z half inside a maintenance window 22:00–23:30Z; P1 incident reported
 *   Tue 31 Mar 23:30 BST (22:30Z), restored 1 Apr 00:30Z (spans into April).
 * shop (Production, SLA): checks every 5 min with a gap on 20 Mar; P2 incident (partial outage) Fri 6 Mar 16:00Z →
 *   Mon 9 Mar 12:00Z.
 * uat (UAT, not in the SLA): no monitor; an incident in February that is not March's.
 */
import type { ReportClient, ClientData } from '../../src/lib/sla/report-input.ts';
import { checksEvery, iso, makeHistory, makeIncident, makeMaintenance, officeHours, standardPriorities } from './factories.ts';

export const acmeClient: ReportClient = {
  name: 'Acme',
  timeZone: 'Europe/London',
  supportHours: officeHours,
  priorities: standardPriorities,
  uptimeTarget: 99.9,
  components: [
    { id: 'www', name: 'Website', group: 'Production', monitor: { source: 'probe', url: 'https://acme.example', method: 'GET', timeoutMs: 10000, retryDelayMs: 5000, intervalSeconds: 300 } },
    { id: 'shop', name: 'Shop', group: 'Production', monitor: { source: 'probe', url: 'https://shop.acme.example', method: 'GET', timeoutMs: 10000, retryDelayMs: 5000, intervalSeconds: 300 } },
    { id: 'uat', name: 'UAT', group: 'UAT' },
  ],
  slaComponents: ['www', 'shop'],
  visibility: 'public',
};

export const acmeIncidents = {
  /** P1, www major, reported 31 Mar 23:30 BST, responded after 20 min, restored after 120 min (in April). */
  edge: makeIncident({
    id: '2026-03-31-www-down',
    title: 'Website down',
    priority: 'P1',
    components: [{ id: 'www', impact: 'major_outage' }],
    reportedAt: iso('2026-03-31T22:30Z'),
    respondedAt: iso('2026-03-31T22:50Z'),
    restoredAt: iso('2026-04-01T00:30Z'),
    resolvedAt: iso('2026-04-01T01:00Z'),
  }),
  /** P2, shop partial, reported Friday 16:00 GMT, responded Monday 09:15, restored Monday 12:00. */
  shop: makeIncident({
    id: '2026-03-06-shop-slow',
    title: 'Checkout failing for some cards',
    priority: 'P2',
    components: [{ id: 'shop', impact: 'partial_outage' }],
    reportedAt: iso('2026-03-06T16:00Z'),
    respondedAt: iso('2026-03-09T09:15Z'),
    restoredAt: iso('2026-03-09T12:00Z'),
    resolvedAt: iso('2026-03-09T12:30Z'),
  }),
  /** P3, uat, reported 28 Feb 23:50 GMT: February's, not March's. */
  february: makeIncident({
    id: '2026-02-28-uat',
    title: 'UAT login broken',
    priority: 'P3',
    components: [{ id: 'uat', impact: 'major_outage' }],
    reportedAt: iso('2026-02-28T23:50Z'),
    respondedAt: iso('2026-03-02T09:30Z'),
    restoredAt: iso('2026-03-02T11:00Z'),
    resolvedAt: iso('2026-03-02T11:00Z'),
  }),
};

export function acmeData(): ClientData {
  return {
    clientId: 'acme',
    client: acmeClient,
    histories: {
      www: makeHistory({
        intervalSeconds: 300,
        periods: [
          { from: iso('2026-02-20T00:00Z'), to: iso('2026-03-10T10:00Z'), status: 'operational' },
          { from: iso('2026-03-10T10:00Z'), to: iso('2026-03-10T10:30Z'), status: 'major_outage' },
          { from: iso('2026-03-10T10:30Z'), to: iso('2026-03-15T23:00Z'), status: 'operational' },
          { from: iso('2026-03-15T23:00Z'), to: iso('2026-03-16T00:00Z'), status: 'partial_outage' },
          { from: iso('2026-03-16T00:00Z'), to: iso('2026-04-10T00:00Z'), status: 'operational' },
        ],
      }),
      // last check before the gap 19 Mar 23:55 stands to 20 Mar 00:05; checks resume 21 Mar 00:00
      shop: makeHistory({
        intervalSeconds: 300,
        checks: [...checksEvery('2026-03-01T00:00Z', '2026-03-20T00:00Z', 5), ...checksEvery('2026-03-21T00:00Z', '2026-04-01T00:00Z', 5)],
      }),
      uat: undefined,
    },
    incidents: [acmeIncidents.edge, acmeIncidents.shop, acmeIncidents.february],
    maintenance: [
      makeMaintenance({ id: '2026-03-15-upgrade', title: 'Server upgrade', components: ['www'], start: iso('2026-03-15T22:00Z'), end: iso('2026-03-15T23:30Z') }),
      makeMaintenance({ id: '2026-04-20-later', title: 'Later work', components: ['www'], start: iso('2026-04-20T22:00Z'), end: iso('2026-04-20T23:00Z') }),
    ],
  };
}
