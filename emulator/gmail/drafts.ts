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

/**
 * Who a reply is addressed to, as Gmail does it. Gmail knows as "me" only the primary address and the
 * send-as aliases (an address declared in the add-on's settings alone is somebody else to Gmail):
 * - a reply to somebody else's message goes To its Reply-To, else its From; a reply to my own message
 *   goes To that message's original To recipients (Gmail's "reply" on a sent message);
 * - reply-all adds the other To recipients to To and keeps the Cc in Cc, without me;
 * - the `cc` and `bcc` options ("a comma-separated list of email addresses",
 *   GmailMessage.createDraftReply(body, options)) add their addresses to Cc and Bcc.
 */
function recipients(
  rt: Runtime,
  state: GmailState,
  parent: StoredMessage,
  req: DraftRequest,
): { to: Party[]; cc: Party[]; bcc: Party[] } {
  const me = rt.userEmail.toLowerCase();
  const isMine = (email: string) => email === me || state.sendAs.has(email);
  const p = parent.mail;
  const fromMe = isMine(p.from?.email ?? '');
  const direct = fromMe ? [...p.to] : p.replyTo.length > 0 ? [...p.replyTo] : p.from ? [p.from] : [];
  const seen = new Set<string>();
  const keep = (list: readonly Party[], dropMine: boolean) =>
    list.filter((x) => {
      if ((dropMine && isMine(x.email)) || seen.has(x.email)) return false;
      seen.add(x.email);
      return true;
    });
  const to = keep([...direct, ...(req.replyAll ? p.to : [])], !fromMe);
  const cc = keep([...(req.replyAll ? p.cc : []), ...listOption(req.options['cc'])], req.replyAll);
  return { to, cc, bcc: keep(listOption(req.options['bcc']), false) };
}

function listOption(value: unknown): Party[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((email) => /^[^\s@<>]+@[^\s@<>]+$/.test(email))
    .map((email) => ({ email, name: '' }));
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
  const addressed = recipients(rt, state, parent, req);
  const bcc = addressed.bcc.map((p) => p.email).join(', ');
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
      to: addressed.to,
      cc: addressed.cc,
      replyTo: [],
      subject,
      headers: {
        'message-id': `<${messageId}>`,
        'in-reply-to': `<${parent.mail.messageId}>`,
        subject,
        ...(bcc ? { bcc } : {}),
      },
      text: req.body,
      contentType: 'text/plain',
      raw: `Subject: ${subject}\r\n\r\n${req.body}`,
    },
    true,
  );
  state.drafts.push({ id: draftId, message, inReplyToId: parent.id, ...req });
  return { draftId, message };
}
