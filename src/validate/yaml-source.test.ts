import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source.ts';

describe('parseYamlSource', () => {
  it.each([
    ['a duplicate top-level key', 'name: A\ntitle: T\nname: B\n', 1, [{ field: 'name', line: 3, message: 'duplicate key "name" (first set on line 1): keep one' }]],
    ['a duplicate nested key, counted from the frontmatter', 'components:\n  - id: a\n    id: b\n', 2, [{ field: 'components.0.id', line: 4, message: expect.stringContaining('first set on line 3') }]],
    ['an unclosed flow list, in its field', 'title: [x\nname: y\n', 2, [{ field: 'title', line: 3, message: expect.stringContaining('could not be parsed') }]],
    ['an unclosed quote', 'a:\n  b: "x\n', 1, [{ field: 'a.b', line: 3, message: expect.stringContaining('Missing closing') }]],
    ['nothing wrong', 'a: 1\n', 1, []],
  ])('%s', (_, text, firstLine, problems) => expect(parseYamlSource(text, firstLine).problems).toEqual(problems));

  it('keeps the data of a file with duplicate keys (the last wins), and none of a broken one', () => {
    expect(parseYamlSource('a: 1\na: 2\n').data).toEqual({ a: 2 });
    expect(parseYamlSource('a: [1\n').data).toBeUndefined();
    expect(parseYamlSource('').data).toEqual({});
  });

  it.each([
    [['components', 1, 'monitor', 'url'], 6],
    [['components', 1, 'missing'], 4],
    [['title'], 7],
    [[], 1],
  ])('finds the line of %j', (path, line) => {
    const text = 'name: A\ncomponents:\n  - id: www\n  - id: x\n    monitor:\n      url: "a"\ntitle: B\n';
    expect(parseYamlSource(text).lineOf(path)).toBe(line);
  });
});
