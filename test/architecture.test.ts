// The layers of src/ and the rules that keep domain code pure, checked on every file's imports (static
// `import … from`, `export … from`, `import()`, `import('…').Type`, `require()`), parsed with the TypeScript compiler so
// comments and strings never count. A failure lists every offending file, line and import.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { frontmatterText } from '../src/validate/frontmatter.ts';
import { REPO } from './helpers/run.ts';

// ─── The rules ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Layers, lowest first. A file may import its own layer and any lower one, never a higher one. Every file under src/
 * must fall in one of them (a new folder gets a row here).
 */
const LAYERS: ReadonlyArray<{ rank: number; layer: string; path: string; holds: string }> = [
  { rank: 0, layer: 'vocabulary', path: 'src/vocabulary/', holds: 'status vocabulary' },
  { rank: 1, layer: 'schemas', path: 'src/schemas/', holds: 'zod schemas, types inferred from them' },
  { rank: 2, layer: 'lib', path: 'src/lib/', holds: 'pure domain logic: no I/O, no clock, no environment' },
  { rank: 3, layer: 'config', path: 'src/config/', holds: 'the environment variables pull and build share' },
  { rank: 4, layer: 'history', path: 'src/history/', holds: 'history file format, read by pull and build' },
  { rank: 4, layer: 'collect', path: 'src/collect/', holds: 'the pull: sources and the history store' },
  { rank: 4, layer: 'validate', path: 'src/validate/', holds: 'content validation' },
  { rank: 4, layer: 'import', path: 'src/import/', holds: 'writing content files: importers and scaffolders' },
  { rank: 5, layer: 'data', path: 'src/data/', holds: 'view models for pages' },
  { rank: 6, layer: 'integrations', path: 'src/integrations/', holds: 'Astro integrations' },
  { rank: 6, layer: 'components', path: 'src/components/', holds: 'Astro components' },
  { rank: 6, layer: 'layouts', path: 'src/layouts/', holds: 'page layouts' },
  { rank: 6, layer: 'islands', path: 'src/islands/', holds: 'React islands' },
  { rank: 7, layer: 'pages', path: 'src/pages/', holds: 'thin routes' },
  { rank: 8, layer: 'content.config', path: 'src/content.config.ts', holds: 'content collections' },
];

/** Imports that the ranks allow but that are forbidden all the same (pull side and build side stay apart). */
const FORBIDDEN: ReadonlyArray<{ from: string; to: string; why: string }> = [
  { from: 'collect', to: 'validate', why: 'the pull does not depend on content validation' },
  { from: 'collect', to: 'data', why: 'the pull does not depend on view models' },
  { from: 'data', to: 'collect', why: 'the build reads history through src/history, never through the pull' },
  { from: 'history', to: 'collect', why: 'the history format is shared by pull and build, so it cannot depend on the pull' },
];

/** Modules that do I/O (files, processes, network, the machine), which src/lib (tests aside) never imports. */
const IO_MODULES: readonly RegExp[] = [
  /^(node:)?(fs|fs\/promises|child_process|net|http|https|http2|dgram|dns|dns\/promises|tls|os|process|readline|worker_threads|cluster|inspector|v8|vm)$/,
  /^astro:/, // astro:content, astro:assets …: the build's I/O
  /^(proper-lockfile|undici|node-fetch|axios)$/,
];

/** Reads of the clock or the environment, which src/lib (tests aside) never does: they are parameters. */
const CLOCK_READS: ReadonlyArray<{ name: string; matches: (node: ts.Node) => boolean }> = [
  { name: 'new Date()', matches: (n) => ts.isNewExpression(n) && isIdentifier(n.expression, 'Date') && !n.arguments?.length },
  { name: 'Date()', matches: (n) => ts.isCallExpression(n) && isIdentifier(n.expression, 'Date') },
  { name: 'Date.now', matches: (n) => isAccess(n, 'Date', 'now') },
  { name: 'performance.now', matches: (n) => isAccess(n, 'performance', 'now') },
  { name: 'process.env', matches: (n) => isAccess(n, 'process', 'env') },
  { name: 'process.hrtime', matches: (n) => isAccess(n, 'process', 'hrtime') },
];

/** Folder that nothing under src/ (tests aside) may import from. */
const TEST_FOLDER = 'test/';

