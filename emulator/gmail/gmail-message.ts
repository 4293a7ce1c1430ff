// GmailMessage and GmailThread over the emulated mailbox: getters on a fetched message are local calls.
import { realmArray, realmDate } from '../realm';
import { invoke, type Runtime } from '../runtime';
import { partiesString, partyString } from './address-string';
import type { GmailState, StoredMessage, StoredThread } from './gmail-state';
import { permalinkOf } from './ids';
import { createDraft } from './drafts';
import { DRAFT_INFO } from '../card/responses';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function wrapMessage(rt: Runtime, state: GmailState, stored: StoredMessage) {
  const mail = stored.mail;
  const local = <T>(method: string, work: () => T): T => invoke(rt, `GmailMessage.${method}`, 'local', work);
  return {
    getId: () => local('getId', () => stored.id),
    getThread: () => local('getThread', () => wrapThread(rt, state, state.threads.get(stored.threadId)!)),
    getFrom: () =>
      local('getFrom', () => stored.addressText?.from ?? (mail.from ? partyString(mail.from) : '')),
    getTo: () => local('getTo', () => stored.addressText?.to ?? partiesString(mail.to)),
    getCc: () => local('getCc', () => stored.addressText?.cc ?? partiesString(mail.cc)),
    getBcc: () => local('getBcc', () => mail.headers['bcc'] ?? ''),
    getReplyTo: () => local('getReplyTo', () => partiesString(mail.replyTo)),
    getDate: () => local('getDate', () => realmDate(rt.realm, mail.date ?? 0)),
    getSubject: () => local('getSubject', () => mail.subject),
    getPlainBody: () => local('getPlainBody', () => mail.text),
    getBody: () => local('getBody', () => escapeHtml(mail.text).replace(/\r?\n/g, '<br>')),
    getHeader: (name: string) => local('getHeader', () => mail.headers[String(name).toLowerCase()] ?? ''),
    getRawContent: () => local('getRawContent', () => mail.raw),
    isDraft: () => local('isDraft', () => stored.isDraft),
    isInTrash: () => local('isInTrash', () => false),
    createDraftReply: (body: string, options?: Record<string, unknown>) =>
      invoke(rt, 'GmailMessage.createDraftReply', 'remote', () =>
        draftOf(rt, state, createDraft(rt, state, stored, { body, options: options ?? {}, replyAll: false })),
      ),
    createDraftReplyAll: (body: string, options?: Record<string, unknown>) =>
      invoke(rt, 'GmailMessage.createDraftReplyAll', 'remote', () =>
        draftOf(rt, state, createDraft(rt, state, stored, { body, options: options ?? {}, replyAll: true })),
      ),
  };
}

export function wrapThread(rt: Runtime, state: GmailState, stored: StoredThread) {
  const local = <T>(method: string, work: () => T): T => invoke(rt, `GmailThread.${method}`, 'local', work);
  const first = () => stored.messages[0]!;
  return {
    getId: () => local('getId', () => stored.id),
    getMessages: () =>
      invoke(rt, 'GmailThread.getMessages', 'remote', () =>
        realmArray(
          rt.realm,
          stored.messages.map((m) => wrapMessage(rt, state, m)),
        ),
      ),
    getMessageCount: () => local('getMessageCount', () => stored.messages.length),
    getFirstMessageSubject: () => local('getFirstMessageSubject', () => first().mail.subject),
    getLastMessageDate: () =>
      local('getLastMessageDate', () =>
        realmDate(rt.realm, Math.max(...stored.messages.map((m) => m.mail.date ?? 0))),
      ),
    getPermalink: () => invoke(rt, 'GmailThread.getPermalink', 'remote', () => permalinkOf(stored.id)),
  };
}

export type EmulatedMessage = ReturnType<typeof wrapMessage>;

export function wrapDraft(rt: Runtime, state: GmailState, draftId: string, message: StoredMessage) {
  return {
    [DRAFT_INFO]: { threadId: message.threadId },
    getId: () => invoke(rt, 'GmailDraft.getId', 'local', () => draftId),
    getMessageId: () => invoke(rt, 'GmailDraft.getMessageId', 'local', () => message.id),
    getMessage: () => invoke(rt, 'GmailDraft.getMessage', 'remote', () => wrapMessage(rt, state, message)),
  };
}

function draftOf(rt: Runtime, state: GmailState, made: { draftId: string; message: StoredMessage }) {
  return wrapDraft(rt, state, made.draftId, made.message);
}
