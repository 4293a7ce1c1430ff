// Weighs the evidence that a program or a mass mailing, not a person, wrote a message (DESIGN "Robots").
import { domainOf as domainOfEmail, isPublicMailDomain, organisationDomain } from '../addresses';
import {
  CROWD_GREETING_RE,
  MILLIONS_RE,
  phraseMarks,
  TRACKER_EVENT_RE,
  UNSUBSCRIBE_RE,
} from './bulk-phrases';
import { isGeneratedAddress, isNoReplySender, isServiceSender, robotSenderWeight } from './sender-signals';
import { SERVICE_HEADERS } from './header-names';
import { isFromRewrittenByList, isListRelayed, withoutListFooter } from './list-relay';
import { memoized } from './memoized';
import { subjectSigns } from './subject-signs';
import { hasHeader, headerValue, isThreaded } from './header-value';
import type { MailMessage } from '../types';

/** Total weight from which a message is bulk; one strong sign (3) or two weaker ones suffice. */
export const BULK_THRESHOLD = 3;

export interface BulkEvidence {
  /** Signs of a program or a mass mailing, minus signs of a person in a conversation. */
  readonly score: number;
  /** The part of the score that says a program wrote it (a robot), not a newsletter. */
  readonly robot: number;
}

/** Header families of trackers, forges, CI servers and cron (their names say the program). */
const ROBOT_HEADERS = [
  'x-bugzilla-reason',
  'x-github-reason',
  'x-gitlab-project',
  'x-jenkins-job',
  'x-cron-env',
];

/** X-Mailer values of mass-mailing software and of scripts (PHP, Perl, CDO …), not of mail clients. */
const MASS_MAILER =
  /accucast|lyris|list ?manager|listserv|majordomo|mailman|smart_?send|phplist|mailchimp|sendinblue|sendgrid|mailjet|campaign|newsletter|mass ?mail|bulk|easy ?dm|octeth|targetmail|messagemaker|aspmail|sendemail|phpmailer|swiftmailer|mime::lite|\bcdo\b|daemon|robot|\bbot\b|mailing|blast|marketing|store-mailer/i;
/** Sending subdomains of mass mailings and alerts: news.example.com, alerts.example.com, e.example.com. */
const MASS_SUBDOMAIN =
  /^(?:alerts?|news|newsletters?|mailer|mailings?|bounces?|campaigns?|marketing|notifications?|notify|updates|promo|e|em|mkt)\.[^.]+\.[^.]+/;

const isMassSubdomain = memoized((email) => MASS_SUBDOMAIN.test(domainOfEmail(email)));

function domainOf(msg: MailMessage): string {
  return domainOfEmail(msg.from?.email ?? '');
}

/** Replies diverted from a company's address to a free-mail one: how scams collect their answers. */
function repliesDiverted(msg: MailMessage): boolean {
  if (msg.replyTo.length === 0) return false;
  const from = domainOf(msg);
  if (from === '' || isPublicMailDomain(from)) return false;
  return msg.replyTo.some((p) => {
    const to = domainOfEmail(p.email);
    return isPublicMailDomain(to) && organisationDomain(to) !== organisationDomain(from);
  });
}

/** An X-Mailer that is a host name ("mail.example.pl"): a sending server, not a mail program. */
const HOST_MAILER = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** A reply in a conversation: threading headers and a reply prefix. */
function isReply(msg: MailMessage): boolean {
  return subjectSigns(msg.subject).replyPrefix && isThreaded(msg);
}

/** A reply, or a person passing something on (the quoted mailing is not theirs). */
function isAnswering(msg: MailMessage): boolean {
  return isReply(msg) || subjectSigns(msg.subject).forward;
}

function headerRobot(msg: MailMessage): number {
  let robot = robotSenderWeight(msg);
  if (ROBOT_HEADERS.some((n) => hasHeader(msg, n))) robot = Math.max(robot, 3);
  // RFC 3834: auto-generated mail that answers nothing is a notice; on a reply it may be a relay's stamp.
  if (headerValue(msg, 'auto-submitted').startsWith('auto-generated')) robot += isReply(msg) ? 1 : 3;
  const mailer = headerValue(msg, 'x-mailer');
  if (/daemon|robot|\bbot\b|cron|script|php|perl|python/.test(mailer)) robot += 3;
  // A program stamps X-Loop with its own address to stop answering itself (trackers, list robots).
  const from = msg.from?.email ?? '';
  if (from !== '' && headerValue(msg, 'x-loop').includes(from)) robot += 3;
  return robot;
}

/** Lists that only announce, or that carry commits and tracker mail, name themselves so. */
const ANNOUNCE_LIST =
  /(?:^|[^a-z])(?:announce|announcements?|news|newsletters?|updates|alerts|press|commits?|cvs|svn|checkins)(?:[^a-z]|$)/;

