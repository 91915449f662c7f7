import { describe, expect, it } from 'vitest';
import { frontmatterText, parseFrontmatter } from './frontmatter.ts';

describe('parseFrontmatter', () => {
  it.each([
    ['YAML between --- lines', '---\ntitle: Outage\n---\n\n## Body', { title: 'Outage' }],
    ['Windows line ends', '---\r\ntitle: Outage\r\n---\r\nBody', { title: 'Outage' }],
    ['an empty block', '---\n---\nBody', {}],
    ['nothing after the block', '---\ntitle: x\n---', { title: 'x' }],
    ['no block at the top', 'title: Outage\n---\n', undefined],
    ['a --- further down only', 'Body\n---\ntitle: x\n---\n', undefined],
  ])('%s', (_, text, expected) => expect(parseFrontmatter(text)).toEqual(expected));

  it('throws on invalid YAML', () => {
    expect(() => parseFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow();
  });

  it('stops at the first closing line, so a --- in the body stays body', () => {
    expect(frontmatterText('---\na: 1\n---\ntext\n---\nmore')).toBe('a: 1');
  });
});
