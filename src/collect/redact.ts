/**
 * Secrets never reach a log line or a file: every line the pull prints, and every history file before it is
 * written, passes through here. The secrets are the values of the environment variables that client.yaml names
 * as `tokenEnv`, in plain and URL-encoded form (a vendor may echo a request URL or form body back).
 */

/** Shown instead of a secret. */
export const REDACTED = '[redacted]';

/** Values shorter than this are not treated as secrets: redacting them would garble every message. */
const MIN_SECRET_LENGTH = 4;

/** Every `tokenEnv` named anywhere in a parsed client.yaml (valid or not), so even a broken file's tokens are known. */
export function tokenEnvNames(data: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) tokenEnvNames(item, into);
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'tokenEnv' && typeof value === 'string') into.add(value);
      else tokenEnvNames(value, into);
    }
  }
  return into;
}

/** The secret values held by the named environment variables. */
export function secretValues(names: Iterable<string>, env: Readonly<Record<string, string | undefined>>): string[] {
  const values = new Set<string>();
  for (const name of names) {
    const value = env[name]?.trim();
    if (!value || value.length < MIN_SECRET_LENGTH) continue;
    values.add(value);
    values.add(encodeURIComponent(value));
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...values].sort((a, b) => b.length - a.length);
}

/** A function that replaces every secret in a text. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  return (text) => secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}

/** Whether a text contains any secret. */
export const containsSecret = (text: string, secrets: readonly string[]) => secrets.some((s) => text.includes(s));
