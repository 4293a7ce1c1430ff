// Address lists (RFC 5322-ish) and the organisation behind a mail domain.
import type { Party } from './types';

/** Splits on top-level commas and semicolons: not inside quotes, <…>, (comments) or before a group's ':'. */
function splitTopLevel(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let paren = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i] as string;
    if (quoted && c === '\\') {
      current += c + (raw[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle += 1;
    else if (!quoted && c === '>') angle = Math.max(0, angle - 1);
    else if (!quoted && c === '(') paren += 1;
    else if (!quoted && c === ')') paren = Math.max(0, paren - 1);
    if (!quoted && angle === 0 && paren === 0) {
      // A group "Team: a@x, b@y;" keeps its members and drops its name.
      if (c === ':' && !current.includes('@')) {
        current = '';
        continue;
      }
      if (c === ',' || c === ';') {
        parts.push(current);
        current = '';
        continue;
      }
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function unquote(name: string): string {
  let n = name.trim();
  if (n.length >= 2 && n.startsWith('"') && n.endsWith('"')) n = n.slice(1, -1).replace(/\\(.)/g, '$1');
  return n.replace(/\s+/g, ' ').trim();
}

const EMAIL = /[^\s<>()",;:@]+@[^\s<>()",;:@]+/;

/** One mailbox: `Name <a@b>`, `a@b (Name)` or a bare `a@b`; null when there is no address in it. */
export function parseMailbox(text: string): Party | null {
  const angle = /^(.*)<([^<>]*)>\s*(?:\(.*\))?\s*$/s.exec(text);
  if (angle) {
    const email = (angle[2] as string).trim().toLowerCase();
    if (!EMAIL.test(email)) return null;
    return { email, name: unquote(angle[1] as string) };
  }
  const match = EMAIL.exec(text);
  if (!match) return null;
  const comment = /\(([^()]*)\)/.exec(text);
  return { email: match[0].toLowerCase(), name: comment ? unquote(comment[1] as string) : '' };
}

/** Every mailbox of an address header, in order; malformed entries are skipped. */
export function parseAddressList(raw: string): Party[] {
  const parties: Party[] = [];
  for (const part of splitTopLevel(raw ?? '')) {
    const party = parseMailbox(part);
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
