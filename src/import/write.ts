import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { slugify } from './draft.ts';

/**
 * Writing new content files for importers and scaffolders: one naming rule (YYYY-MM-DD-<slug>.mdx), never an overwrite.
 */

/** An MDX file's text: frontmatter as YAML between --- lines, then the body. */
export function mdxFile(data: Record<string, unknown>, body: string): string {
  const yaml = stringify(data, { lineWidth: 0 });
  return `---\n${yaml}---\n${body ? `\n${body.endsWith('\n') ? body : `${body}\n`}` : ''}`;
}

/**
 * A free file name in `dir` for a record of `date` titled `title`: `YYYY-MM-DD-<slug>.mdx`, with `-2`, `-3` … when
 * the name is taken on disk or by `taken`.
 *
 * @example freeFileName('/c/acme/incidents', '2026-10-03', 'Checkout down', new Set()) // → '2026-10-03-checkout-down.mdx'
 */
export function freeFileName(dir: string, date: string, title: string, taken: ReadonlySet<string>): string {
  const stem = `${date}-${slugify(title, 6)}`;
  const onDisk = new Set(existsSync(dir) ? readdirSync(dir) : []);
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.mdx`;
    if (!onDisk.has(name) && !taken.has(name)) return name;
  }
}

/** Writes a new file, refusing to replace one that exists (even if it appeared since the name was chosen). */
export function writeNew(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}

/** `path` relative to `cwd`, with forward slashes, as messages show files. */
export const shown = (path: string, cwd = process.cwd()) => relative(cwd, path).split('\\').join('/');
