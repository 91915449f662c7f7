import { parse as parseYaml } from 'yaml';

/**
 * The one frontmatter reader: the YAML between `---` lines at the very top of an MDX file (and the script fence of
 * an .astro file, which is written the same way). Astro reads frontmatter for the build itself; this is for
 * everything else that reads content before or outside a build (validation, the demo history script, tests).
 */

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/**
 * The text between the `---` lines at the top, or undefined when the file does not start with one.
 *
 * @example frontmatterText('---\ntitle: Outage\n---\nBody') // → 'title: Outage'
 */
export function frontmatterText(text: string): string | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? (match[1] ?? '') : undefined;
}

/** A file split at its frontmatter: the YAML (undefined when there is none), the body, and the line the body starts on. */
export interface SplitFile {
  yaml: string | undefined;
  body: string;
  /** 1-based line of the file on which `body` begins. */
  bodyLine: number;
}

/**
 * Splits a file into its frontmatter and body.
 *
 * @example splitFrontmatter('---\ntitle: x\n---\nBody') // → { yaml: 'title: x', body: 'Body', bodyLine: 4 }
 */
export function splitFrontmatter(text: string): SplitFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: undefined, body: text, bodyLine: 1 };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1) };
}

/**
 * The frontmatter parsed as YAML (`{}` when empty), or undefined when there is none. Throws on invalid YAML.
 *
 * @example parseFrontmatter('---\ntitle: Outage\n---\nBody') // → { title: 'Outage' }
 */
export function parseFrontmatter(text: string): unknown {
  const yaml = frontmatterText(text);
  return yaml === undefined ? undefined : (parseYaml(yaml) ?? {});
}
