import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_MS, checkVendorClock, checkWindow, describeSpan, windowIsEmpty } from './clock-check.ts';
import { vetObservations } from './observation-bounds.ts';
import { createGatusSource } from './sources/gatus.ts';
import { makeGatusResult, startGatusFake } from '../../test/fakes/gatus.ts';
import { testHttp } from '../../test/fakes/faults.ts';
import type { FakeServer } from '../../test/fakes/server.ts';

const at = (iso: string) => new Date(iso);

describe('describeSpan', () => {
  it.each([
    [0, '0 seconds'],
    [42_000, '42 seconds'],
    [6 * 60_000, '6 minutes'],
    [90_061_000, '1 day 1 hour'],
    [-365 * 86_400_000, '365 days'],
  ])('%i ms → %s', (ms, words) => expect(describeSpan(ms)).toBe(words));
});

describe('checkWindow', () => {
  it('lets a real window through', () => {
    expect(checkWindow(at('2026-03-01T11:55:00Z'), at('2026-03-01T12:00:00Z'))).toBeUndefined();
    expect(windowIsEmpty(at('2026-03-01T11:55:00Z'), at('2026-03-01T12:00:00Z'))).toBe(false);
  });
  it('an empty window (a second pull at the same instant) is not a failure: it is empty, and nothing is asked', () => {
    expect(checkWindow(at('2026-03-01T12:00:00Z'), at('2026-03-01T12:00:00Z'))).toBeUndefined();
    expect(windowIsEmpty(at('2026-03-01T12:00:00Z'), at('2026-03-01T12:00:00Z'))).toBe(true);
  });
  it.each([
    ['inverted by a second', '2026-03-01T12:00:01Z', '1 second after this machine'],
    ['inverted by a year (an earlier pull ran with the clock ahead)', '2027-03-01T12:00:00Z', '365 days after this machine'],
  ])('refuses a window that is %s, saying why', (_, since, words) => {
    const reason = checkWindow(at(since), at('2026-03-01T12:00:00Z'));
    expect(reason).toMatch(/^nothing to ask for: the history reaches /);
    expect(reason).toContain(words);
    expect(reason).toContain('Nothing written');
  });
});

describe('checkVendorClock', () => {
  const reading = (vendor: string, local: string) => ({ date: vendor, receivedAt: local });
  it.each([
    ['agree', '2026-03-01T12:00:00.000Z', '2026-03-01T12:00:01.000Z', undefined],
    ['at the tolerance', '2026-03-01T12:00:00.000Z', '2026-03-01T12:05:00.000Z', undefined],
    ['this machine a year ahead', '2026-03-01T12:00:00.000Z', '2027-03-01T12:00:00.000Z', 'ahead'],
    ['this machine 6 minutes behind', '2026-03-01T12:06:00.000Z', '2026-03-01T12:00:00.000Z', 'behind'],
  ] as const)('%s', (_, vendor, local, verdict) => {
    const reason = checkVendorClock('pingdom', reading(vendor, local));
    if (verdict === undefined) expect(reason).toBeUndefined();
    else {
      expect(reason).toMatch(/^pingdom's clock \(its Date header, .*\) and this machine's \(.*\) disagree by /);
      expect(reason).toContain(`this machine's clock is ${verdict}`);
      expect(reason).toContain('Nothing written for this component');
    }
  });
  it('has nothing to compare without a Date header', () => expect(checkVendorClock('pingdom', undefined)).toBeUndefined());
  it('uses the tolerance it is given', () => {
    expect(checkVendorClock('gatus', reading('2026-03-01T12:00:00Z', '2026-03-01T12:01:00Z'), 30_000)).toContain('disagree by 1 minute');
    expect(CLOCK_TOLERANCE_MS).toBe(300_000);
  });
});

describe('the clock-skew sequence against a fake vendor: ahead, then corrected', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('refuses the pull with the clock a year ahead, then accepts the corrected pulls', async () => {
    const real = Date.parse('2026-03-10T12:00:00Z');
    const results = [0, 1, 2].map((i) => makeGatusResult({ timestamp: new Date(real - (3 - i) * 60_000).toISOString() }));
    server = await startGatusFake({ key: 'core_www', name: 'www', group: 'core', results, clock: () => real });
    const monitor = { source: 'gatus' as const, baseUrl: server.url, key: 'core_www', intervalSeconds: 60 };
    const YEAR = 365 * 86_400_000;

    // 1. The machine's clock (and so the pull's now) is a year ahead: the vendor's Date header says otherwise.
    const ahead = { now: new Date(real + YEAR), since: new Date(real + YEAR - 3_600_000), env: {}, fetch, clock: () => real + YEAR };
    const first = await createGatusSource(testHttp({ clock: ahead.clock })).pull(monitor, ahead);
    const v1 = vetObservations(first, { source: 'gatus', now: ahead.now, since: ahead.since, intervalSeconds: 60 });
    expect(v1.kind).toBe('refuse');
    expect(v1.kind === 'refuse' && v1.reason).toMatch(/disagree by 365 days.*this machine's clock is ahead/);

    // 2. Corrected: nothing was written by the first pull, so the window is the ordinary one and the data passes.
    const fixed = { now: new Date(real), since: new Date(real - 3_600_000), env: {}, fetch, clock: () => real };
    expect(checkWindow(fixed.since, fixed.now)).toBeUndefined();
    const second = await createGatusSource(testHttp({ clock: fixed.clock })).pull(monitor, fixed);
    const v2 = vetObservations(second, { source: 'gatus', now: fixed.now, since: fixed.since, intervalSeconds: 60 });
    expect(v2.kind).toBe('ok');
    expect(v2.kind === 'ok' && v2.observations.checks).toHaveLength(3);

    // 3. Had an earlier pull written with the clock ahead, the next one says so instead of asking for nothing.
    expect(checkWindow(new Date(real + YEAR), fixed.now)).toContain('365 days after');
  });
});
