// Validates all content (schemas, references, timelines) and lists every problem. Exit 1 if any.
import { checkContent, formatProblems } from '../src/validate/check-content.ts';
import { readContent } from '../src/validate/read-content.ts';

const problems = checkContent(readContent());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Content is valid.');
