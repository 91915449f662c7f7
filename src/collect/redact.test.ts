import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsSecret, encodedForms, excerpt, MIN_CUT_PREFIX, MIN_ENCODED_LENGTH, redact, REDACTED, secretForms, secretValues, tokenEnvNames } from './redact.ts';

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
    const values = secretValues(names, { A_TOKEN: 'abc/def', B_TOKEN: ' ', C: undefined });
    expect(values).toEqual(['abc%2Fdef', 'abc%2fdef', 'abc\\/def', 'abc/def']);
  });
});

/** Independent encoders: how a vendor, a proxy or a log formatter may spell a token it echoes back. */
const ENCODERS: Record<string, (token: string) => string> = {
  plain: (t) => t,
  'URL-encoded': (t) => encodeURIComponent(t),
  'URL-encoded, every character': (t) => [...Buffer.from(t)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  'URL-encoded twice': (t) => encodeURIComponent(encodeURIComponent(t)),
  'form-encoded': (t) => new URLSearchParams({ k: t }).toString().slice(2),
  'JSON string': (t) => JSON.stringify(t),
  'JSON with \\/': (t) => JSON.stringify(t).replaceAll('/', '\\/'),
  'JSON with \\u escapes (Go, Python ensure_ascii)': (t) =>
    t.split('').map((c) => (/[A-Za-z0-9]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join(''),
  'HTML character references': (t) => [...t].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `&#${c.codePointAt(0)};`)).join(''),
  'HTML hex references': (t) => [...t].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`)).join(''),
  base64: (t) => Buffer.from(t).toString('base64'),
  'base64url, unpadded': (t) => Buffer.from(t).toString('base64url'),
  'Basic authorization (user:token)': (t) => `Basic ${Buffer.from(`api:${t}`).toString('base64')}`,
  'base64 of a JSON body holding it': (t) => Buffer.from(JSON.stringify({ key: t, n: 1 })).toString('base64'),
  hex: (t) => Buffer.from(t).toString('hex'),
  'HEX': (t) => Buffer.from(t).toString('hex').toUpperCase(),
  'base64, then URL-encoded': (t) => encodeURIComponent(Buffer.from(`x${t}`).toString('base64')),
  'base64 inside JSON with \\/': (t) => JSON.stringify(Buffer.from(`ab${t}`).toString('base64')).replaceAll('/', '\\/'),
};

/** Whether any base64 run of a text, at any of its 4 offsets and in either alphabet, decodes to bytes holding the token. */
function base64Holds(text: string, token: string): boolean {
  const needle = Buffer.from(token);
  for (const run of text.match(/[A-Za-z0-9+/_-]{4,}/g) ?? []) {
    for (let offset = 0; offset < 4; offset++) {
      const part = run.slice(offset);
      const decoded = Buffer.from(part.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
      if (decoded.includes(needle)) return true;
    }
  }
  return false;
}

/** Whether the text still spells the token in a form a reader could decode: any encoder's output, or base64 of it. */
function leaks(text: string, token: string): boolean {
  return Object.values(ENCODERS).some((encode) => text.includes(encode(token))) || base64Holds(text, token) || text.includes(Buffer.from(token).toString('hex'));
}

describe('redact: every encoding', () => {
  const token = 'sk_live_9fA/b+c=d.e~f"g\\h';
  it.each(Object.entries(ENCODERS))('%s', (_, encode) => {
    const out = redact(`vendor said: ${encode(token)} (end)`, secretForms([token]));
    expect(out).toContain(REDACTED);
    expect(leaks(out, token)).toBe(false);
    expect(out).toMatch(/^vendor said: .*\(end\)$/);
  });

  it('keeps the text around a base64 secret, and takes only the base64 characters that hold its bits', () => {
    const encoded = Buffer.from(`api:${token}`).toString('base64');
    const out = redact(`Authorization: Basic ${encoded} (echoed)`, secretForms([token]));
    // What is left of the run is the base64 of "api" (the user name): 24 bits that owe nothing to the token.
    expect(out).toBe(`Authorization: Basic ${encoded.slice(0, 3)}${REDACTED} (echoed)`);
    expect(leaks(out, token)).toBe(false);
  });

  it(`adds base64 and hex forms only for secrets of at least ${MIN_ENCODED_LENGTH} characters`, () => {
    expect(encodedForms('abcdefg').some((f) => f === Buffer.from('abcdefg').toString('hex'))).toBe(false);
    expect(encodedForms('abcdefgh')).toContain(Buffer.from('abcdefgh').toString('hex'));
  });

  it('finds a secret whose characters are encoded in a mix of ways', () => {
    const mixed = `tok%2Fa\\u002Fb&#47;c`;
    expect(redact(`x ${mixed} y`, secretForms(['tok/a/b/c']))).toBe(`x ${REDACTED} y`);
  });

  it('containsSecret sees every encoding too', () => {
    for (const encode of Object.values(ENCODERS)) expect(containsSecret(`… ${encode(token)} …`, secretForms([token]))).toBe(true);
    expect(containsSecret('nothing here', secretForms([token]))).toBe(false);
  });
});

