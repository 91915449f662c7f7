import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../validate/check-content.ts';
import { readContent } from '../validate/read-content.ts';

/**
 * Fails `astro build` and `astro dev` before anything renders when content is invalid, listing every problem.
 * Astro's own collection validation stops at the first bad entry and only warns on broken references
 * (../shared/STACK.md), so it cannot be the gate.
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'upkeep:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent(readContent());
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
