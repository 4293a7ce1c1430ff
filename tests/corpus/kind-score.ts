// Precision and recall per message kind, from (label, verdict) pairs.
import type { MessageKind } from '../../src/core/types';

export interface Score {
  readonly precision: number;
  readonly recall: number;
  /** Messages that carry this label. */
  readonly n: number;
}

export interface Verdict {
  readonly label: MessageKind;
  readonly kind: MessageKind;
}

export const KINDS: readonly MessageKind[] = ['me', 'client', 'auto-reply', 'bounce', 'bulk'];

export function score(rows: readonly { truth: boolean; said: boolean }[]): Score {
  const tp = rows.filter((r) => r.truth && r.said).length;
  const said = rows.filter((r) => r.said).length;
  const truth = rows.filter((r) => r.truth).length;
  return { precision: said === 0 ? 1 : tp / said, recall: truth === 0 ? 1 : tp / truth, n: truth };
}

/** Kinds that occur as a label or a verdict, each with its precision and recall. */
export function scoreByKind(verdicts: readonly Verdict[]): Partial<Record<MessageKind, Score>> {
  const seen = KINDS.filter((k) => verdicts.some((v) => v.label === k || v.kind === k));
  return Object.fromEntries(
    seen.map((k) => [k, score(verdicts.map((v) => ({ truth: v.label === k, said: v.kind === k })))]),
  );
}

/** A Markdown table, for the test log and the closing notes. */
export function scoreTable(title: string, scores: Partial<Record<MessageKind, Score>>): string {
  const rows = Object.entries(scores).map(
    ([k, s]) => `| ${k} | ${s.n} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`,
  );
  return [`${title}`, '| kind | labelled | precision | recall |', '|---|---|---|---|', ...rows].join('\n');
}
