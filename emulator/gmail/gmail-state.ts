// The mailbox behind the emulated GmailApp: threads and messages by id, and drafts created by the add-on.
import type { MailThread, ParsedMail } from '../../mail/parsed-mail';
import { gmailId } from './ids';

export interface StoredMessage {
  readonly id: string;
  readonly threadId: string;
  readonly mail: ParsedMail;
  readonly isDraft: boolean;
  /**
   * Address headers exactly as getFrom/getTo/getCc return them, when a test needs text no parser would
   * produce (a crafted 500 KB Cc header): Gmail hands such text to the add-on as it is.
   */
  addressText?: { from?: string; to?: string; cc?: string };
}

export interface StoredThread {
  readonly id: string;
  readonly messages: StoredMessage[];
}

export interface StoredDraft {
  readonly id: string;
  readonly message: StoredMessage;
  /** The Gmail id of the message the draft replies to. */
  readonly inReplyToId: string;
  readonly replyAll: boolean;
  readonly body: string;
  readonly options: Readonly<Record<string, unknown>>;
}

export class GmailState {
  readonly threads = new Map<string, StoredThread>();
  readonly messages = new Map<string, StoredMessage>();
  readonly drafts: StoredDraft[] = [];
  /** The user's send-as aliases besides the primary address (what GmailApp.getAliases() would list). */
  readonly sendAs = new Set<string>();

  /** Adds a thread; its id is the id of its first (oldest) message, as in Gmail. */
  addThread(thread: MailThread): StoredThread {
    const first = thread.messages[0];
    if (!first) throw new Error('a thread needs at least one message');
    const id = gmailId(first.messageId);
    const stored: StoredThread = { id, messages: [] };
    this.threads.set(id, stored);
    for (const mail of thread.messages) this.addMessage(stored, mail, false);
    return stored;
  }

  addMessage(thread: StoredThread, mail: ParsedMail, isDraft: boolean): StoredMessage {
    const message: StoredMessage = { id: gmailId(mail.messageId), threadId: thread.id, mail, isDraft };
    thread.messages.push(message);
    this.messages.set(message.id, message);
    return message;
  }

  /** Gmail ids of a parsed message and its thread, for building event objects in tests. */
  idsOf(messageId: string): { messageId: string; threadId: string } | null {
    const message = this.messages.get(gmailId(messageId));
    return message ? { messageId: message.id, threadId: message.threadId } : null;
  }
}
