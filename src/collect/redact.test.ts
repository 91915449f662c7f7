import { describe, expect, it } from 'vitest';
import { containsSecret, encodedForms, excerpt, MIN_CUT_PREFIX, redact, REDACTED, secretForms, secretValues, tokenEnvNames } from './redact.ts';

/** A token with the characters that change under each encoding: `/` (JSON `\/`, URL %2F), `+` (URL %2B), `"`. */
const TOKEN = 'tok_5up3r/s3cret+v"alue';
const forms = secretForms([TOKEN]);

describe('redact: a secret in every form it comes back in', () => {
  it.each([
    ['plain', TOKEN],
    ['URL-encoded', encodeURIComponent(TOKEN)],
    ['URL-encoded, lower-case hex', encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ['form-encoded', new URLSearchParams({ k: TOKEN }).toString().slice(2)],
    ['JSON-escaped', JSON.stringify(TOKEN).slice(1, -1)],
    ['JSON-escaped with \\/', JSON.stringify(TOKEN).slice(1, -1).replaceAll('/', '\\/')],
    ['inside a JSON body', JSON.stringify({ error: `invalid api_key ${TOKEN}` })],
  ])('%s', (_, form) => {
    const text = `vendor said: ${form} (end)`;
    const out = redact(text, forms);
    expect(out).toContain(REDACTED);
    expect(out).not.toContain('5up3r');
    expect(containsSecret(text, forms)).toBe(true);
  });

  it('replaces a longer secret whole even when it contains a shorter one', () => {
    expect(redact('x abcdefgh y abcd', secretForms(['abcd', 'abcdefgh']))).toBe(`x ${REDACTED} y ${REDACTED}`);
  });

  it('ignores empty, missing and too-short values', () => {
    expect(secretForms(['', undefined, 'abc', '  '])).toEqual([]);
    expect(redact('abc text', secretForms(['abc']))).toBe('abc text');
  });

  it('leaves text without secrets alone', () => {
    expect(redact('all good… really', forms)).toBe('all good… really');
  });
});

describe('redact: a secret cut short', () => {
  it.each([
    ['ends the text', `token ${TOKEN.slice(0, 12)}`, `token ${REDACTED}`],
    ['stands before an ellipsis', `token ${TOKEN.slice(0, 9)}… and more`, `token ${REDACTED}… and more`],
    ['is glued to the word before it', `key=${TOKEN.slice(0, MIN_CUT_PREFIX)}`, `key=${REDACTED}`],
    ['is URL-encoded', `u=${encodeURIComponent(TOKEN).slice(0, 14)}`, `u=${REDACTED}`],
  ])('when the prefix %s', (_, text, expected) => expect(redact(text, forms)).toBe(expected));

  it(`keeps endings shorter than ${MIN_CUT_PREFIX} characters (they are ordinary words)`, () => {
    expect(redact('see tok_5up', forms)).toBe('see tok_5up');
  });
});

describe('excerpt: redacted before it is cut', () => {
  it('a token across the cut never prints a prefix', () => {
    const text = `${'x'.repeat(110)} ${TOKEN} tail`;
    const out = excerpt(text, forms, 120);
    expect(out).toBe(`${'x'.repeat(110)} ${REDACTED.slice(0, 9)}…`);
    expect(out).not.toContain('tok_');
  });

  it('a prefix the vendor cut, now at the end of the excerpt, is redacted', () => {
    expect(excerpt(`error: bad token ${TOKEN.slice(0, 15)}`, forms, 120)).toBe(`error: bad token ${REDACTED}`);
  });

  it('a prefix left at the cut by text that only starts like the token is redacted', () => {
    const text = `${'x'.repeat(100)} ${TOKEN.slice(0, 12)}-not-the-token-but-looks-alike`;
    expect(excerpt(text, forms, 113)).toBe(`${'x'.repeat(100)} ${REDACTED}…`);
  });

  it('folds white space into one line and leaves short text whole', () => {
    expect(excerpt('  a\n\tb  ', forms)).toBe('a b');
  });
});

describe('encodedForms', () => {
  it('lists each form once', () => {
    expect(encodedForms('a/b c')).toEqual(['a/b c', 'a%2Fb%20c', 'a%2fb%20c', 'a%2Fb+c', 'a%2fb+c', 'a\\/b c']);
  });
});

describe('secretValues and tokenEnvNames', () => {
  it('finds every tokenEnv, even in broken data, and reads their values in every form', () => {
    const names = tokenEnvNames({ components: [{ monitor: { tokenEnv: 'A_TOKEN' } }, { monitor: { tokenEnv: 'B_TOKEN', x: [{ tokenEnv: 'C' }] } }] });
    expect([...names].sort()).toEqual(['A_TOKEN', 'B_TOKEN', 'C']);
    const values = secretValues(names, { A_TOKEN: 'abc/defg', B_TOKEN: ' ', C: undefined });
    expect(values).toEqual(['abc%2Fdefg', 'abc%2fdefg', 'abc\\/defg', 'abc/defg']);
  });
});
