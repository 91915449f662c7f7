import { DateTime } from 'luxon';
import type { IncidentImpact } from '../vocabulary/status.ts';
import { worstStatus } from '../vocabulary/status.ts';

/**
 * What an importer makes of one external record before it is written: the frontmatter, the body, and every decision
 * that lost precision (said once, in words staff can check against the source).
 */
export interface Draft {
  kind: 'incident' | 'maintenance';
  /** `<source>:<id>`, kept in the file as `importedFrom` so a re-import recognises it. */
  externalId: string;
  title: string;
  /** The date for the file name, YYYY-MM-DD in the client's time zone (reportedAt, or the window's start). */
  date: string;
  /** Frontmatter, as the schema reads it (incidentSchema or maintenanceSchema). */
  data: Record<string, unknown>;
  /** The MDX body (Markdown). */
  body: string;
  /** Decisions that lost precision or filled a gap. */
  notes: string[];
}

/** A record the importer did not turn into a draft, and why. */
export interface Skipped {
  externalId: string;
  title: string;
  reason: string;
}

/** A component as the source names it: by code (Statuspage's id) and name. */
export interface SourceComponent {
  code?: string;
  name: string;
}

/** What the importers know of the client they import into. */
export interface ImportTarget {
  clientId: string;
  timeZone: string;
  /** The client's components from client.yaml. */
  components: ReadonlyArray<{ id: string; name: string }>;
  /**
   * The mapping file: source component code or name → component id, or null to leave that component out (deleted
   * or a placeholder). Keys are matched exactly for codes and case-insensitively for names.
   */
  mapping: ReadonlyMap<string, string | null>;
  /** The component for records that name none (`--component`). */
  fallbackComponent?: string;
}

/** Turns source components into the client's ids, and remembers those that client.yaml does not have yet. */
export class ComponentResolver {
  /** Components not in client.yaml: id → the name the source gives. */
  readonly missing = new Map<string, string>();
  private readonly target: ImportTarget;
  private readonly byName: Map<string, string>;

  constructor(target: ImportTarget) {
    this.target = target;
    this.byName = new Map(target.components.map((c) => [c.name.toLowerCase(), c.id]));
  }

  /** The component id, null when the mapping leaves it out. */
  resolve(ref: SourceComponent): { id: string | null; how: 'mapping' | 'client' | 'new' } {
    const { mapping } = this.target;
    const lower = ref.name.toLowerCase();
    for (const [key, value] of mapping) {
      if ((ref.code && key === ref.code) || key.toLowerCase() === lower) return { id: value, how: 'mapping' };
    }
    const ids = new Set(this.target.components.map((c) => c.id));
    const bySlug = slugify(ref.name);
    if (ids.has(bySlug)) return { id: bySlug, how: 'client' };
    const named = this.byName.get(lower);
    if (named) return { id: named, how: 'client' };
    this.missing.set(bySlug, ref.name);
    return { id: bySlug, how: 'new' };
  }

  /** The lines to add under `components:` in client.yaml for every component that is not there yet. */
  linesToAdd(): string {
    return [...this.missing]
      .map(([id, name]) => `  - id: ${id}\n    name: ${JSON.stringify(name)}\n    group: Production`)
      .join('\n');
  }
}

/**
 * A lower-case slug of a title, at most `words` words.
 *
 * @example slugify('Incident with Actions and Git Operations') // → 'incident-with-actions-and-git-operations'
 */
export function slugify(text: string, words = 8): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, words)
    .join('-');
  return slug || 'untitled';
}

/** The calendar date of an instant in a time zone. */
export function localDate(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(timeZone).toISODate()!;
}

/** The worst of several impacts (Statuspage's order), undefined for none. */
export function worstImpact(impacts: readonly IncidentImpact[]): IncidentImpact | undefined {
  return impacts.length ? (worstStatus(impacts) as IncidentImpact) : undefined;
}
