// Markdown tables with aligned columns: readable in a terminal and pasted as-is into docs/BENCHMARKS.md.

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export function ms(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

/** "Properties 3 · GmailApp 1" for one kind of call, services in a stable order, zeros left out. */
export function perService(
  counts: Readonly<Record<string, { remote: number; local: number }>>,
  kind: 'remote' | 'local',
): string {
  const parts = Object.entries(counts)
    .filter(([, c]) => c[kind] > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, c]) => `${service} ${int(c[kind])}`);
  return parts.length === 0 ? '—' : parts.join(' · ');
}
