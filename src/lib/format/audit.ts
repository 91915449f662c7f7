import type { HeaderFinding } from '../../schemas/history.ts';

/**
 * The probe's security-header audit in words: which of the audited headers fail (missing, or a value that does not do
 * its job, with what is wrong), in the order the audit lists them, or that all pass. Older audits say only present or
 * missing (`true` / `false`). Shown only where the client has opted in (DESIGN.md: a client's weaknesses never
 * appear on a public page without its opt-in); this function only words it.
 *
 * @example
 * describeSecurityHeaders({ 'strict-transport-security': true, 'content-security-policy': false })
 * // → 'security headers missing: content-security-policy'
 * describeSecurityHeaders({ 'strict-transport-security': { present: true, ok: false, value: 'max-age=0', problem: 'max-age 0 s is under six months' } })
 * // → 'security headers failing: strict-transport-security (max-age 0 s is under six months)'
 * describeSecurityHeaders({ 'strict-transport-security': true, 'x-content-type-options': true })
 * // → 'all 2 audited security headers present'
 */
export function describeSecurityHeaders(headers: Readonly<Record<string, boolean | HeaderFinding>>): string {
  const names = Object.keys(headers);
  const judged = names.some((name) => typeof headers[name] === 'object');
  const failing = names.filter((name) => {
    const h = headers[name]!;
    return typeof h === 'boolean' ? !h : !h.ok;
  });
  if (failing.length === 0) return `all ${names.length} audited security headers ${judged ? 'pass' : 'present'}`;
  if (!judged) return `security headers missing: ${failing.join(', ')}`;
  const why = (name: string) => {
    const h = headers[name]!;
    if (typeof h === 'boolean' || !h.present) return `${name} (missing)`;
    return `${name} (${h.problem ?? 'fails'})`;
  };
  return `security headers failing: ${failing.map(why).join(', ')}`;
}
