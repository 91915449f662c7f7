import { describe, expect, it } from 'vitest';
import { describeSecurityHeaders } from './audit.ts';

describe('describeSecurityHeaders', () => {
  it.each<[string, Record<string, boolean>, string]>([
    ['all present', { 'strict-transport-security': true, 'x-content-type-options': true, 'x-frame-options': true }, 'all 3 audited security headers present'],
    ['one missing', { 'strict-transport-security': true, 'content-security-policy': false }, 'security headers missing: content-security-policy'],
    ['several missing, in audit order', { 'x-frame-options': false, 'strict-transport-security': true, 'content-security-policy': false }, 'security headers missing: x-frame-options, content-security-policy'],
  ])('%s', (_, headers, expected) => expect(describeSecurityHeaders(headers)).toBe(expected));

  it.each<[string, Record<string, boolean | { present: boolean; ok: boolean; value?: string; problem?: string }>, string]>([
    ['judged, all pass', { 'x-content-type-options': { present: true, ok: true, value: 'nosniff' } }, 'all 1 audited security headers pass'],
    [
      'judged: a weak value and a missing header, each with its reason',
      {
        'strict-transport-security': { present: true, ok: false, value: 'max-age=0', problem: 'max-age 0 s is under six months' },
        'x-content-type-options': { present: true, ok: true, value: 'nosniff' },
        'content-security-policy': { present: false, ok: false, problem: 'missing' },
      },
      'security headers failing: strict-transport-security (max-age 0 s is under six months), content-security-policy (missing)',
    ],
  ])('%s', (_, headers, expected) => expect(describeSecurityHeaders(headers)).toBe(expected));
});