/** The files checked. */
const CHECKED = /\.(ts|tsx|mts|mjs|js|astro)$/;
const isTestFile = (path: string) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(path);

// ─── The checker ────────────────────────────────────────────────────────────────────────────────────────────────

/** A file to check: its path relative to the repository (with /), and its text. */
export interface SourceText {
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  line: number;
  /** The import specifier, or the clock read. */
  what: string;
  rule: 'layer' | 'forbidden' | 'lib-io' | 'lib-clock' | 'test-import' | 'unknown-layer';
  why: string;
}

/** Every import and clock read of one file, with the line it is on. */
interface Found {
  imports: Array<{ specifier: string; line: number }>;
  clockReads: Array<{ name: string; line: number }>;
}

function isIdentifier(node: ts.Node, name: string): boolean {
  return ts.isIdentifier(node) && node.text === name;
}

function isAccess(node: ts.Node, object: string, property: string): boolean {
  return (
    (ts.isPropertyAccessExpression(node) && isIdentifier(node.expression, object) && node.name.text === property) ||
    (ts.isElementAccessExpression(node) &&
      isIdentifier(node.expression, object) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === property)
  );
}

/** The script parts of a file with the line each starts on: the whole file, or an .astro file's fence and scripts. */
function scriptBlocks(file: SourceText): Array<{ code: string; firstLine: number }> {
  if (!file.path.endsWith('.astro')) return [{ code: file.text, firstLine: 1 }];
  const blocks: Array<{ code: string; firstLine: number }> = [];
  const fence = frontmatterText(file.text);
  if (fence !== undefined) blocks.push({ code: fence, firstLine: 2 });
  for (const m of file.text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = m.index + m[0].indexOf('>') + 1;
    blocks.push({ code: m[1]!, firstLine: file.text.slice(0, start).split('\n').length });
  }
  return blocks;
}

function scan(file: SourceText): Found {
  const found: Found = { imports: [], clockReads: [] };
  for (const block of scriptBlocks(file)) {
    const kind = file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file.path, block.code, ts.ScriptTarget.Latest, true, kind);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + block.firstLine;
    const add = (literal: ts.Node | undefined, at: ts.Node) => {
      if (literal && ts.isStringLiteralLike(literal)) found.imports.push({ specifier: literal.text, line: lineOf(at) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier, node);
      else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node);
      else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || isIdentifier(node.expression, 'require'))) {
        add(node.arguments[0], node);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, node);
      for (const read of CLOCK_READS) if (read.matches(node)) found.clockReads.push({ name: read.name, line: lineOf(node) });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The layer a repository path lies in, the most specific row first; undefined outside src/'s table. */
function layerOf(path: string) {
  return LAYERS.filter((l) => (l.path.endsWith('/') ? path.startsWith(l.path) : path === l.path)).sort((a, b) => b.path.length - a.path.length)[0];
}

/**
 * Checks files under src/ against the rules above and returns every violation (empty when all is well). Files
 * outside src/ are not checked (scripts/ and test/ may import anything).
 */
