// Draft replies: the draft joins its thread as a draft message and is recorded with its parent
// (gmail-message.ts wraps it, so this file does not import the message wrapper back).
import type { Party } from '../../src/core/types';
import { exception } from '../errors';
import type { Runtime } from '../runtime';
import type { GmailState, StoredMessage } from './gmail-state';
import { gmailId } from './ids';

export interface DraftRequest {
  body: string;
  options: Readonly<Record<string, unknown>>;
  replyAll: boolean;
}

function recipients(rt: Runtime, state: GmailState, parent: StoredMessage, replyAll: boolean): Party[] {
  const me = rt.userEmail.toLowerCase();
  const p = parent.mail;
  const fromMe = p.from?.email === me || state.sendAs.has(p.from?.email ?? '');
  const primary = fromMe ? [...p.to] : p.replyTo.length > 0 ? [...p.replyTo] : p.from ? [p.from] : [];
  const extra = replyAll ? [...p.to, ...p.cc] : [];
  const seen = new Set<string>();
  return [...primary, ...extra].filter((x) => {
    const mine = x.email === me || state.sendAs.has(x.email);
    if ((mine && !fromMe) || seen.has(x.email)) return false;
    seen.add(x.email);
    return true;
  });
}

/** The `from` option must be the primary address or a send-as alias (documented: one of getAliases()). */
function sender(rt: Runtime, state: GmailState, options: DraftRequest['options']): Party {
  const primary = rt.userEmail.toLowerCase();
  const from = options['from'];
  if (from === undefined) return { email: primary, name: '' };
  const email = typeof from === 'string' ? from.trim().toLowerCase() : '';
  if (email !== primary && !state.sendAs.has(email)) {
    throw exception(rt.realm, `Invalid argument: ${String(from)}`);
  }
  return { email, name: '' };
}

export function createDraft(
  rt: Runtime,
  state: GmailState,
  parent: StoredMessage,
  req: DraftRequest,
): { draftId: string; message: StoredMessage } {
  const me = sender(rt, state, req.options);
  const thread = state.threads.get(parent.threadId)!;
  const draftId = `r-${BigInt('0x' + gmailId(`draft:${state.drafts.length}:${parent.id}`)).toString()}`;
  const subjectOption =
    typeof req.options['subject'] === 'string' ? (req.options['subject'] as string) : null;
  const subject =
    subjectOption ?? (/^re:/i.test(parent.mail.subject) ? parent.mail.subject : `Re: ${parent.mail.subject}`);
  const messageId = `${draftId}@drafts.emulator.invalid`;
  const message = state.addMessage(
    thread,
    {
      ...parent.mail,
      source: `draft:${draftId}`,
      messageId,
      gmThreadId: parent.mail.gmThreadId,
      inReplyTo: parent.mail.messageId,
      references: [...parent.mail.references, parent.mail.messageId],
      date: rt.clock.now,
      from: me,
      to: recipients(rt, state, parent, req.replyAll),
      cc: [],
      replyTo: [],
      subject,
      headers: { 'message-id': `<${messageId}>`, 'in-reply-to': `<${parent.mail.messageId}>`, subject },
      text: req.body,
      contentType: 'text/plain',
      raw: `Subject: ${subject}\r\n\r\n${req.body}`,
    },
    true,
  );
  state.drafts.push({ id: draftId, message, inReplyToId: parent.id, ...req });
  return { draftId, message };
}
