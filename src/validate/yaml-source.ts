import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

/**
 * YAML read for validation: the data, every syntax problem (not only the first) with its line and, where there is one,
 * the field it is in, and a way to find the line of any field, so a schema problem can say where to look.
 */

/** A problem found while parsing, before the schema runs. */
export interface ParseProblem {
  /** Dotted path of the field, such as `components.1.id`; empty when the problem is not inside a field. */
  field: string;
  /** Line in the file (1-based). */
  line?: number;
  message: string;
}

export interface YamlSource {
  /** The parsed value; undefined when the YAML could not be parsed at all. */
  data: unknown;
  /** Syntax errors and duplicate keys, each with its line (in the file, `firstLine` counted in). */
  problems: ParseProblem[];
  /** The line (in the file) where the field at `path` is written, or the nearest enclosing field that is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parses YAML that starts on line `firstLine` of its file (2 for frontmatter after a `---` line).
 *
 * @example
 * parseYamlSource('a: 1\na: 2\n').problems // → [{ field: 'a', line: 2, message: 'duplicate key "a" (first set on line 1): keep one' }]
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const problems: ParseProblem[] = [];
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') continue;
    // The message without yaml's own "at line …" (the line is given separately, counted from the top of the file).
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ field: fieldAt(doc, error.pos[0]), line: lineAt(error.pos[0]), message: `could not be parsed: ${message}` });
  }
  if (duplicates.length > 0) problems.push(...duplicateKeys(doc, new Set(duplicates.map((e) => e.pos[0])), lineAt));
  // One error can be reported twice for one place (yaml's compact-mapping errors); keep each once, top to bottom.
  const unique = [...new Map(problems.map((p) => [`${p.line}:${p.message}`, p])).values()];
  problems.splice(0, problems.length, ...unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  const fatal = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  let data: unknown;
  if (!fatal) {
    try {
      data = doc.toJS() ?? {};
    } catch (error) {
      problems.push({ field: '', message: `could not be parsed: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return { data: fatal ? undefined : data, problems, lineOf: lazyLineOf(text, firstLine) };
}

/**
 * lineOf without holding the parsed document: content is read once per build and kept, and the documents of a large
 * agency's files (with every node's position) were ~60 MB of the build's heap (issue 12). Lines are needed only to
 * report a problem, so the text is parsed again, once, when the first line is asked for.
 */
function lazyLineOf(text: string, firstLine: number): YamlSource['lineOf'] {
  let find: YamlSource['lineOf'] | undefined;
  return (path) => {
    if (!find) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
      find = (p) => lineOfPath(doc, p, (offset) => counter.linePos(offset).line + firstLine - 1);
    }
    return find(path);
  };
}

/** Each duplicate key, named by its field, with the line of the repeat and of the first. */
function duplicateKeys(doc: Document, at: Set<number>, lineAt: (offset: number) => number): ParseProblem[] {
  const out: ParseProblem[] = [];
  visit(doc, {
    Map(_, map, ancestors) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const start = (pair.key as Node | null)?.range?.[0];
        if (start === undefined) continue;
        const first = seen.get(key);
        if (first !== undefined && at.has(start)) {
          const field = [...pathOf(ancestors, map), key].join('.');
          out.push({ field, line: lineAt(start), message: `duplicate key "${key}" (first set on line ${lineAt(first)}): keep one` });
        }
        if (first === undefined) seen.set(key, start);
      }
    },
  });
  return out;
}

/** The dotted path of `node` from the ancestors that `visit` hands over. */
function pathOf(ancestors: readonly unknown[], node: unknown): Array<string | number> {
  const chain = [...ancestors, node];
  const path: Array<string | number> = [];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isPair(parent) && child === parent.value) path.push(isScalar(parent.key) ? String(parent.key.value) : String(parent.key));
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
  }
  return path;
}

/** The field whose value spans `offset`, for a syntax error inside it (empty at the top level). */
function fieldAt(doc: Document, offset: number): string {
  let best: Array<string | number> = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      const value = pair.value as Node | null;
      const start = (pair.key as Node | null)?.range?.[0];
      const end = value?.range?.[2] ?? value?.range?.[1];
      if (start === undefined || end === undefined || offset < start || offset > end) return;
      const path = [...pathOf(ancestors, pair), isScalar(pair.key) ? String(pair.key.value) : String(pair.key)];
      // Only a path of plain keys names a field; a broken line can parse as a key such as "1 b".
      if (path.length > best.length && path.every((p) => typeof p === 'number' || /^[\w-]+$/.test(p))) best = path;
    },
  });
  return best.filter((p) => p !== -1).join('.');
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  let line = (node as Node | null)?.range ? lineAt((node as Node).range![0]) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
      if (!pair) break;
      const start = (pair.key as Node | null)?.range?.[0];
      if (start !== undefined) line = lineAt(start);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}
