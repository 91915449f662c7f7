/**
 * Upstream providers on the status page (issue 8, §6): components marked `dependency: true` in client.yaml are shown
 * in a group of their own, after everything the agency runs, whatever group client.yaml gives them, so a visitor
 * tells "the shop is down" from "the shop's payment provider is down" at a glance. They never count in the agency's
 * SLA figures (src/lib/sla/proof.ts, and client.yaml refuses them in slaComponents).
 */

/** The status page group every dependency is shown in. */
export const DEPENDENCY_GROUP = 'Upstream providers';

/**
 * The components in the order and groups the status page shows them: the agency's own first, as listed, then the
 * dependencies, as listed, in DEPENDENCY_GROUP.
 *
 * @example
 * withDependencyGroup([{ id: 'pay', group: 'E-commerce', dependency: true }, { id: 'www', group: 'Production' }])
 * // → [{ id: 'www', group: 'Production' }, { id: 'pay', group: 'Upstream providers', dependency: true }]
 */
export function withDependencyGroup<C extends { group: string; dependency?: boolean }>(components: readonly C[]): C[] {
  const own = components.filter((c) => c.dependency !== true);
  const upstream = components.filter((c) => c.dependency === true).map((c) => ({ ...c, group: DEPENDENCY_GROUP }));
  return [...own, ...upstream];
}
