/** Tables and units for the bench's output: plain text for the terminal, Markdown for docs/benchmarks.md. */

export interface Column {
  title: string;
  /** Right-align numbers. */
  right?: boolean;
}

export function table(columns: readonly Column[], rows: readonly (readonly string[])[], markdown: boolean): string {
  if (markdown) {
    const head = `| ${columns.map((c) => c.title).join(' | ')} |`;
    const rule = `|${columns.map((c) => (c.right ? '---:' : '---')).join('|')}|`;
    return [head, rule, ...rows.map((r) => `| ${r.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
  }
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (columns[i]!.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
export const secs = (v: number | null) => (v === null ? '–' : `${(v / 1000).toFixed(1)} s`);
export const bytes = (v: number | null | undefined) =>
  v === null || v === undefined ? '–'
  : v < 64 * 1024 ? '< 64 KB'
  : v >= 1024 ** 3 ? `${(v / 1024 ** 3).toFixed(2)} GB`
  : v >= 1024 ** 2 ? `${(v / 1024 ** 2).toFixed(v >= 100 * 1024 ** 2 ? 0 : 1)} MB`
  : v >= 1024 ? `${(v / 1024).toFixed(0)} KB`
  : `${v} B`;
export const ops = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
export const int = (v: number | null) => (v === null ? '–' : v.toLocaleString('en'));
