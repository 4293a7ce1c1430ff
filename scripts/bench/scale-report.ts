// The scale table of `npm run bench`: the analyze command on growing generated mboxes.
import { int, markdownTable } from './markdown-table';
import { scaleGrowth, type ScaleRow } from './scale-bench';

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
const rate = (messages: number, ms: number): string => int((messages * 1000) / ms);

export function scaleSection(rows: readonly ScaleRow[]): string {
  const table = markdownTable(
    [
      'threads',
      'messages',
      'mbox',
      'seconds',
      'messages/s',
      'messages/s without start-up',
      'CPU s',
      'peak memory',
    ],
    rows.map((r) => [
      int(r.threads),
      int(r.messages),
      mb(r.mboxBytes),
      (r.wallMs / 1000).toFixed(1),
      rate(r.messages, r.wallMs),
      rate(r.messages, Math.max(r.wallMs - r.startupMs, 1)),
      (r.cpuMs / 1000).toFixed(1),
      mb(r.peakRssBytes),
    ]),
  );
  const at = (n: number) => rows.find((r) => r.threads === n);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growth = scaleGrowth(at(2000), at(20000));
  const largest = scaleGrowth(first, last);
  const startup = first ? `${(first.startupMs / 1000).toFixed(1)} s` : '–';
  return [
    table,
    '',
    `Growth of the cost per message (start-up of ${startup} left out): 20,000 / 2,000 threads ${growth.toFixed(2)} x; ` +
      `${int(last?.threads ?? 0)} / ${int(first?.threads ?? 0)} threads ${largest.toFixed(2)} x.`,
  ].join('\n');
}
