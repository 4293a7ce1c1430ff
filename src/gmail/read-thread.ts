// Gmail adapter: the open thread as plain data, every field read once, a fixed number of round trips.
import { parseAddressList } from '../core/addresses';
import { knownInstant } from '../core/known-date';
import { HEADER_NAMES } from '../core/message/header-names';
import type { MailMessage, ThreadData } from '../core/types';

/** Bodies only feed phrase rules and language detection; long tails add nothing but time. */
const BODY_LIMIT = 20_000;
/**
 * A subject becomes the project's name in titles and in the nudge text; no real subject is this long, and a
 * crafted 20,000-character one would otherwise be copied into every card and draft.
 */
const SUBJECT_LIMIT = 200;

const bounded = (text: string, limit: number): string =>
  text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;

function toMailMessage(message: GoogleAppsScript.Gmail.GmailMessage): MailMessage {
  const headers: Record<string, string> = {};
  for (const name of HEADER_NAMES) {
    const value = message.getHeader(name);
    if (value) headers[name] = value;
  }
  const from = parseAddressList(message.getFrom());
  return {
    id: message.getId(),
    at: knownInstant(message.getDate()?.getTime() ?? NaN),
    from: from[0] ?? null,
    to: parseAddressList(message.getTo()),
    cc: parseAddressList(message.getCc()),
    replyTo: parseAddressList(message.getReplyTo()),
    subject: bounded(message.getSubject(), SUBJECT_LIMIT),
    headers,
    body: message.getPlainBody().slice(0, BODY_LIMIT),
  };
}

export class ThreadNotFoundError extends Error {
  override readonly name = 'ThreadNotFoundError';
}

/**
 * Reads need the per-message token first: with only gmail.addons.current.message.readonly the
 * add-on may read just the thread the user has open.
 */
export function readOpenThread(gmail: {
  messageId: string;
  threadId: string;
  accessToken: string;
}): ThreadData {
  GmailApp.setCurrentMessageAccessToken(gmail.accessToken);
  // Google's own samples read the open message by the event's messageId (`msg-f:<decimal>`, which
  // getMessageById accepts like the hex id); the event's thread-f: id is not a getThreadById argument.
  const thread = GmailApp.getMessageById(gmail.messageId)?.getThread();
  if (!thread) throw new ThreadNotFoundError(`Gmail returned no thread for message ${gmail.messageId}`);
  // A draft (ours, e.g. from "Reply with this") sits in the thread but was never sent: it is not a message.
  const messages = thread
    .getMessages()
    .filter((message) => !message.isDraft())
    .map(toMailMessage);
  return { id: thread.getId(), subject: messages[0]?.subject ?? '', messages };
}
