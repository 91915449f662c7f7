import type { AstroIntegration } from 'astro';
import { checkAll, formatProblems } from '../validate/check-content.ts';
import { readContent, type RawContent } from '../validate/read-content.ts';

/**
 * The authored content (agency, standards, clients, incidents, maintenance), read once at config time: astro.config.mjs
 * takes the site URL from it and hands the same read to validateContent. History is left out: the build validates
 * each history file as it loads it (src/data/client-data.ts), and `npm run check` validates all of it.
 */
export function readAuthoredContent(): RawContent {
  return readContent(undefined, undefined, { history: false });
}

/**
 * Fails `astro build` and `astro dev` before anything renders when authored content is invalid, listing every
 * problem. Astro's own collection validation stops at the first bad entry and only warns on broken references, so it
 * cannot be the gate.
 *
 * @param content what astro.config.mjs already read (readAuthoredContent), so content is read once; read here if omitted.
 */
export function validateContent(content?: RawContent): AstroIntegration {
  return {
    name: 'upkeep:validate-content',
    hooks: {
      // The same checks as `npm run check` (MDX bodies compiled too), so a problem is reported with all the others.
      'astro:config:setup': async ({ logger }) => {
        const problems = await checkAll(content ?? readAuthoredContent());
        if (problems.length > 0) {
          const error = new Error(formatProblems(problems));
          error.name = 'InvalidContent';
          throw error;
        }
        logger.info('content is valid');
      },
    },
  };
}
