// A fast reading of the commonest message (one plain-text part, no transfer encoding) that gives exactly what postal-mime gives.
import PostalMime, { addressParser, decodeWords } from 'postal-mime';

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;
type Address = import('postal-mime').Address;

/** The parts of postal-mime's result parse-message.ts reads. */
export type SimpleEmail = Pick<
  Email,
  'headers' | 'from' | 'to' | 'cc' | 'replyTo' | 'subject' | 'date' | 'text' | 'html' | 'attachments'
>;

const LF = 0x0a;
const CR = 0x0d;
/** A plain text body in UTF-8 (postal-mime's default) or ASCII, and nothing else in the Content-Type. */
const PLAIN = /^text\/plain(?:;[ \t]*charset=("?)(utf-8|us-ascii)\1)?$/i;
const utf8 = new TextDecoder('utf-8');

/** SP and HTAB only, as postal-mime trims a header (String.prototype.trim also takes Unicode spaces). */
function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start += 1;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  return text.slice(start, end);
}

/** postal-mime's lines: up to each LF, every CR and LF at the end dropped; a last line without LF counts. */
function lineEnds(bytes: Buffer, from: number): { start: number; end: number; next: number } {
  const lf = bytes.indexOf(LF, from);
  const next = lf === -1 ? bytes.length : lf + 1;
  let end = lf === -1 ? bytes.length : lf;
  while (end > from && bytes[end - 1] === CR) end -= 1;
  return { start: from, end, next };
}

/** Header fields as postal-mime makes them: folded lines joined as they are, key and value trimmed. */
function headerFields(lines: readonly string[]): { key: string; value: string }[] {
  const folded: string[][] = [];
  for (const line of lines) {
    const last = folded[folded.length - 1];
    if (last && /^[ \t]/.test(line)) last.push(line);
    else folded.push([line]);
  }
  return folded.map((parts) => {
    const line = parts.join('');
    const sep = line.indexOf(':');
    const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase();
    return { key, value: sep < 0 ? '' : trimWsp(line.slice(sep + 1).replace(/[\r\n]+/g, ' ')) };
  });
}

function addressesOf(headers: readonly { key: string; value: string }[], key: string): Address[] {
  const out: Address[] = [];
  for (const h of headers) if (h.key === key && h.value) out.push(...addressParser(h.value));
  return out;
}

/** The header block's lines (ASCII only) and where the body starts; null when the block is unusual. */
function headerLines(bytes: Buffer): { lines: string[]; body: number } | null {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length;) {
    const { start, end, next } = lineEnds(bytes, at);
    // postal-mime refuses header blocks over 2 MB: those go to it, as do messages without headers.
    if (end === start) return lines.length === 0 || at > 1 << 20 ? null : { lines, body: next };
    const line = bytes.toString('latin1', start, end);
    if (/[\x80-\xff]/.test(line)) return null;
    lines.push(line);
    at = next;
  }
  return null;
}

/** The body as postal-mime's pass-through decoder joins it: every line with LF, then decoded. */
function bodyText(bytes: Buffer, from: number, ascii: boolean): string | null {
  // US-ASCII is read by postal-mime as windows-1252: only plain ASCII bodies are read the same here.
  if (ascii && bytes.subarray(from).some((c) => c >= 0x80)) return null;
  const out = Buffer.allocUnsafe(bytes.length - from + 1);
  let size = 0;
  for (let at = from; at < bytes.length;) {
    const { start, end, next } = lineEnds(bytes, at);
    size += bytes.copy(out, size, start, end);
    out[size++] = LF;
    at = next;
  }
  return utf8.decode(out.subarray(0, size));
}

/**
 * postal-mime's result for a message whose header block is ASCII and whose only part is text/plain in
 * UTF-8 or ASCII, without transfer encoding, disposition or format parameter; null for any other message
 * (read by postal-mime itself). tests/mail/simple-mail.test.ts compares both on every message at hand.
 */
export function simpleEmail(input: Uint8Array): SimpleEmail | null {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const block = headerLines(bytes);
  if (block === null) return null;
  const headers = headerFields(block.lines);
  const first = (key: string) => headers.find((h) => h.key === key);
  const type = PLAIN.exec(first('content-type')?.value ?? 'text/plain');
  const encoding = first('content-transfer-encoding')?.value ?? '';
  if (type === null || first('content-disposition') || !/^(?:|7bit|8bit)$/i.test(encoding)) return null;
  const text = bodyText(bytes, block.body, type[2]?.toLowerCase() === 'us-ascii');
  if (text === null || text === '') return null;
  const from = first('from');
  const subject = first('subject');
  const date = first('date');
  const parsedDate = date && new Date(date.value);
  const email: Record<string, unknown> = { headers: headers.map(({ key, value }) => ({ key, value })) };
  const fromList = from?.value ? addressParser(from.value) : [];
  if (fromList.length > 0) email['from'] = fromList[0];
  for (const [key, name] of [
    ['to', 'to'],
    ['cc', 'cc'],
    ['reply-to', 'replyTo'],
  ] as const) {
    const list = addressesOf(headers, key);
    if (list.length > 0) email[name] = list;
  }
  if (subject?.value) email['subject'] = decodeWords(subject.value);
  if (date && parsedDate)
    email['date'] = parsedDate.toString() === 'Invalid Date' ? date.value : parsedDate.toISOString();
  email['text'] = text;
  email['attachments'] = [];
  return email as unknown as SimpleEmail;
}
