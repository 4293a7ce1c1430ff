// Converts a ParsedMail into the core's MailMessage, keeping only the headers the classifier reads.
import { HEADER_NAMES } from '../src/core/message/header-names';
import type { MailMessage } from '../src/core/types';
import type { ParsedMail } from './parsed-mail';

export function toMailMessage(p: ParsedMail, bodyLimit = 20000): MailMessage {
  const headers: Record<string, string> = {};
  for (const name of HEADER_NAMES) {
    const value = p.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  return {
    id: p.messageId,
    at: p.date ?? 0,
    from: p.from,
    to: p.to,
    cc: p.cc,
    replyTo: p.replyTo,
    subject: p.subject,
    headers,
    body: p.text.slice(0, bodyLimit),
  };
}
