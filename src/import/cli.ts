import { checkbox, input, select } from '@inquirer/prompts';
import { DateTime } from 'luxon';
import { pinnedNow } from '../config/env.ts';
import { clientSchema, type Client } from '../schemas/client.ts';
import { checkAll, formatProblems } from '../validate/check-content.ts';
import { readContent, type RawContent } from '../validate/read-content.ts';

/**
 * What the scaffolders share: asking for what is missing (only in a terminal; with no terminal a missing flag is an
 * error naming it), the client's components and priorities to choose from, "now", and checking the file written.
 */

/** A flag that is missing when no one can be asked. Exit 2. */
export class UsageError extends Error {}

/** Whether to ask: stdin and stdout are a terminal. */
export const interactive = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

/** The value of a flag, or the answer to `ask` in a terminal; without one, a UsageError naming the flag. */
export async function need<T>(value: T | undefined, flag: string, ask: () => Promise<T>): Promise<T> {
  if (value !== undefined && value !== '') return value;
  if (!interactive()) throw new UsageError(`missing ${flag} (no terminal to ask in)`);
  return ask();
}

/** The content, and the client by id (asked for when missing), with its resolved priorities. */
export async function chooseClient(content: RawContent, id: string | undefined): Promise<{ id: string; client: Client; priorities: Record<string, { name: string }> }> {
  const ids = [...content.clients.keys()];
  const clientId = await need(id, '--client <id>', () => select({ message: 'Client', choices: ids.map((v) => ({ value: v })) }));
  const entry = content.clients.get(clientId)?.client;
  if (!entry) throw new UsageError(`--client "${clientId}" has no client.yaml; expected one of: ${ids.join(', ')}`);
  const parsed = clientSchema.safeParse(entry.data);
  if (!parsed.success) throw new UsageError(`${entry.file} is not valid: run npm run check and fix it first`);
  const agency = content.agency?.data as { defaults?: { priorities?: Record<string, { name: string }> } } | undefined;
  const priorities = (parsed.data.priorities ?? agency?.defaults?.priorities ?? {}) as Record<string, { name: string }>;
  return { id: clientId, client: parsed.data, priorities };
}

/** Component ids from `--components a,b` (checked against the client's), or chosen from the client's list. */
export async function chooseComponents(client: Client, flag: string | undefined): Promise<string[]> {
  const ids = client.components.map((c) => c.id);
  const chosen = flag
    ? flag.split(',').map((s) => s.trim()).filter(Boolean)
    : await need(undefined as string[] | undefined, '--components <id,id>', () =>
        checkbox({ message: 'Affected components', choices: client.components.map((c) => ({ value: c.id, name: `${c.name} (${c.id}, ${c.group})` })), required: true }),
      );
  const unknown = chosen.map((c) => c.split(':')[0]!).filter((c) => !ids.includes(c));
  if (unknown.length) throw new UsageError(`--components: ${unknown.join(', ')} not a component of this client; expected one of: ${ids.join(', ')}`);
  return chosen;
}

export { input, select };

/** Now in the client's zone, to the minute, with its offset (as staff would write it): the pinned now if set. */
export function nowIn(timeZone: string): string {
  const now = pinnedNow() ?? new Date();
  return DateTime.fromJSDate(now).setZone(timeZone).startOf('minute').toISO({ suppressMilliseconds: true })!;
}

/** An ISO time given on the command line, read in the client's zone when it has no offset. */
export function timeIn(value: string, timeZone: string, flag: string): string {
  const at = DateTime.fromISO(value, /(Z|[+-]\d{2}:\d{2})$/.test(value) ? { setZone: true } : { zone: timeZone });
  if (!at.isValid) throw new UsageError(`${flag}: expected a date and time such as 2026-10-03T14:05, got "${value}"`);
  return at.toISO({ suppressMilliseconds: true })!;
}

/** Checks the content with the new file as `npm run check` does, and returns what it says about that file. */
export async function checkWritten(root: string, file: string): Promise<string | undefined> {
  const problems = (await checkAll(readContent(root, process.cwd(), { history: false }))).filter((p) => p.file === file);
  return problems.length ? formatProblems(problems) : undefined;
}
