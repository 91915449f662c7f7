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

/**
 * The frontmatter parsed as YAML (`{}` when empty), or undefined when there is none. Throws on invalid YAML.
 *
 * @example parseFrontmatter('---\ntitle: Outage\n---\nBody') // → { title: 'Outage' }
 */
export function parseFrontmatter(text: string): unknown {
  const yaml = frontmatterText(text);
  return yaml === undefined ? undefined : (parseYaml(yaml) ?? {});
}
