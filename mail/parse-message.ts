// Turns one raw RFC 5322 message into a ParsedMail with postal-mime.
import { createHash } from 'node:crypto';
import PostalMime from 'postal-mime';
import type { Party } from '../src/core/types';
import type { ParsedMail } from './parsed-mail';
import { htmlToText } from './html-to-text';

type Address = import('postal-mime').Address;
type Header = import('postal-mime').Header;

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

/** Message ids in their <...> form, angle brackets removed; bare tokens when no brackets are present. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = value.match(/<[^<>]+>/g);
  const tokens = bracketed ?? value.split(/[\s,]+/);
  return tokens.map((t) => t.replace(/^<|>$/g, '').trim()).filter((t) => t !== '');
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

function epochOf(date: string | undefined): number | null {
  if (!date) return null;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? null : ms;
}

/** Throws when the bytes hold no message at all (no header could be read). */
export async function parseMessage(bytes: Uint8Array, source: string): Promise<ParsedMail> {
  const email = await PostalMime.parse(bytes);
  const headers = firstHeaders(email.headers);
  if (Object.keys(headers).length === 0) throw new Error('no header fields found');
  const raw = bytesToText(bytes);
  const from = toParties(email.from ? [email.from] : undefined)[0] ?? null;
  const ids = messageIds(headers['message-id']);
  const synthesised = createHash('sha256').update(raw).digest('hex').slice(0, 24) + '@synthesised.invalid';
  return {
    source,
    messageId: ids[0] ?? synthesised,
    gmThreadId: headers['x-gm-thrid'] ?? null,
    inReplyTo: messageIds(headers['in-reply-to'])[0] ?? null,
    references: messageIds(headers['references']),
    date: epochOf(email.date),
    from,
    to: toParties(email.to),
    cc: toParties(email.cc),
    replyTo: toParties(email.replyTo),
    subject: email.subject ?? '',
    headers,
    text: email.text ?? (email.html ? htmlToText(email.html) : ''),
    contentType: (headers['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase(),
    raw,
  };
}