/** The list's own name: List-Id's identifier and the list manager's Sender address. */
function listName(msg: MailMessage): string {
  const id = headerValue(msg, 'list-id').match(/<([^>]*)>/)?.[1] ?? headerValue(msg, 'list-id');
  return `${id.split('.')[0] ?? ''} ${headerValue(msg, 'sender').replace(/^.*</, '').split('@')[0] ?? ''}`;
}

function headerMass(msg: MailMessage, relayed: boolean): number {
  let mass = SERVICE_HEADERS.some((n) => hasHeader(msg, n)) ? 3 : 0;
  // RFC 8058 one-click unsubscribe is the sender's own unless a list relayed it (lists add it too).
  if (!relayed && hasHeader(msg, 'list-unsubscribe-post')) mass += 3;
  // Feedback-ID is set by bulk services, but also by some mailbox providers on people's mail (Fastmail).
  if (hasHeader(msg, 'feedback-id')) mass += 2;
  // RFC 2369: "List-Post: NO" is a list nobody posts to, i.e. an announcement list.
  if (/^no\b/.test(headerValue(msg, 'list-post'))) mass += 3;
  if (relayed && ANNOUNCE_LIST.test(listName(msg))) mass += 3;
  const mailer = headerValue(msg, 'x-mailer');
  if (MASS_MAILER.test(mailer)) mass += 3;
  else if (HOST_MAILER.test(mailer)) mass += 3;
  if (isMassSubdomain(msg.from?.email ?? '')) mass += 2;
  if (isNoReplySender(msg) || isServiceSender(msg)) mass += 3;
  // List-Unsubscribe without a list relaying it: the sender's own distribution (RFC 2369, RFC 8058).
  if (!relayed && hasHeader(msg, 'list-unsubscribe')) mass += 2;
  if (!relayed && /^(?:bulk|junk|list)$/.test(headerValue(msg, 'precedence'))) mass += 1;
  if (hasHeader(msg, 'x-loop')) mass += 1;
  if (isGeneratedAddress(msg)) mass += 1;
  if (repliesDiverted(msg) && !isFromRewrittenByList(msg)) mass += 2;
  return mass;
}

/** Up to 3 points for marks of a template: one mark is a hint, three are a pattern. */
const capped = (marks: number): number => Math.min(3, marks);

/** The last 600 characters of a longer text: where newsletters put their unsubscribe footer. */
function footerOf(text: string): string {
  return text.length > 400 ? text.slice(-600) : '';
}

/** The text's own signs; `text` has lost the list's footer already (it speaks for the list). */
function contentWeights(msg: MailMessage, ownText: string): { robot: number; mass: number } {
  // Lower-cased once: the phrase tables are lower-case and case-insensitive Unicode regexes are slow.
  const text = ownText.toLowerCase();
  const signs = subjectSigns(msg.subject);
  const answering = isAnswering(msg);
  const marks = phraseMarks(`${signs.lower}\n${text}`);
  let robot = (marks.robot >= 2 ? 3 : marks.robot) + (TRACKER_EVENT_RE.test(text) ? 2 : 0);
  if (signs.ciReport || (!answering && signs.robotSubject)) robot += 2;
  if (!answering) robot += Math.min(3, marks.listManager * 2);
  let mass = marks.mass + (UNSUBSCRIBE_RE.test(footerOf(text)) ? 1 : 0);
  if (MILLIONS_RE.test(text)) mass += 1;
  if (CROWD_GREETING_RE.test(text.slice(0, 300))) mass += 2;
  if (!answering) mass += signs.templateMarks;
  // HTML sent as the only part, or as markup in a plain part: designed mailings, not typed messages.
  if (
    headerValue(msg, 'content-type').startsWith('text/html') ||
    /^\s*<(?:html|head|body|table)\b/i.test(text)
  )
    mass += 2;
  // "re:" without In-Reply-To/References: a subject made to look like a reply, as spam does.
  if (signs.rePrefix && !isThreaded(msg)) mass += 1;
  return { robot: capped(robot), mass: capped(mass) };
}

/**
 * All the evidence, weighed. `text` is the message's own (unquoted) text. A person answering in a
 * conversation (a "Re:" reply with In-Reply-To/References) loses a point: newsletters never reply.
 */
export function weighBulkEvidence(msg: MailMessage, text: string): BulkEvidence {
  const relayed = isListRelayed(msg);
  const own = relayed ? withoutListFooter(text) : text;
  // Templates show at the top and in the footer; reading only those keeps long mail cheap.
  const sample = own.length > 6000 ? `${own.slice(0, 4000)}\n${own.slice(-2000)}` : own;
  const content = contentWeights(msg, sample);
  const robot = headerRobot(msg) + content.robot;
  // Robots answer patches too, and headers do not change with a reply: the discount is for the text only.
  const answering = isAnswering(msg) && robot < BULK_THRESHOLD;
  const score = robot + headerMass(msg, relayed) + Math.max(0, content.mass - (answering ? 1 : 0));
  return { score, robot };
}