export function checkArchitecture(files: readonly SourceText[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (!file.path.startsWith('src/') || !CHECKED.test(file.path)) continue;
    const from = layerOf(file.path);
    const test = isTestFile(file.path);
    if (!from) {
      violations.push({ file: file.path, line: 1, what: file.path, rule: 'unknown-layer', why: 'not in any layer: add its folder to LAYERS' });
      continue;
    }
    const { imports, clockReads } = scan(file);
    for (const { specifier, line } of imports) {
      const v = (rule: Violation['rule'], why: string) => violations.push({ file: file.path, line, what: specifier, rule, why });
      if (!specifier.startsWith('.')) {
        if (from.layer === 'lib' && !test && IO_MODULES.some((m) => m.test(specifier))) v('lib-io', 'src/lib is pure: no I/O modules');
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
      if (target.startsWith(TEST_FOLDER)) {
        if (!test) v('test-import', 'code under src/ never depends on test/');
        continue;
      }
      const to = layerOf(target);
      if (!to) continue;
      if (to.rank > from.rank) v('layer', `${from.layer} (layer ${from.rank}) imports ${to.layer} (layer ${to.rank}): import downward only`);
      const forbidden = FORBIDDEN.find((f) => f.from === from.layer && f.to === to.layer);
      if (forbidden) v('forbidden', `${from.layer} must not import ${to.layer}: ${forbidden.why}`);
    }
    if (from.layer === 'lib' && !test) {
      for (const { name, line } of clockReads) {
        violations.push({ file: file.path, line, what: name, rule: 'lib-clock', why: 'src/lib reads no clock and no environment: take it as a parameter' });
      }
    }
  }
  return violations;
}

/** One line per violation, for the failure message. */
const describeViolation = (v: Violation) => `${v.file}:${v.line}  ${v.what}  [${v.rule}] ${v.why}`;

/** Every checked file under src/ of this repository. */
function repositorySources(): SourceText[] {
  const out: SourceText[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (CHECKED.test(entry.name)) out.push({ path: relative(REPO, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(REPO, 'src'));
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

// ─── Tests ──────────────────────────────────────────────────────────────────────────────────────────────────────

describe('architecture of src/', () => {
  it('follows every rule (the list names each offending file, line and import)', () => {
    const files = repositorySources();
    expect(files.length).toBeGreaterThan(50);
    expect(checkArchitecture(files).map(describeViolation)).toEqual([]);
  });

  it('reads the imports of real files of every kind (so a clean result means something)', () => {
    const files = repositorySources();
    for (const ending of ['.ts', '.astro']) {
      const ofKind = files.filter((f) => f.path.endsWith(ending) && !isTestFile(f.path));
      const imports = ofKind.flatMap((f) => scan(f).imports);
      expect(imports.length, ending).toBeGreaterThan(ofKind.length);
      expect(imports.some((i) => i.specifier.startsWith('../')), ending).toBe(true);
    }
  });
});

describe('checkArchitecture catches each kind of violation', () => {
  const check = (path: string, text: string) => checkArchitecture([{ path, text }]).map((v) => `${v.rule} ${v.what} @${v.line}`);

  it.each([
    ['a schema importing lib (upward)', 'src/schemas/x.ts', `import { y } from '../lib/y.ts';`, ['layer ../lib/y.ts @1']],
    ['vocabulary importing schemas', 'src/vocabulary/x.ts', `\nimport type { Client } from '../schemas/client.ts';`, ['layer ../schemas/client.ts @2']],
    ['lib importing a view model, type only', 'src/lib/sla/x.ts', `import type { View } from '../../data/status.ts';`, ['layer ../../data/status.ts @1']],
    ['lib importing config (it reads no environment)', 'src/lib/x.ts', `import { pinnedNow } from '../config/env.ts';`, ['layer ../config/env.ts @1']],
    ['a re-export from a higher layer', 'src/lib/x.ts', `export { pull } from '../collect/pull.ts';`, ['layer ../collect/pull.ts @1']],
    ['a dynamic import from a higher layer', 'src/history/x.ts', `const m = await import('../data/clock.ts');`, ['layer ../data/clock.ts @1']],
    ['an import type node', 'src/schemas/x.ts', `type T = import('../pages/index.ts').T;`, ['layer ../pages/index.ts @1']],
    ['collect importing validate (same layer, forbidden)', 'src/collect/x.ts', `import { checkContent } from '../validate/check-content.ts';`, ['forbidden ../validate/check-content.ts @1']],
    ['collect importing data', 'src/collect/store/x.ts', `import { buildNow } from '../../data/clock.ts';`, ['layer ../../data/clock.ts @1', 'forbidden ../../data/clock.ts @1']],
    ['data importing collect', 'src/data/x.ts', `import { pull } from '../collect/pull.ts';`, ['forbidden ../collect/pull.ts @1']],
    ['history importing collect', 'src/history/x.ts', `import { lock } from '../collect/store/lock.ts';`, ['forbidden ../collect/store/lock.ts @1']],
    ['a component importing a page', 'src/components/X.astro', `---\nimport P from '../pages/index.astro';\n---\n<P />`, ['layer ../pages/index.astro @2']],
  ])('layers: %s', (_, path, text, expected) => expect(check(path, text)).toEqual(expected));

  it.each([
    ['node:fs', `import { readFileSync } from 'node:fs';`, ['lib-io node:fs @1']],
    ['fs/promises', `import { readFile } from 'fs/promises';`, ['lib-io fs/promises @1']],
    ['child_process, dynamically', `await import('node:child_process');`, ['lib-io node:child_process @1']],
    ['node:net and http', `import net from 'node:net';\nimport http from 'http';`, ['lib-io node:net @1', 'lib-io http @2']],
    ['https, re-exported', `export * from 'node:https';`, ['lib-io node:https @1']],
    ['astro:content', `import { getCollection } from 'astro:content';`, ['lib-io astro:content @1']],
    ['require', `const fs = require('fs');`, ['lib-io fs @1']],
  ])('lib does no I/O: %s', (_, text, expected) => expect(check('src/lib/time/x.ts', text)).toEqual(expected));

  it.each([
    ['new Date()', `export const now = () => new Date();`, ['lib-clock new Date() @1']],
    ['new Date without parentheses', `export const now = () => new Date;`, ['lib-clock new Date() @1']],
    ['Date.now()', `export const t = Date.now();`, ['lib-clock Date.now @1']],
    ['Date.now as a default', `export function f(clock = Date.now) { return clock(); }`, ['lib-clock Date.now @1']],
    ['Date()', `export const s = Date();`, ['lib-clock Date() @1']],
    ['performance.now()', `export const t = performance.now();`, ['lib-clock performance.now @1']],
    ['process.env', `export const x = process.env.UPKEEP_NOW;`, ['lib-clock process.env @1']],
    ["process['env']", `export const x = process['env'];`, ['lib-clock process.env @1']],
  ])('lib reads no clock: %s', (_, text, expected) => expect(check('src/lib/x.ts', text)).toEqual(expected));

  it.each([
    ['a lib file', 'src/lib/x.ts', `import { makeCheck } from '../../test/helpers/history.ts';`],
    ['a page', 'src/pages/index.astro', `---\nconst x = 1;\n---\n<script>\nimport { f } from '../../test/helpers/run.ts';\n</script>`],
    ['collect', 'src/collect/x.ts', `export { fakeSource } from '../../test/helpers/fake-source.ts';`],
  ])('nothing under src/ imports test/: %s', (_, path, text) => {
    expect(check(path, text)).toEqual([expect.stringMatching(/^test-import \.\.\/\.\.\/test\/helpers\/.*\.ts @\d+$/)]);
  });

  it('a file in a folder the table does not know fails', () => {
    expect(check('src/utils/x.ts', 'export const x = 1;')).toEqual(['unknown-layer src/utils/x.ts @1']);
  });

  it('reports the line of an .astro script block', () => {
    expect(check('src/layouts/L.astro', `---\nconst a = 1;\n---\n<div />\n<script>\n  import '../pages/x.ts';\n</script>`)).toEqual(['layer ../pages/x.ts @6']);
  });

  it.each([
    ['downward and same-layer imports', 'src/data/x.ts', `import { a } from '../lib/a.ts';\nimport { b } from './b.ts';\nimport { h } from '../history/migrate.ts';`],
    ['a page importing data and components', 'src/pages/p.astro', `---\nimport { v } from '../data/status.ts';\nimport C from '../components/C.astro';\n---`],
    ['packages', 'src/lib/x.ts', `import { DateTime } from 'luxon';\nimport type { z } from 'astro/zod';`],
    ['a date from a value', 'src/lib/x.ts', `export const d = (ms: number) => new Date(ms);`],
    ['the clock in a comment or a string', 'src/lib/x.ts', `// never new Date() here\nexport const s = 'Date.now() and process.env';`],
    ['I/O and the clock in a lib test', 'src/lib/x.test.ts', `import { readFileSync } from 'node:fs';\nimport { f } from '../../test/helpers/factories.ts';\nconst now = new Date();`],
    ['I/O outside lib', 'src/collect/x.ts', `import { readFile } from 'node:fs/promises';\nconst t = Date.now();`],
    ['the top file importing anything in src', 'src/content.config.ts', `import { defineCollection } from 'astro:content';\nimport { s } from './schemas/client.ts';\nimport { c } from './config/env.ts';`],
    ['files outside src/', 'scripts/x.ts', `import { pull } from '../src/collect/pull.ts';\nimport { f } from '../test/helpers/run.ts';`],
  ])('allows %s', (_, path, text) => expect(check(path, text)).toEqual([]));
});
