// Repairs for MIME that real mail gets wrong, so no message loses its text to a parser's strictness.

/** `Content-Type: text` with no subtype (old mailers) means text/plain (RFC 2045 §5.2's default). */
export function withTextSubtypes(latin1: string): string {
  return latin1.replace(/^(content-type:[ \t]*)text([ \t]*(?:;|\r?\n))/gim, '$1text/plain$2');
}

function boundaryOf(headerBlock: string): string | null {
  const type = /^content-type:([^\n]*(?:\n[ \t][^\n]*)*)/im.exec(headerBlock)?.[1] ?? '';
  if (!/^\s*multipart\//i.test(type)) return null;
  const match = /boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(type);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * The words a multipart message writes before its first part (the "preamble"): old MIME tools put the
 * sender's own note there, and for a message whose only parts are attachments it is all there is to read.
 * The generic "This is a multi-part message in MIME format." line says nothing and is left out.
 */
export function preambleOf(latin1: string): string {
  const end = latin1.search(/\r?\n\r?\n/);
  if (end === -1) return '';
  const boundary = boundaryOf(latin1.slice(0, end));
  if (boundary === null) return '';
  const body = latin1.slice(end).replace(/^\r?\n\r?\n/, '');
  const lines = body.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trimEnd() === `--${boundary}`);
  if (first <= 0) return '';
  return lines
    .slice(0, first)
    .join('\n')
    .replace(/^this is a multi-?part message in mime format\.?\s*$/im, '')
    .trim();
}

/** Text an attachment holds when it is plainly text (a script or a note sent as octet-stream). */
export function textOfAttachment(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (bytes.length === 0 || bytes.length > 100_000) return '';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return '';
  }
  const control = text.replace(/[\t\n\r\x20-\x7e\u00a0-\uffff]/g, '').length;
  return control === 0 ? text : '';
}
