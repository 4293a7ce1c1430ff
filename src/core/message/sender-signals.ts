// What a sender's address and display name say about a program sending: noreply, bots, list managers.
import { memoized } from './memoized';
import type { MailMessage, Party } from '../types';

/** Local parts that read a reply nobody will see: noreply, do-not-reply (also inside longer names). */
const NO_REPLY = /^(?:no|do[-_.]?not|dont)[-_.]?reply$|^noreply$|^donotreply$/;

/** Words a notifying program uses for its sending address (one token of the local part). */
const NOTIFIER_TOKENS = new Set([
  'notification',
  'notifications',
  'notify',
  'notifier',
  'alerts',
  'rssfeeds',
  'bugzilla',
  'jira',
  'tracker',
]);

/** Words a newsletter or a marketing service uses for its sending address. */
const SERVICE_TOKENS = new Set([
  'newsletter',
  'newsletters',
  'news',
  'mailer',
  'mailers',
  'bounce',
  'bounces',
  'marketing',
  'mailings',
  'updates',
  'digest',
  'announce',
  'subscriptions',
]);

/** Robots by name: bot, robot, daemon and list managers (majordomo, listserv, mailman, ezmlm …). */
const ROBOT_TOKENS = new Set([
  'bot',
  'bots',
  'robot',
  'daemon',
  'majordomo',
  'listserv',
  'listproc',
  'lyris',
  'mailman',
  'ezmlm',
  'sympa',
  'cron',
  'nobody',
  'digestifier',
  'listmanager',
  // System accounts (root, www-data, smtp …) send what cron jobs and web scripts produce.
  'root',
  'www',
  'apache',
  'httpd',
  'smtp',
  'postfix',
]);

/** "syzbot", "tip-bot2": a word ending in bot. Weaker than the word alone: Talbot and Abbot are people. */
const BOT_WORD = /^[a-z]{2,5}bot\d*$|^bot\d+$/;

/** List-manager addresses: owner-x@, x-request@, x-owner@, x-admin@ (RFC 2142 role names for lists). */
const LIST_MANAGER_LOCAL = /^owner-|-(?:owner|request|admin)$/;

export function localPartOf(email: string): string {
  return email.slice(0, Math.max(0, email.lastIndexOf('@'))).toLowerCase();
}

function tokensOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

const isNoReplyAddress = memoized((email) => {
  const local = localPartOf(email);
  return NO_REPLY.test(local) || /(?:^|[-_.+])no-?reply(?:$|[-_.+])/.test(local);
});

export function isNoReplySender(msg: MailMessage): boolean {
  return isNoReplyAddress(msg.from?.email ?? '');
}

/** A service mailbox: its local part names notifications, a newsletter, a mailer or bounces. */
const isServiceAddress = memoized((email) => tokensOf(localPartOf(email)).some((t) => SERVICE_TOKENS.has(t)));

export function isServiceSender(msg: MailMessage): boolean {
  return isServiceAddress(msg.from?.email ?? '');
}

function robotWeight(text: string): number {
  const tokens = tokensOf(text);
  if (tokens.some((t) => ROBOT_TOKENS.has(t) || NOTIFIER_TOKENS.has(t))) return 3;
  return tokens.some((t) => BOT_WORD.test(t)) ? 2 : 0;
}

/**
 * A thread repeats its senders: each one is weighed once (bounded, plain data in and out). Keyed by
 * address, then name: the strings are the messages' own, so no key is built per call.
 */
const senderWeights = new Map<string, Map<string, number>>();

/**
 * How strongly the address or the display name says bot, robot or daemon, or names a list manager:
 * 3 for the word itself, 2 for a compound ("syzbot") that a surname can also be.
 */
export function robotSenderWeight(msg: MailMessage): number {
  const email = msg.from?.email ?? '';
  const displayName = msg.from?.name ?? '';
  let byName = senderWeights.get(email);
  const known = byName?.get(displayName);
  if (known !== undefined) return known;
  const local = localPartOf(email);
  const name = tokensOf(displayName)
    .filter((t) => !NOTIFIER_TOKENS.has(t))
    .join(' ');
  const weight = LIST_MANAGER_LOCAL.test(local) ? 3 : Math.max(robotWeight(local), robotWeight(name));
  if (!byName) {
    if (senderWeights.size > 500) senderWeights.clear();
    senderWeights.set(email, (byName = new Map()));
  }
  // One address can carry thousands of names (a group's "X via Sales", notifications@ of a forge).
  if (byName.size > 50) byName.clear();
  byName.set(displayName, weight);
  return weight;
}

/** An address that only a program reads: noreply@, majordomo@, x-request@, bot@, notifications@. */
export function isProgramAddress(party: Party): boolean {
  const local = localPartOf(party.email);
  if (NO_REPLY.test(local) || /(?:^|[-_.+])no-?reply(?:$|[-_.+])/.test(local)) return true;
  return LIST_MANAGER_LOCAL.test(local) || robotWeight(local) >= 3;
}

/** Local parts made by a program: long runs of digits or hex, as tracking and VERP addresses carry. */
const isGeneratedLocalPart = memoized((email) =>
  /[0-9a-f]{12,}|\d{6,}|#|^\d{3,}$/.test(localPartOf(email).replace(/[-_.]/g, '')),
);

export function isGeneratedAddress(msg: MailMessage): boolean {
  return isGeneratedLocalPart(msg.from?.email ?? '');
}
