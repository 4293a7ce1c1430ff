// Turns one raw RFC 5322 message into a ParsedMail with postal-mime, repairing what real mail gets wrong.
import { createHash } from 'node:crypto';
import PostalMime from 'postal-mime';
import type { Party } from '../src/core/types';
import type { ParsedMail } from './parsed-mail';
import { htmlToText } from './html-to-text';
import { capId, capReferences } from './id-limits';
import { mailDate } from './mail-date';
import { messageIds } from './message-ids';
import { preambleOf, textOfAttachment, withTextSubtypes } from './mime-repairs';
import { simpleEmail, type SimpleEmail } from './simple-mail';

export { messageIds } from './message-ids';

type Address = import('postal-mime').Address;
type Header = import('postal-mime').Header;

export interface ParseOptions {
  /** Told about what was read as unknown (e.g. a date outside 1970-9999). */
  readonly warn?: (text: string) => void;
  /** Keep the raw text (the emulator's getRawContent); the CLI does without it. Default true. */
  readonly keepRaw?: boolean;
}

function toParties(list: readonly Address[] | undefined): Party[] {
  const out: Party[] = [];
  for (const a of list ?? []) {
    const boxes = a.group ?? [a];
    for (const box of boxes) {
      if (box.address) out.push({ email: box.address.toLowerCase(), name: box.name ?? '' });
    }
  }
  return out;
}

function firstHeaders(headers: readonly Header[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of headers) {
    // postal-mime keeps any line before the blank line as a header; a real field name has no spaces.
    if (!/^[!-9;-~]+$/.test(h.key)) continue;
    if (!(h.key in out)) out[h.key] = h.value.replace(/\r?\n[ \t]+/g, ' ').trim();
  }
  return out;
}

/** Bytes as text: UTF-8 when valid, otherwise latin1 (old 8-bit mail without a declared charset). */
export function bytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

/** The plain body; the HTML without tags; else the preamble and inline text attachments (never lost). */
function textOf(email: SimpleEmail, latin1: string): string {
  if (email.text) return email.text;
  if (email.html) return htmlToText(email.html);
  const inline = email.attachments
    .filter((a) => a.disposition !== 'attachment')
    .map((a) => textOfAttachment(a.content))
    .filter((t) => t.trim() !== '');
  return [preambleOf(latin1), ...inline].filter((t) => t !== '').join('\n\n');
}

/** Throws when the bytes hold no message at all (no header could be read). */
export async function parseMessage(
  bytes: Uint8Array,
  source: string,
  options: ParseOptions = {},
): Promise<ParsedMail> {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const repaired = withTextSubtypes(latin1);
  const input = repaired === latin1 ? bytes : Buffer.from(repaired, 'latin1');
  const email = simpleEmail(input) ?? (await PostalMime.parse(input));
  const headers = firstHeaders(email.headers);
  if (Object.keys(headers).length === 0) throw new Error('no header fields found');
  const raw = options.keepRaw === false ? '' : bytesToText(bytes);
  const from = toParties(email.from ? [email.from] : undefined)[0] ?? null;
  const id = messageIds(headers['message-id'])[0];
  const inReplyTo = messageIds(headers['in-reply-to'])[0];
  const warn = options.warn ?? (() => undefined);
  return {
    source,
    messageId: id === undefined ? synthesisedId(bytes) : capId(id),
    gmThreadId: headers['x-gm-thrid'] ?? null,
    inReplyTo: inReplyTo === undefined ? null : capId(inReplyTo),
    references: capReferences(messageIds(headers['references'])),
    date: mailDate(email.date, headers['date'], warn),
    from,
    to: toParties(email.to),
    cc: toParties(email.cc),
    replyTo: toParties(email.replyTo),
    subject: email.subject ?? '',
    headers,
    text: textOf(email, repaired),
    contentType: (headers['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase(),
    raw,
  };
}

/** A stable id for a message without Message-ID: a hash of its text, as before (UTF-8 when valid). */
function synthesisedId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytesToText(bytes)).digest('hex').slice(0, 24) + '@synthesised.invalid';
}