describe('redact at agency size', () => {
  // A pull redacts with one list of forms per source. Each list's pattern is megabytes of machine code once V8 has
  // run it twice; keeping every list's pattern crashed Node at about 210 sources ("JavaScript heap out of memory").
  it('redacts with the tokens of 400 sources, each used again and again, without running out of memory', () => {
    for (let source = 0; source < 400; source++) {
      const token = `k3y/${source}+é€🔑"${'x'.repeat(source % 20)}_end`;
      const forms = secretForms([token]);
      for (const text of [`bad ${token} here`, `bad ${encodeURIComponent(token)} here`, JSON.stringify({ key: token })]) {
        const out = redact(text, forms);
        expect(out).toContain(REDACTED);
        expect(out).not.toContain('k3y');
      }
    }
  }, 120_000);
});

// Hundreds of random cases each: generous time so a busy machine does not fail them (speed is the bench's job).
describe('redact: properties over random tokens and encodings', { timeout: 180_000 }, () => {
  // Tokens as vendors issue them (letters, digits, the punctuation of base64, JWTs and URL-safe keys) and some
  // characters that every encoder treats differently.
  const tokenChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./+=~:"\\ é€'.split(''), '🔑');
  const tokenArb = fc.array(tokenChar, { minLength: 12, maxLength: 48 }).map((cs) => cs.join('')).filter((t) => t.trim() === t && t.trim().length >= 12);
  const encoderArb = fc.constantFrom(...Object.keys(ENCODERS));
  // Surrounding text from characters that cannot form or extend a token by chance.
  const filler = fc.array(fc.constantFrom(' ', '{', '}', '"', ':', ',', '(', ')', '\n', '…', '<', '>'), { maxLength: 60 }).map((cs) => cs.join(''));

  it('no redacted text spells the token in any encoding', () => {
    fc.assert(
      fc.property(tokenArb, encoderArb, filler, filler, (token, encoder, before, after) => {
        const out = redact(`${before}${ENCODERS[encoder]!(token)}${after}`, secretForms([token]));
        return !leaks(out, token) && out.includes(REDACTED);
      }),
      { numRuns: 400 },
    );
  });

  // Encoders whose output begins with the token's own first characters, so a cut can leave a readable beginning.
  const STARTS_WITH_TOKEN = ['plain', 'URL-encoded', 'URL-encoded, every character', 'URL-encoded twice', 'form-encoded', 'JSON with \\u escapes (Go, Python ensure_ascii)', 'HTML character references', 'HTML hex references', 'base64', 'base64url, unpadded', 'hex', 'HEX'];

  it('no excerpt, cut anywhere, shows the token, or its beginning at the cut', () => {
    fc.assert(
      fc.property(tokenArb, fc.constantFrom(...STARTS_WITH_TOKEN), filler, fc.integer({ min: 10, max: 160 }), (token, encoder, before, max) => {
        const encoded = ENCODERS[encoder]!(token);
        const out = excerpt(`${before}${encoded} trailing words`, secretForms([token]), max);
        if (leaks(out, token)) return false;
        if (!out.endsWith('…')) return true;
        const word = out.slice(0, -1).split(/\s/).pop()!;
        for (let i = 0; i <= word.length - MIN_CUT_PREFIX; i++) if (encoded.startsWith(word.slice(i))) return false;
        return true;
      }),
      { numRuns: 600 },
    );
  });

  it('base64 at any alignment inside random bytes is found', () => {
    fc.assert(
      fc.property(tokenArb, fc.uint8Array({ maxLength: 7 }), fc.uint8Array({ maxLength: 7 }), (token, pre, post) => {
        const encoded = Buffer.concat([Buffer.from(pre), Buffer.from(token), Buffer.from(post)]).toString('base64');
        const out = redact(`data=${encoded};`, secretForms([token]));
        return !base64Holds(out, token) && out.startsWith('data=') && out.endsWith(';');
      }),
      { numRuns: 400 },
    );
  });

  it('redaction is idempotent and leaves secret-free text alone', () => {
    fc.assert(
      fc.property(tokenArb, filler, (token, text) => {
        const forms = secretForms([token]);
        const once = redact(`${text}${token}${text}`, forms);
        return redact(once, forms) === once && redact(text, forms) === text;
      }),
      { numRuns: 200 },
    );
  });
});
