import TurndownService from 'turndown';

/**
 * Statuspage bodies are HTML (and old ones a whole timeline as one `<ul>`). Converted to Markdown with turndown, then
 * made safe for MDX, which reads `{`, `}` and `<` as code: in text they are written as character references.
 */
const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });

/** Whether the text holds any HTML tags. */
export const hasHtml = (text: string) => /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(text);

/**
 * HTML (or plain text) as Markdown that MDX compiles.
 *
 * @example htmlToMarkdown('<p>Fixed <b>now</b> {ok}</p>') // → 'Fixed **now** &#123;ok&#125;'
 */
export function htmlToMarkdown(html: string): string {
  const markdown = hasHtml(html) ? turndown.turndown(html) : html.replace(/\r\n/g, '\n');
  return mdxSafe(markdown.trim());
}

/** Text with the characters MDX would read as JSX or expressions written as character references. */
export function mdxSafe(text: string): string {
  return text.replace(/[{}<]/g, (c) => (c === '{' ? '&#123;' : c === '}' ? '&#125;' : '&lt;'));
}

/**
 * Plain text of HTML for frontmatter fields (update texts, descriptions): Markdown, which reads well as text, without
 * the MDX escapes (frontmatter is YAML, not MDX).
 */
export function htmlToText(html: string): string {
  return (hasHtml(html) ? turndown.turndown(html) : html.replace(/\r\n/g, '\n')).trim();
}
