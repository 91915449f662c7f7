import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript script with this Node (24, type stripping) from the repository root. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<RunResult> & { child: ReturnType<typeof spawn> } {
  const child = spawn(process.execPath, [script, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))) as Promise<RunResult> & {
    child: ReturnType<typeof spawn>;
  };
  done.child = child;
  return done;
}
