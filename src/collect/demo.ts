import type { HistoryAudit, HistoryCheck, HistoryPeriod } from '../schemas/history.ts';
import type { IncidentImpact, ObservedStatus } from '../vocabulary/status.ts';
import type { Monitor } from '../schemas/monitor.ts';
import type { Observations } from './source.ts';

/**
 * Deterministic demo monitor data (scripts/demo-history.ts): what a monitor would have seen over the last `days`
 * days of a demo, pure and seeded, so the committed demo history is reproducible byte for byte.
 *
 * - one check per interval (with a few seconds of jitter), response times from a seeded PRNG: a per-component
 *   baseline, a daily rhythm, noise and the odd slow request;
 * - inside each declared impact (from the incidents' frontmatter) the checks show that impact, so the monitor and
 *   the incidents agree;
 * - a few short monitor-only blips (a check or two failing, nobody declared an incident);
 * - optionally one monitoring gap: no checks, and a `no_data` period as a failed pull records it.
 */

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/** mulberry32: a small, fast, seedable PRNG (public domain), enough for demo data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string's 32-bit FNV-1a hash, to seed a PRNG per component. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A span in which the monitor saw a declared impact. */
export interface DemoImpact {
  from: number;
  to: number;
  status: IncidentImpact;
}

export interface DemoSpec {
  /** `<client>/<component>`: seeds the PRNG. */
  key: string;
  monitor: Monitor;
  /** Spans with declared impact on this component. */
  impacts: readonly DemoImpact[];
  /** How many monitor-only blips to place. */
  blips: number;
  /** A monitoring gap to leave, if any. */
  gap?: { from: number; to: number };
}

/** Baseline response time in ms by what the URL looks like. */
function baselineMs(monitor: Monitor, rand: () => number): number {
  const url = 'url' in monitor && monitor.url ? monitor.url : '';
  const base = /health|\.js$/.test(url) ? 60 : /api|search/.test(url) ? 140 : /staging|uat/.test(url) ? 380 : 210;
  return base * (0.8 + 0.4 * rand());
}

/** Whether t falls in any span, with a margin. */
const near = (t: number, spans: readonly { from: number; to: number }[], margin: number) =>
  spans.some((s) => t >= s.from - margin && t < s.to + margin);

/**
 * The observations for one component over [asOf − days, asOf].
 *
 * @example
 * demoObservations({ key: 'acme/www', monitor, impacts: [], blips: 1 }, { asOf: Date.parse('2026-11-22T12:00:00Z'), days: 100 })
 */
export function demoObservations(spec: DemoSpec, options: { asOf: number; days: number }): Observations {
  const rand = prng(seedOf(spec.key));
  const interval = spec.monitor.intervalSeconds * 1000;
  const start = Math.ceil((options.asOf - options.days * DAY_MS) / interval) * interval;
  const base = baselineMs(spec.monitor, rand);
  // Only a monitor with a threshold calls slowness degraded (as the probe does); impacts set it regardless.
  const threshold = 'degradedAboveMs' in spec.monitor ? spec.monitor.degradedAboveMs : undefined;
  const degradedAbove = threshold ?? 2500;

  // Blips: away from incidents and the gap, not in the last day, one or two checks each.
  const blips: Array<{ from: number; to: number }> = [];
  for (let tries = 0; blips.length < spec.blips && tries < 100; tries++) {
    const at = start + Math.floor(rand() * (options.days - 1) * (DAY_MS / interval)) * interval;
    const avoid = [...spec.impacts, ...(spec.gap ? [spec.gap] : []), ...blips];
    if (!near(at, avoid, 6 * 60 * MIN_MS)) blips.push({ from: at, to: at + (rand() < 0.5 ? 1 : 2) * interval });
  }

  const checks: HistoryCheck[] = [];
  for (let slot = start; slot <= options.asOf; slot += interval) {
    const jitter = Math.floor(rand() * 12) * 1000;
    const at = Math.min(slot + jitter, options.asOf);
    const noise = rand();
    const spike = rand();
    if (spec.gap && at >= spec.gap.from && at < spec.gap.to) continue;
    // A daily rhythm: busier (slower) in the UTC afternoon.
    const hour = (at % DAY_MS) / 3_600_000;
    const rhythm = 1 + 0.25 * Math.sin(((hour - 9) / 24) * 2 * Math.PI);
    let ms = Math.round(base * rhythm * (0.75 + 0.5 * noise) * (spike < 0.01 ? 3 + 4 * spike * 100 : 1));
    let status: ObservedStatus = 'operational';
    const impact = spec.impacts.find((i) => at >= i.from && at < i.to);
    if (impact) status = impact.status;
    else if (blips.some((b) => at >= b.from && at < b.to)) status = 'major_outage';
    else if (threshold !== undefined && ms > threshold) status = 'degraded_performance';
    if (status === 'degraded_performance') ms = Math.max(ms, Math.round(degradedAbove * (1.2 + noise)));
    if (status === 'partial_outage') ms = Math.round(ms * (1.5 + noise));
    checks.push({ at: new Date(at).toISOString(), status, responseMs: status === 'major_outage' ? null : ms });
  }

  const periods: HistoryPeriod[] = [];
  if (spec.gap) {
    // As a failed pull records it: from the end of the last check's standing to the next successful pull.
    const before = checks.filter((c) => Date.parse(c.at) < spec.gap!.from).at(-1);
    const from = before ? Date.parse(before.at) + 2 * interval : spec.gap.from;
    if (from < spec.gap.to) periods.push({ from: new Date(from).toISOString(), to: new Date(spec.gap.to).toISOString(), status: 'no_data' });
  }

  let audit: HistoryAudit | undefined;
  if (spec.monitor.source === 'probe') {
    const https = spec.monitor.url.startsWith('https:');
    const expires = options.asOf + Math.floor(12 + rand() * 70) * DAY_MS + Math.floor(rand() * 24) * 3_600_000;
    audit = {
      at: new Date(options.asOf).toISOString(),
      tlsExpiresAt: https ? new Date(expires).toISOString() : null,
      tlsDaysLeft: https ? Math.floor((expires - options.asOf) / DAY_MS) : null,
      headers: {
        'content-security-policy': rand() < 0.6,
        'referrer-policy': rand() < 0.8,
        'strict-transport-security': https && rand() < 0.9,
        'x-content-type-options': rand() < 0.9,
      },
    };
  }
  return { checks, periods, ...(audit ? { audit } : {}) };
}
