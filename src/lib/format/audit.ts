/**
 * The probe's security-header audit in words: which of the audited headers are missing, in the order the audit lists
 * them, or that all are present. Shown only where the client has opted in (DESIGN.md: a client's weaknesses never
 * appear on a public page without its opt-in); this function only words it.
 *
 * @example
 * describeSecurityHeaders({ 'strict-transport-security': true, 'content-security-policy': false })
 * // → 'security headers missing: content-security-policy'
 * describeSecurityHeaders({ 'strict-transport-security': true, 'x-content-type-options': true })
 * // → 'all 2 audited security headers present'
 */
export function describeSecurityHeaders(headers: Readonly<Record<string, boolean>>): string {
  const names = Object.keys(headers);
  const missing = names.filter((name) => !headers[name]);
  return missing.length === 0 ? `all ${names.length} audited security headers present` : `security headers missing: ${missing.join(', ')}`;
}
