import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFiles } from '../test/helpers/content.ts';
import { REPO, runScript } from '../test/helpers/run.ts';

describe('scripts/demo-history.ts', () => {
  // Generating 20 components of 100 days takes a few seconds; allow for a loaded machine.
  it('reproduces the committed demo history byte for byte (if not, re-run: npx node scripts/demo-history.ts)', { timeout: 120_000 }, async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'upkeep-demo-')), 'content');
    cpSync(join(REPO, 'content'), root, { recursive: true });
    rmSync(join(root, 'history'), { recursive: true, force: true });
    const result = await runScript('scripts/demo-history.ts', [], { UPKEEP_CONTENT: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const generated = snapshotFiles(join(root, 'history'));
    const committed = snapshotFiles(join(REPO, 'content', 'history'));
    expect(Object.keys(generated).sort()).toEqual(Object.keys(committed).filter((f) => f.endsWith('.json') || f.endsWith('.jsonl')).sort());
    for (const [file, text] of Object.entries(generated)) {
      expect(text === committed[file], `${file} differs from the committed demo history`).toBe(true);
      // The component file, which the build reads, is small: a line per change of status and per day.
      if (file.endsWith('.json')) expect(Buffer.byteLength(text), file).toBeLessThan(20 * 1024);
    }
  });
});
