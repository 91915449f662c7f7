import { describe, expect, it } from 'vitest';
import type { Agency } from '../../schemas/agency.ts';
import type { Client } from '../../schemas/client.ts';
import { resolveClient } from './resolve.ts';

const level = (name: string, clock: '24x7' | 'business') => ({
  name,
  definition: name,
  responseTarget: 30,
  restoreTarget: 240,
  clock,
});
const agency: Pick<Agency, 'defaults' | 'escalation'> = {
  defaults: {
    supportHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30', holidays: [] },
    priorities: { P1: level('a', '24x7'), P2: level('b', 'business'), P3: level('c', 'business'), P4: level('d', 'business') },
    uptimeTarget: 99.9,
    warrantyDays: 30,
  },
  escalation: [{ level: 1, name: 'Desk', when: 'always' }],
};
const makeClient = (overrides: Partial<Client> = {}): Client => ({
  name: 'Acme',
  visibility: 'public',
  timeZone: 'Europe/London',
  components: [{ id: 'www', name: 'Website', group: 'Production' }],
  slaComponents: ['www'],
  contacts: { accountManager: { name: 'A' }, leadDeveloper: { name: 'B' } },
  ...overrides,
});

describe('resolveClient', () => {
  it('inherits every default when the client sets none', () => {
    const r = resolveClient('acme', makeClient(), agency);
    expect(r.uptimeTarget).toBe(99.9);
    expect(r.priorities.P1.clock).toBe('24x7');
    expect(r.escalation).toEqual(agency.escalation);
    expect(r.bespoke).toEqual([]);
    expect(r.locale).toBe('en');
  });
  it('keeps the client’s own locale', () => {
    expect(resolveClient('acme', makeClient({ locale: 'de' }), agency).locale).toBe('de');
  });
  it('takes the client’s own fields and says which', () => {
    const r = resolveClient('acme', makeClient({ uptimeTarget: 99.95, warrantyDays: 90 }), agency);
    expect(r.uptimeTarget).toBe(99.95);
    expect(r.warrantyDays).toBe(90);
    expect(r.supportHours.start).toBe('09:00');
    expect(r.bespoke).toEqual(['uptimeTarget', 'warrantyDays']);
  });
});
