import { describe, expect, it } from 'vitest';
import { spaceTableCells } from './table-text.ts';

describe('spaceTableCells', () => {
  it.each([
    ['cells', '<tr><th>A</th><th>B</th></tr>', '<tr><th>A</th> <th>B</th></tr>'],
    ['a caption and the head', '<caption>Cap</caption><thead><tr><th scope="col">A</th></tr></thead>', '<caption>Cap</caption> <thead><tr><th scope="col">A</th></tr></thead>'],
    ['rows and sections', '</tr><tr><td>1</td></tr></thead><tbody><tr>', '</tr> <tr><td>1</td></tr></thead> <tbody><tr>'],
    ['mixed case', '</TD><TD>', '</TD> <TD>'],
  ])('separates %s', (_, html, spaced) => expect(spaceTableCells(html)).toBe(spaced));

  it.each([
    ['text inside a cell', '<td><strong>a</strong><em>b</em></td>'],
    ['a cell followed by something that is not a table part', '</td></tr>'],
    ['a tag whose name only starts like one', '</td><tdx>'],
  ])('leaves %s alone', (_, html) => expect(spaceTableCells(html)).toBe(html));

  it('is idempotent', () => {
    const once = spaceTableCells('<tr><td>a</td><td>b</td></tr><tr><td>c</td></tr>');
    expect(spaceTableCells(once)).toBe(once);
  });
});
