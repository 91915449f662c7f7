/**
 * Content that cannot be measured, such as a resolved incident without the time service was restored. The build
 * must fail on it (DESIGN.md: never publish from invalid content), naming the entry and the field.
 *
 * @example
 * throw new IncidentContentError('2026-03-06-shop-slow', 'restoredAt', 'is missing: …')
 * // Error: incident "2026-03-06-shop-slow": restoredAt is missing: …
 */
export class IncidentContentError extends Error {
  /** The incident's id (its file slug). */
  readonly incidentId: string;
  /** The frontmatter field at fault. */
  readonly field: string;

  constructor(incidentId: string, field: string, problem: string) {
    super(`incident "${incidentId}": ${field} ${problem}`);
    this.name = 'IncidentContentError';
    this.incidentId = incidentId;
    this.field = field;
  }
}
