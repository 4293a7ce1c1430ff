// Who wrote a message: me, the client, or a machine (auto-reply, bounce, bulk), from headers and wording.
import {
  AUTO_BODY_RE,
  AUTO_SUBJECT_END_RE,
  AUTO_SUBJECT_RE,
  BOUNCE_BODY_RE,
  BOUNCE_SUBJECT_RE,
  NOTICE_CUE_RE,
  RETURN_DATE_RE,
} from './auto-phrases';
import { isMe } from '../identity';
import { BULK_THRESHOLD, weighBulkEvidence, type BulkEvidence } from './bulk-evidence';
import { hasHeader, headerValue, isThreaded } from './header-value';
import { isListRelayed, withoutListFooter } from './list-relay';
import { memoized } from './memoized';
import { robotSenderWeight } from './sender-signals';
import { unquotedText } from './quoted-text';
import { projectName } from './subject';
import type { Identity, MailMessage, MessageKind } from '../types';

const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;

/** The unquoted body, or a function that gives it (computed only when a phrase rule needs it). */
export type Unquoted = string | (() => string);

function localPart(msg: MailMessage): string {
  const email = msg.from?.email ?? '';
  return email.slice(0, Math.max(0, email.lastIndexOf('@')));
}

function ownText(msg: MailMessage, unquoted: Unquoted | undefined): string {
  return typeof unquoted === 'function' ? unquoted() : (unquoted ?? unquotedText(msg.body));
}

/** Body phrases count only at the top of a short text: people quote and discuss these words too. */
function openingText(msg: MailMessage, unquoted: Unquoted | undefined): string {
  const text = withoutListFooter(ownText(msg, unquoted));
  return text.length > 1500 ? '' : text.slice(0, 400);
}

/** "Re: Undelivered Mail…" is a person answering about a failure; notices never prefix "Re:". */
function noticeSubject(subject: string): string {
  const rest = subject.replace(/^\s*(?:\[[^\]]*\]\s*)+/, '');
  return /^\s*(?:re|aw|sv|rif|r)\s*(?:\[\d+\])?\s*:/i.test(rest) ? '' : projectName(rest);
}

const isBounceSubject = memoized((subject) => BOUNCE_SUBJECT_RE.test(noticeSubject(subject)));
const isNoticeSubject = memoized((subject) => {
  const notice = noticeSubject(subject);
  return AUTO_SUBJECT_RE.test(notice) || AUTO_SUBJECT_END_RE.test(notice);
});

/** Evidence no person produces, so it holds even when the sender looks like me (mailer-daemon@mydomain). */
function isServerBounce(msg: MailMessage): boolean {
  const type = headerValue(msg, 'content-type');
  if (type.startsWith('multipart/report') && !type.includes('disposition-notification')) return true;
  if (hasHeader(msg, 'x-failed-recipients')) return true;
  return BOUNCE_SENDER.test(localPart(msg));
}

function isBounce(msg: MailMessage, unquoted: Unquoted | undefined): boolean {
  if (isBounceSubject(msg.subject)) return true;
  return headerValue(msg, 'return-path') === '<>' && BOUNCE_BODY_RE.test(openingText(msg, unquoted));
}

/** RFC 3834 and vendor headers; `Precedence: bulk` alone is not enough (human list mail carries it). */
function hasAutoReplyHeaders(msg: MailMessage): boolean {
  const submitted = headerValue(msg, 'auto-submitted');
  // RFC 3834: auto-generated mail answers nothing (a notice) unless it says it answers a message.
  if (submitted.startsWith('auto-generated')) return !isListRelayed(msg) && isThreaded(msg);
  if (submitted !== '' && submitted !== 'no') return true;
  if (hasHeader(msg, 'x-autoreply') || hasHeader(msg, 'x-autorespond')) return true;
  if (headerValue(msg, 'precedence') === 'auto_reply') return true;
  if (headerValue(msg, 'return-path') === '<>') return true;
  const type = headerValue(msg, 'content-type');
  return type.startsWith('multipart/report') && type.includes('disposition-notification');
}

/**
 * People write "sarò assente" or "we received your message" too, so without headers a body phrase needs a
 * second sign of a notice: not a reply at all, notice wording (urgent contacts, tickets), or a return date.
 */
function isNoticeBody(msg: MailMessage, unquoted: Unquoted | undefined): boolean {
  const opening = openingText(msg, unquoted);
  if (!AUTO_BODY_RE.test(opening)) return false;
  return !isThreaded(msg) || NOTICE_CUE_RE.test(opening) || RETURN_DATE_RE.test(opening);
}

function isAutoReply(msg: MailMessage, mine: boolean, unquoted: Unquoted | undefined): boolean {
  // A tracker or a list manager relaying a person's "out of office" comment is still a notification.
  if (robotSenderWeight(msg) >= 3) return false;
  if (hasAutoReplyHeaders(msg)) return true;
  // Exchange marks its own notices with X-Auto-Response-Suppress; people's clients sometimes do too.
  const suppress = hasHeader(msg, 'x-auto-response-suppress');
  if (mine && !suppress) return false;
  return isNoticeSubject(msg.subject) || isNoticeBody(msg, unquoted);
}

/** The weighed robot and newsletter evidence of a message that is neither mine nor a notice. */
export function bulkEvidence(msg: MailMessage, unquoted?: Unquoted): BulkEvidence {
  return weighBulkEvidence(msg, ownText(msg, unquoted));
}

/**
 * The kind of one message; automated evidence wins over the sender being me or a client. A person
 * writing through a list or a group is a person (`client`); robots and newsletters are `bulk`, with or
 * without list headers. `unquoted` is unquotedText(msg.body) when the caller already has it.
 */
export function classifyMessage(msg: MailMessage, identity: Identity, unquoted?: Unquoted): MessageKind {
  if (isServerBounce(msg)) return 'bounce';
  const mine = msg.from !== null && isMe(msg.from.email, identity);
  if (!mine && isBounce(msg, unquoted)) return 'bounce';
  if (isAutoReply(msg, mine, unquoted)) return 'auto-reply';
  if (mine) return 'me';
  return bulkEvidence(msg, unquoted).score >= BULK_THRESHOLD ? 'bulk' : 'client';
}
