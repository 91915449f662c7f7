// The README's authoring examples fit together (issue 11 §5): its client.yaml, its postmortem and its maintenance
// notice, written as the README says into a content folder, pass the same validation as `npm run check`.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll } from '../src/validate/check-content.ts';
import { readContent } from '../src/validate/read-content.ts';
import { REPO } from './helpers/run.ts';

const README = readFileSync(join(REPO, 'README.md'), 'utf8');
/** The one fenced block of `lang` that contains `marker`, without the indent of the list item it sits in. */
function block(lang: string, marker: string): string {
  const blocks = [...README.matchAll(new RegExp(`^( *)\`\`\`${lang}\\n([\\s\\S]*?)^\\1\`\`\``, 'gm'))].filter((m) => m[2]!.includes(marker));
  if (blocks.length !== 1) throw new Error(`expected one \`\`\`${lang} block with "${marker}" in README.md, found ${blocks.length}`);
  const indent = blocks[0]![1]!.length;
  return blocks[0]![2]!.split('\n').map((line) => line.slice(indent)).join('\n');
}
const root = mkdtempSync(join(tmpdir(), 'upkeep-readme-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('README examples', () => {
  it('the client, its postmortem and its maintenance notice pass npm run check together', async () => {
    cpSync(join(REPO, 'test/fixtures/minimal'), root, { recursive: true });
    const client = join(root, 'clients/acme-outdoor');
    mkdirSync(join(client, 'incidents'), { recursive: true });
    mkdirSync(join(client, 'maintenance'), { recursive: true });
    writeFileSync(join(client, 'client.yaml'), block('yaml', 'name: Acme Outdoor'));
    writeFileSync(join(client, 'incidents/2026-10-03-checkout-payments-failing.mdx'), block('mdx', 'title: Checkout payments failing'));
    writeFileSync(join(client, 'maintenance/2026-12-02-database-upgrade.mdx'), block('mdx', 'title: Database upgrade'));
    const problems = await checkAll(readContent(root, root, { history: false }));
    expect(problems.map((p) => `${p.file}#${p.field}: ${p.message}`)).toEqual([]);
  });
});
