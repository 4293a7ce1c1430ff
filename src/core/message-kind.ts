// Who wrote a message: me, the client, or a machine (auto-reply, bounce, bulk), from headers and wording.
import { AUTO_BODY_RE, AUTO_SUBJECT_RE, BOUNCE_BODY_RE, BOUNCE_SUBJECT_RE } from './auto-phrases';
import { isMe } from './identity';
import { unquotedText } from './quoted-text';
import { projectName } from './subject';
import type { Identity, MailMessage, MessageKind } from './types';

const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;
const BULK_SENDER =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply[-_.].*|.*[-_.]noreply|newsletters?|notifications?|notify|mailer|bounces?|news|marketing)$/i;

/** The unquoted body, or a function that gives it (computed only when a phrase rule needs it). */
export type Unquoted = string | (() => string);

function header(msg: MailMessage, name: string): string {
  return (msg.headers[name] ?? '').trim().toLowerCase();
}

function localPart(msg: MailMessage): string {
  const email = msg.from?.email ?? '';
  return email.slice(0, Math.max(0, email.lastIndexOf('@')));
}

/** Body phrases count only at the top of a short text: people quote and discuss these words too. */
function openingText(msg: MailMessage, unquoted: Unquoted | undefined): string {
  const text = typeof unquoted === 'function' ? unquoted() : (unquoted ?? unquotedText(msg.body));
  return text.length > 1500 ? '' : text.slice(0, 400);
}

function isBounce(msg: MailMessage, unquoted: Unquoted | undefined): boolean {
  const type = header(msg, 'content-type');
  if (type.startsWith('multipart/report') && !type.includes('disposition-notification')) return true;
  if (header(msg, 'x-failed-recipients') !== '') return true;
  if (BOUNCE_SENDER.test(localPart(msg))) return true;
  if (BOUNCE_SUBJECT_RE.test(projectName(msg.subject))) return true;
  return header(msg, 'return-path') === '<>' && BOUNCE_BODY_RE.test(openingText(msg, unquoted));
}

/** RFC 3834 and vendor headers; `Precedence: bulk` alone is not enough (human list mail carries it). */
function hasAutoReplyHeaders(msg: MailMessage): boolean {
  const submitted = header(msg, 'auto-submitted');
  const listMail = header(msg, 'list-id') !== '' || header(msg, 'list-unsubscribe') !== '';
  if (submitted !== '' && submitted !== 'no') return !(listMail && submitted.startsWith('auto-generated'));
  if (header(msg, 'x-autoreply') !== '' || header(msg, 'x-autorespond') !== '') return true;
  if (header(msg, 'precedence') === 'auto_reply') return true;
  if (header(msg, 'return-path') === '<>') return true;
  const type = header(msg, 'content-type');
  return type.startsWith('multipart/report') && type.includes('disposition-notification');
}

function isAutoReply(msg: MailMessage, mine: boolean, unquoted: Unquoted | undefined): boolean {
  if (hasAutoReplyHeaders(msg)) return true;
  // Exchange marks its own notices with X-Auto-Response-Suppress; people's clients sometimes do too.
  const suppress = header(msg, 'x-auto-response-suppress') !== '';
  if (mine && !suppress) return false;
  return AUTO_SUBJECT_RE.test(projectName(msg.subject)) || AUTO_BODY_RE.test(openingText(msg, unquoted));
}

/** Old list servers (majordomo, listserv, mailman) say so only in Sender: owner-x@, x-request@, x-bounces@. */
const LIST_SENDER = /^(owner-[^@]+|[^@]+-(owner|request|bounces?)(\+[^@]*)?)@/;

function isBulk(msg: MailMessage): boolean {
  if (header(msg, 'list-id') !== '' || header(msg, 'list-unsubscribe') !== '') return true;
  if (LIST_SENDER.test(header(msg, 'sender').replace(/^.*</, ''))) return true;
  if (['bulk', 'list', 'junk'].includes(header(msg, 'precedence'))) return true;
  return BULK_SENDER.test(localPart(msg));
}

/**
 * The kind of one message; automated evidence wins over the sender being me or a client. `unquoted` is
 * unquotedText(msg.body) when the caller already has it.
 */
export function classifyMessage(msg: MailMessage, identity: Identity, unquoted?: Unquoted): MessageKind {
  const mine = msg.from !== null && isMe(msg.from.email, identity);
  if (!mine && isBounce(msg, unquoted)) return 'bounce';
  if (isAutoReply(msg, mine, unquoted)) return 'auto-reply';
  if (mine) return 'me';
  if (isBulk(msg)) return 'bulk';
  return 'client';
}
