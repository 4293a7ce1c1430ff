// Who wrote a message: me, the client, or a machine (auto-reply, bounce, bulk), from headers and wording.
import {
  AUTO_BODY_RE,
  AUTO_SUBJECT_RE,
  BOUNCE_BODY_RE,
  BOUNCE_SUBJECT_RE,
  NOTICE_CUE_RE,
  RETURN_DATE_RE,
} from './auto-phrases';
import { isMe } from '../identity';
import { unquotedText } from './quoted-text';
import { projectName } from './subject';
import type { Identity, MailMessage, MessageKind } from '../types';

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

/** Evidence no person produces, so it holds even when the sender looks like me (mailer-daemon@mydomain). */
function isServerBounce(msg: MailMessage): boolean {
  const type = header(msg, 'content-type');
  if (type.startsWith('multipart/report') && !type.includes('disposition-notification')) return true;
  if (header(msg, 'x-failed-recipients') !== '') return true;
  return BOUNCE_SENDER.test(localPart(msg));
}

function isBounce(msg: MailMessage, unquoted: Unquoted | undefined): boolean {
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

function isReply(msg: MailMessage): boolean {
  return header(msg, 'in-reply-to') !== '' || header(msg, 'references') !== '';
}

/**
 * People write "sarò assente" or "we received your message" too, so without headers a body phrase needs a
 * second sign of a notice: not a reply at all, notice wording (urgent contacts, tickets), or a return date.
 */
function isNoticeBody(msg: MailMessage, unquoted: Unquoted | undefined): boolean {
  const opening = openingText(msg, unquoted);
  if (!AUTO_BODY_RE.test(opening)) return false;
  return !isReply(msg) || NOTICE_CUE_RE.test(opening) || RETURN_DATE_RE.test(opening);
}

function isAutoReply(msg: MailMessage, mine: boolean, unquoted: Unquoted | undefined): boolean {
  if (hasAutoReplyHeaders(msg)) return true;
  // Exchange marks its own notices with X-Auto-Response-Suppress; people's clients sometimes do too.
  const suppress = header(msg, 'x-auto-response-suppress') !== '';
  if (mine && !suppress) return false;
  return AUTO_SUBJECT_RE.test(projectName(msg.subject)) || isNoticeBody(msg, unquoted);
}

/** Old list servers (majordomo, listserv, mailman) say so only in Sender: owner-x@, x-request@, x-bounces@. */
const LIST_SENDER = /^(owner-[^@]+|[^@]+-(owner|request|bounces?)(\+[^@]*)?)@/;

function isListDelivered(msg: MailMessage): boolean {
  if (header(msg, 'list-id') !== '' || header(msg, 'list-unsubscribe') !== '') return true;
  if (LIST_SENDER.test(header(msg, 'sender').replace(/^.*</, ''))) return true;
  return ['bulk', 'list', 'junk'].includes(header(msg, 'precedence'));
}

function isBulk(msg: MailMessage): boolean {
  return isListDelivered(msg) || BULK_SENDER.test(localPart(msg));
}

/**
 * A person writing through a list or a Google Group: list headers, a human sender, and either no
 * unsubscribe link or a reply in a conversation (newsletters carry the link and never reply).
 */
export function isPersonViaList(msg: MailMessage): boolean {
  if (!isListDelivered(msg) || BULK_SENDER.test(localPart(msg)) || msg.from === null) return false;
  if (header(msg, 'precedence') === 'junk') return false;
  return header(msg, 'list-unsubscribe') === '' || isReply(msg);
}

function addressedTo(msg: MailMessage, identity: Identity): boolean {
  return msg.to.some((p) => isMe(p.email, identity)) || msg.cc.some((p) => isMe(p.email, identity));
}

/**
 * The kind of one message; automated evidence wins over the sender being me or a client. A person's list
 * message addressed to me is human; one sent only to the list is `bulk` here, and analyzeThread counts
 * it as the client's when it comes from the client's organisation. `unquoted` is unquotedText(msg.body)
 * when the caller already has it.
 */
export function classifyMessage(msg: MailMessage, identity: Identity, unquoted?: Unquoted): MessageKind {
  if (isServerBounce(msg)) return 'bounce';
  const mine = msg.from !== null && isMe(msg.from.email, identity);
  if (!mine && isBounce(msg, unquoted)) return 'bounce';
  if (isAutoReply(msg, mine, unquoted)) return 'auto-reply';
  if (mine) return 'me';
  if (isBulk(msg) && !(isPersonViaList(msg) && addressedTo(msg, identity))) return 'bulk';
  return 'client';
}
