import { createHash } from 'node:crypto';

/** Statuspage's ids are 12 characters of lower-case letters and digits (`00km0kwpz23b`). */
export const STATUSPAGE_ID_LENGTH = 12;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A Statuspage-shaped id for a record, derived from what names it in content (its kind, the client, the file slug …),
 * so it is the same on every build and changes only if the record is renamed. SHA-256 of the parts, read as 12 base-36
 * digits: 62 bits, no realistic chance of two records sharing one.
 *
 * @example
 * statuspageId('incident', 'marlow-outdoor', '2026-11-22-card-payments-3d-secure') // → 12 characters such as 'k3v0…'
 */
export function statuspageId(...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let id = '';
  for (let i = 0; i < STATUSPAGE_ID_LENGTH; i++) id += ALPHABET[digest[i]! % ALPHABET.length];
  return id;
}
