import type { z } from 'astro/zod';

/**
 * Unknown keys are errors (the authored schemas are strict objects): a typo such as `monitr:` or `startedat:` would
 * otherwise be dropped silently, unmonitoring a component or changing the figures. This names the nearest known key.
 */

/** Levenshtein distance between two strings (insertions, deletions and substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known key nearest to `key`, if one is near enough to be a typo: a different case counts as nothing, and up to
 * a third of the key's letters (at least 2) may differ.
 *
 * @example nearestKey('monitr', ['id', 'name', 'monitor']) // → 'monitor'
 * @example nearestKey('startedat', ['startedAt', 'reportedAt']) // → 'startedAt'
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.key : undefined;
}

/**
 * The message for one unknown key. `missing` are the required keys of the same object that are not there: when the
 * key is not near any known one but exactly one required key is missing, that is the likely meaning
 * (`restoreTime:` for a missing `restoreTarget:`).
 */
export function unknownKeyMessage(key: string, known: readonly string[], missing: readonly string[] = []): string {
  const near = nearestKey(key, known);
  if (near) return `unknown field "${key}": did you mean "${near}"?`;
  if (missing.length === 1) return `unknown field "${key}": did you mean "${missing[0]}" (required, and missing)?`;
  return known.length ? `unknown field "${key}"; expected one of: ${known.join(', ')}` : `unknown field "${key}"`;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The object schema that `value` is checked against, looking through optional, default, pipes and unions. */
function unwrap(schema: unknown, value: unknown): z.ZodObject | undefined {
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(schema);
    if (!def) return undefined;
    switch (def.type) {
      case 'object':
        return schema as z.ZodObject;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        schema = def.innerType;
        break;
      case 'pipe':
        // A preprocess is a pipe from a transform into the schema that checks; otherwise the input side checks.
        schema = defOf(def.in)?.type === 'transform' ? def.out : def.in;
        break;
      case 'union': {
        const options = def.options as unknown[];
        const discriminator = def.discriminator as string | undefined;
        const objects = options.map((o) => unwrap(o, value)).filter((o) => o !== undefined);
        if (discriminator && value && typeof value === 'object') {
          const wanted = (value as Record<string, unknown>)[discriminator];
          const match = objects.find((o) => {
            const values = (defOf(o.shape[discriminator]) as { values?: unknown[] } | undefined)?.values;
            return values?.includes(wanted);
          });
          if (match) return match;
        }
        return objects[0];
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/**
 * The keys the schema knows for the object at `path` inside `data`, or undefined when there is no object schema there.
 *
 * @example knownKeysAt(clientSchema, ['components', 0], data) // → ['id', 'name', 'group', 'description', 'monitor', 'dependency']
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] | undefined {
  let node: unknown = schema;
  let value = data;
  for (const key of path) {
    const object = unwrap(node, value);
    if (object) node = object.shape[key as string];
    else {
      const def = defOf(node);
      if (def?.type === 'array') node = def.element;
      else {
        // An array behind optional/default: unwrap down to it.
        let inner: unknown = node;
        for (let d = defOf(inner); d && d.type !== 'array' && 'innerType' in d; d = defOf(inner)) inner = d.innerType;
        const arrayDef = defOf(inner);
        if (arrayDef?.type !== 'array') return undefined;
        node = arrayDef.element;
      }
    }
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  const object = unwrap(node, value);
  return object ? Object.keys(object.shape) : undefined;
}
