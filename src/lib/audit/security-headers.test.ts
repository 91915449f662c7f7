import { describe, expect, it } from 'vitest';
import { judgeSecurityHeader, MAX_VALUE_CHARS } from './security-headers.ts';

describe('judgeSecurityHeader', () => {
  const table: Array<[string, Array<[string, string | undefined]>]> = [
    [
      'strict-transport-security',
      [
        ['max-age=31536000; includeSubDomains; preload', undefined],
        ['max-age="15768000"', undefined],
        ['max-age=0', 'max-age 0 s (0 days) is under six months (15768000 s)'],
        ['max-age=86400', 'max-age 86400 s (1 day) is under six months (15768000 s)'],
        ['includeSubDomains', 'no max-age directive'],
        ['max-age=abc', 'max-age "abc" is not a number of seconds'],
        ['max-age=31536000; max-age=0', 'more than one max-age directive (browsers ignore the header)'],
      ],
    ],
    [
      'x-content-type-options',
      [
        ['nosniff', undefined],
        ['NoSniff', undefined],
        ['sniff', '"sniff" is not nosniff'],
        ['', '"" is not nosniff'],
      ],
    ],
    [
      'content-security-policy',
      [
        ["default-src 'self'; frame-ancestors 'none'", undefined],
        ['upgrade-insecure-requests', undefined],
        ['', 'empty policy'],
        [' ; ', 'no directive in the policy'],
      ],
    ],
    [
      'referrer-policy',
      [
        ['strict-origin-when-cross-origin', undefined],
        ['no-referrer, strict-origin-when-cross-origin', undefined],
        ['strict-origin-when-cross-origin, made-up', undefined],
        ['unsafe-url', 'unsafe-url sends the full URL, path and query included, to every site'],
        ['always', '"always" is not a known referrer policy'],
        ['', 'empty value (no policy)'],
      ],
    ],
  ];
  describe.each(table)('%s', (name, cases) => {
    it.each(cases)('%j → %s', (value, problem) => {
      const finding = judgeSecurityHeader(name, value);
      expect(finding).toEqual(problem === undefined ? { present: true, ok: true, value } : { present: true, ok: false, value, problem });
    });
    it('missing', () => expect(judgeSecurityHeader(name, undefined)).toEqual({ present: false, ok: false, problem: 'missing' }));
  });

  it('keeps at most 200 characters of a value, and judges the whole of it', () => {
    const csp = `default-src 'self'; ${'img-src https://cdn.example; '.repeat(20)}`;
    const finding = judgeSecurityHeader('content-security-policy', csp);
    expect(finding.ok).toBe(true);
    expect(finding.value).toHaveLength(MAX_VALUE_CHARS);
  });

  it('judges a repeated header as the browser sees it (joined with commas)', () => {
    expect(judgeSecurityHeader('x-content-type-options', ['nosniff', 'nosniff']).ok).toBe(true);
  });
});
