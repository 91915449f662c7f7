// Validates all content (schemas, unknown keys, references, timelines, history, MDX syntax) and lists every problem
// with its file, line and field. Exit 1 if any. The build runs the same checks (src/integrations/validate-content.ts).
import { pinnedNow } from '../src/config/env.ts';
import { checkAll, formatProblems } from '../src/validate/check-content.ts';
import { readContent } from '../src/validate/read-content.ts';

const now = pinnedNow();
const problems = await checkAll(readContent(), now ? { now } : {});
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Content is valid.');
