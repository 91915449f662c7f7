/**
 * Whether a client's security findings may appear on its public pages (DESIGN.md, "What must never happen": a
 * client's security weaknesses never appear on a public page without that client's opt-in). The one place the rule
 * is written: view models pass an audit to a page only through this.
 *
 * @example publishedAudit({ publishSecurityAudit: true }, audit) // → audit
 * @example publishedAudit({}, audit) // → undefined
 */
export function publishedAudit<A>(client: { publishSecurityAudit?: boolean }, audit: A | undefined): A | undefined {
  return client.publishSecurityAudit === true ? audit : undefined;
}
