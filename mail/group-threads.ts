// Groups parsed messages into threads: Gmail's X-GM-THRID, else References/In-Reply-To, else subject.
import type { MailThread, ParsedMail } from './parsed-mail';
import { labelOf, ThreadIndex } from './thread-index';

export type { MailThread } from './parsed-mail';

function byDate(a: ParsedMail, b: ParsedMail): number {
  return (a.date ?? Number.MAX_SAFE_INTEGER) - (b.date ?? Number.MAX_SAFE_INTEGER);
}

/** One thread from its messages: oldest first (stable for equal or missing dates), keyed as before. */
export function threadOf(label: string | null, messages: readonly ParsedMail[]): MailThread {
  const sorted = [...messages].sort(byDate);
  const oldest = sorted[0] as ParsedMail;
  const key =
    label === null
      ? (oldest.references[0] ?? oldest.inReplyTo ?? oldest.messageId)
      : label.replace(/^gm:/, '');
  return { key, subject: oldest.subject, messages: sorted };
}

/** The threads of messages already in memory (the preview, tests); the CLI streams with ThreadIndex. */
export function groupThreads(messages: ParsedMail[]): MailThread[] {
  const index = new ThreadIndex();
  for (const m of messages) index.add(m);
  const groups = index.groups();
  const threads: MailThread[] = [];
  for (let g = 0; g < groups.count; g += 1) {
    const members = Array.from(groups.members(g), (i) => messages[i] as ParsedMail);
    threads.push(threadOf(labelOf(groups.kind(g), members[0] as ParsedMail), members));
  }
  return threads;
}
