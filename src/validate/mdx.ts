import { mdxToJs } from 'satteri';

/**
 * MDX bodies compiled as the build compiles them: @astrojs/mdx 8 renders `.mdx` with satteri, so a body that satteri
 * refuses fails `astro build`. `npm run check` compiles each body with the same compiler and reports the error with its
 * line in the file, so the mistake is found before a build (issue 11).
 */

/** An MDX syntax error: the line in the file (frontmatter counted) and the compiler's message. */
export interface MdxProblem {
  line?: number;
  message: string;
}

/**
 * Compiles one MDX body that starts on line `firstLine` of its file; undefined when it compiles.
 *
 * @example await checkMdxBody('# Title\n\n<div>\n', 4) // → { line: 8, message: 'MDX syntax: Expected a closing tag for `<div>` …' }
 */
export async function checkMdxBody(body: string, firstLine = 1): Promise<MdxProblem | undefined> {
  try {
    await mdxToJs(body, {});
    return undefined;
  } catch (error) {
    const text = (error as Error).message ?? String(error);
    // satteri's messages start with "line:column: " in the body.
    const at = /^(\d+):(\d+):\s*/.exec(text);
    const message = `MDX syntax: ${text.slice(at ? at[0].length : 0).split('\n')[0]!.replace(/ \(\d+:\d+\)/, '')}`;
    return at ? { line: Number(at[1]) + firstLine - 1, message: `${message} (column ${at[2]})` } : { message };
  }
}
