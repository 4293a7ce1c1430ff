// Address lists (RFC 5322-ish) and the organisation behind a mail domain.
import type { Party } from './types';

/*
 * Every function here is one left-to-right pass (no backtracking regular expression, no repeated search of
 * the text seen so far): a crafted 500 KB Cc header costs milliseconds, not the 30 s Apps Script allows.
 * `work`, when given, counts the characters visited, so tests can check the cost stays linear.
 */

export interface ParseWork {
  steps: number;
}

/** Splits on top-level commas and semicolons: not inside quotes, <…>, (comments) or before a group's ':'. */
function splitTopLevel(raw: string, work?: ParseWork): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  let angle = 0;
  let paren = 0;
  let sawAt = false;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i] as string;
    if (quoted && c === '\\') {
      i += 1;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle += 1;
    else if (!quoted && c === '>') angle = Math.max(0, angle - 1);
    else if (!quoted && c === '(') paren += 1;
    else if (!quoted && c === ')') paren = Math.max(0, paren - 1);
    else if (c === '@') sawAt = true;
    if (quoted || angle > 0 || paren > 0) continue;
    // A group "Team: a@x, b@y;" keeps its members and drops its name.
    if (c === ':' && !sawAt) start = i + 1;
    else if (c === ',' || c === ';') {
      parts.push(raw.slice(start, i));
      start = i + 1;
      sawAt = false;
    }
  }
  if (work) work.steps += raw.length;
  parts.push(raw.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** A display name is never this long; a longer one is a forgery meant to fill the screen. */
export const MAX_DISPLAY_NAME = 100;

function unquote(name: string): string {
  let n = name.trim();
  if (n === '') return n;
  if (n.length >= 2 && n.startsWith('"') && n.endsWith('"')) {
    n = n.slice(1, -1);
    if (n.includes('\\')) n = n.replace(/\\(.)/g, '$1');
  }
  if (/\s\s|[^\S ]/.test(n)) n = n.replace(/\s+/g, ' ');
  n = n.trim();
  return n.length > MAX_DISPLAY_NAME ? `${n.slice(0, MAX_DISPLAY_NAME - 1).trimEnd()}…` : n;
}

/** Characters that end an address: white space (as /\s/ reads it) and the RFC 5322 specials used here. */
const SPECIAL_ASCII = new Set(['<', '>', '(', ')', '"', ',', ';', ':'].map((c) => c.charCodeAt(0)));

function isSpecialCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 127) return SPECIAL_ASCII.has(code);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const AT = 64;

/**
 * The first `local@domain` in the text (neither part empty nor holding specials or a second '@'), in one
 * pass: what /[^\s<>()",;:@]+@[^\s<>()",;:@]+/ finds, without its quadratic backtracking on long runs.
 */
function findEmail(text: string, work?: ParseWork): string | null {
  let runStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== AT) {
      if (isSpecialCode(code)) runStart = i + 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== AT && !isSpecialCode(text.charCodeAt(end))) end += 1;
    if (work) work.steps += end - i;
    if (runStart < i && end > i + 1) return text.slice(runStart, end);
    runStart = i + 1;
  }
  if (work) work.steps += text.length;
  return null;
}

/** The text inside the first "(…)" that holds no other parenthesis, like /\(([^()]*)\)/. */
function firstComment(text: string): string | null {
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') open = i;
    else if (text[i] === ')' && open >= 0) return text.slice(open + 1, i);
  }
  return null;
}

/** `Name <a@b>` (optionally followed by a comment): the name and what is inside the last <…>. */
function angleForm(text: string): { name: string; inside: string } | null {
  const lt = text.lastIndexOf('<');
  const gt = lt < 0 ? -1 : text.indexOf('>', lt);
  if (gt < 0) return null;
  const tail = text.slice(gt + 1).trim();
  if (tail !== '' && !(tail.startsWith('(') && tail.endsWith(')'))) return null;
  return { name: text.slice(0, lt), inside: text.slice(lt + 1, gt) };
}

/** One mailbox: `Name <a@b>`, `a@b (Name)` or a bare `a@b`; null when there is no address in it. */
export function parseMailbox(text: string, work?: ParseWork): Party | null {
  const angle = angleForm(text);
  if (angle) {
    const email = angle.inside.trim().toLowerCase();
    if (findEmail(email, work) === null) return null;
    return { email, name: unquote(angle.name) };
  }
  const match = findEmail(text, work);
  if (match === null) return null;
  const comment = firstComment(text);
  return { email: match.toLowerCase(), name: comment !== null ? unquote(comment) : '' };
}

/** Every mailbox of an address header, in order; malformed entries are skipped. */
export function parseAddressList(raw: string, work?: ParseWork): Party[] {
  const parties: Party[] = [];
  for (const part of splitTopLevel(raw ?? '', work)) {
    const party = parseMailbox(part, work);
    if (party) parties.push(party);
  }
  return parties;
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .toLowerCase()
        .replace(/\.$/, '');
}

/** Second-level labels under which registrations happen, as in co.uk or com.au. */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'ne',
  'or',
  'go',
  'gob',
  'gv',
  'ltd',
  'plc',
  'sch',
  'nhs',
  'mil',
  'nom',
  'gen',
  'biz',
  'info',
  'id',
  'in',
  'lg',
  'ed',
  'gr',
  'ad',
]);

/** The registrable domain: mail.acme.co.uk → acme.co.uk, eu.mail.acme.com → acme.com. */
export function organisationDomain(domain: string): string {
  const labels = domain
    .toLowerCase()
    .replace(/\.$/, '')
    .split('.')
    .filter((l) => l !== '');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1] as string;
  const second = labels[labels.length - 2] as string;
  const twoLevel = tld.length === 2 && SECOND_LEVEL.has(second);
  return labels.slice(twoLevel ? -3 : -2).join('.');
}

const PUBLIC_EXACT = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.it',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'tim.it',
  'tin.it',
  'email.it',
  'inwind.it',
  'fastwebnet.it',
  'web.de',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'protonmail.com',
  'protonmail.ch',
  'proton.me',
  'pm.me',
  'aol.com',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'mail.com',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'hey.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'telefonica.net',
  'qq.com',
  '163.com',
] as const;

/** Webmail providers: many unrelated people share these domains, so they never identify an organisation. */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set(PUBLIC_EXACT);

/** Providers with a domain per country (hotmail.it, yahoo.co.uk, gmx.de …). */
const PUBLIC_FAMILIES = /^(hotmail|live|yahoo|ymail|gmx|outlook|aim|rocketmail)\.[a-z.]+$/;

export function isPublicMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return PUBLIC_MAIL_DOMAINS.has(d) || PUBLIC_FAMILIES.test(d);
}
