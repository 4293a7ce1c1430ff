// Mail a list server relayed, and the footer it appended (which speaks for the list, not the sender).
import { hasHeader, headerValue } from './header-value';
import type { MailMessage } from '../types';

/** A separator line (underscores, dashes, "-- ", equals) that may open a list's footer. */
const RULE = /^[ \t]*(?:_{10,}|-{2,}|={10,}|\*{10,}|#{10,}|~{10,})[ \t]*$/gm;
/** Every rule holds one of these: most texts have none, and skip the line-by-line pattern. */
const RULE_MARKS = ['--', '_'.repeat(10), '='.repeat(10), '*'.repeat(10), '#'.repeat(10), '~'.repeat(10)];
const LIST_FOOTER = /unsubscri|mailing list|listinfo|subscription|group|list/i;

/**
 * The text before the footers a list server appends (Mailman, Yahoo Groups, LetterRip): short blocks
 * after a rule that talk about the list. People's own rules and longer blocks stay.
 */
export function withoutListFooter(text: string): string {
  if (!RULE_MARKS.some((mark) => text.includes(mark))) return text;
  let end = text.length;
  const rules: number[] = [];
  RULE.lastIndex = 0;
  for (let m = RULE.exec(text); m !== null; m = RULE.exec(text)) rules.push(m.index);
  for (let i = rules.length - 1; i >= 0; i -= 1) {
    const at = rules[i] as number;
    const tail = text.slice(at, end);
    const closing = !/\p{L}/u.test(tail);
    if (!closing && (end - at > 700 || !LIST_FOOTER.test(tail))) break;
    end = at;
  }
  return text.slice(0, end);
}

/** A list server relayed it: RFC 2369/2919 list headers, or a list manager's Sender. */
export function isListRelayed(msg: MailMessage): boolean {
  if (
    ['list-id', 'list-post', 'list-help', 'list-subscribe', 'mailing-list', 'x-mailing-list'].some((n) =>
      hasHeader(msg, n),
    )
  )
    return true;
  return /^(?:owner-[^@]+|[^@]+-(?:owner|request|bounces?|admin)(?:\+[^@]*)?)@/.test(
    headerValue(msg, 'sender').replace(/^.*</, ''),
  );
}

/**
 * A list wrote its own address into From ("Anna Rossi via Sales" <sales@lists.example>), as Mailman,
 * Google Groups and Sympa do for senders whose domain publishes a strict DMARC policy.
 */
export function isFromRewrittenByList(msg: MailMessage): boolean {
  const email = msg.from?.email ?? '';
  const listAddresses = `${headerValue(msg, 'list-post')} ${headerValue(msg, 'list-id')} ${headerValue(msg, 'sender')}`;
  return / via /i.test(msg.from?.name ?? '') || (email !== '' && listAddresses.includes(email));
}
