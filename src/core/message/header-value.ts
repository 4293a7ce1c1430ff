// A message's header as the rules compare it: trimmed and lower-cased, '' when absent.
import type { MailMessage } from '../types';

/** Most headers the rules ask for are absent: that case returns before any string work. */
export function headerValue(msg: MailMessage, name: string): string {
  const value = msg.headers[name];
  return value === undefined || value === '' ? '' : value.trim().toLowerCase();
}

/** The header is there with something in it (no lower-casing needed to say so). */
export function hasHeader(msg: MailMessage, name: string): boolean {
  const value = msg.headers[name];
  return value !== undefined && value !== '' && value.trim() !== '';
}

/** In-Reply-To or References: the message answers another one (RFC 5322 §3.6.4). */
export function isThreaded(msg: MailMessage): boolean {
  return hasHeader(msg, 'in-reply-to') || hasHeader(msg, 'references');
}
