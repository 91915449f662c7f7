import { describe, expect, it } from 'vitest';
import { checkMdxBody } from './mdx.ts';

describe('checkMdxBody (satteri, as the build compiles MDX)', () => {
  it.each([
    ['Markdown', '## Summary\n\nAll fine, a < b.\n'],
    ['a component with an expression', '<div class="x">{1 + 1}</div>\n'],
  ])('accepts %s', async (_, body) => expect(await checkMdxBody(body, 10)).toBeUndefined());

  it.each([
    ['an unclosed tag', '## Impact\n\n<div>\nText\n', 4, 6, /closing tag for `<div>`/],
    ['an unclosed expression', 'Line\n\n{oops\n', 1, 3, /closing brace/],
    ['a less-than that starts a tag', 'Up <3 times\n', 20, 20, /valid JSX tag/],
  ])('reports %s with its line in the file', async (_, body, first, line, message) => {
    expect(await checkMdxBody(body, first)).toEqual({ line, message: expect.stringMatching(message) });
  });
});
