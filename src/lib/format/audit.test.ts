import { describe, expect, it } from 'vitest';
import { describeSecurityHeaders } from './audit.ts';

describe('describeSecurityHeaders', () => {
  it.each<[string, Record<string, boolean>, string]>([
    ['all present', { 'strict-transport-security': true, 'x-content-type-options': true, 'x-frame-options': true }, 'all 3 audited security headers present'],
    ['one missing', { 'strict-transport-security': true, 'content-security-policy': false }, 'security headers missing: content-security-policy'],
    ['several missing, in audit order', { 'x-frame-options': false, 'strict-transport-security': true, 'content-security-policy': false }, 'security headers missing: x-frame-options, content-security-policy'],
  ])('%s', (_, headers, expected) => expect(describeSecurityHeaders(headers)).toBe(expected));
});
