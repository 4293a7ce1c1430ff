// Generates realistic client conversations of any length, as ParsedMail and as RFC 5322 text for an mbox.
import type { Party } from '../../src/core/types';
import type { MailThread, ParsedMail } from '../../mail/parsed-mail';

export const ME: Party = { email: 'giulia@studiobianchi.it', name: 'Giulia Bianchi' };

/** Hours between two messages of a generated thread: long threads span months, as real ones do. */
const STEP_HOURS = 9;

const MY_LINES = [
  'ti mando la bozza aggiornata del catalogo con le foto nuove in copertina.',
  'here is the revised quote: printing moves to the second week, the price stays the same.',
  'ho sistemato i colori come chiedevi, fammi sapere se il verde ora ti convince.',
  'could you confirm the delivery address for the sample boxes before Thursday?',
  'ti allego il calendario delle consegne, con una settimana di margine prima della fiera.',
];

const CLIENT_LINES = [
  'grazie, la guardo con il socio e ti rispondo entro venerdì.',
  'looks good overall, but the legal team wants to read the terms once more.',
  'ottimo lavoro, manca solo il listino prezzi aggiornato nell’ultima pagina.',
  'we are still waiting for the photos from the warehouse, sorry for the delay.',
  'perfetto così, procedi pure con la stampa delle prime cento copie.',
];

export interface ThreadSpec {
  /** Distinguishes threads: every id and the client's address derive from it. */
  readonly index: number;
  readonly messages: number;
  /** The instant of the newest message; older ones go back STEP_HOURS each. */
  readonly newestAt: number;
}

function clientOf(index: number): Party {
  const names = ['Marco Verdi', 'Anna Conti', 'Luca Neri', 'Sara Galli', 'Peter Walsh', 'Claire Dubois'];
  const name = names[index % names.length]!;
  const [first, last] = name.toLowerCase().split(' ') as [string, string];
  return { email: `${first}.${last}@cliente-${index}.example`, name };
}

const idOf = (spec: ThreadSpec, i: number) => `bench-${spec.index}-${i}@bench.example`;
const partyText = (p: Party) => `${p.name} <${p.email}>`;

function bodyOf(mine: boolean, i: number, previous: string | null, client: Party): string {
  const greeting = mine ? `Ciao ${client.name.split(' ')[0]},` : 'Ciao Giulia,';
  const line = (mine ? MY_LINES : CLIENT_LINES)[i % 5]!;
  const sign = mine ? 'Giulia' : client.name.split(' ')[0]!;
  const quote = previous === null ? '' : `\n\n> ${previous.split('\n').slice(0, 6).join('\n> ')}`;
  return `${greeting}\n${line}\nA presto,\n${sign}${quote}`;
}

function autoReply(
  client: Party,
  at: number,
): { subject: string; body: string; headers: Record<string, string> } {
  const back = new Date(at + 6 * 86_400_000).toISOString().slice(0, 10);
  return {
    subject: 'Risposta automatica: fuori sede',
    body: `Sono fuori sede fino al ${back} con accesso limitato alla posta. ${client.name}`,
    headers: { 'auto-submitted': 'auto-replied', 'x-autoreply': 'yes' },
  };
}

function rawOf(mail: Omit<ParsedMail, 'raw' | 'source'>): string {
  const extra = Object.entries(mail.headers).filter(
    ([k]) => !['from', 'to', 'subject', 'date', 'message-id', 'in-reply-to', 'references'].includes(k),
  );
  const lines = [
    `From: ${mail.from ? partyText(mail.from) : ''}`,
    `To: ${mail.to.map(partyText).join(', ')}`,
    `Subject: ${mail.subject}`,
    `Date: ${new Date(mail.date ?? 0).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${mail.messageId}>`,
    ...(mail.inReplyTo
      ? [`In-Reply-To: <${mail.inReplyTo}>`, `References: <${mail.references.join('> <')}>`]
      : []),
    ...extra.map(([k, v]) => `${k}: ${v}`),
    '',
    mail.text,
    '',
  ];
  return lines.join('\r\n');
}

/** One message: mine on even positions, the client's on odd ones, an auto-reply every 26th. */
function messageOf(spec: ThreadSpec, i: number, previous: string | null): ParsedMail {
  const client = clientOf(spec.index);
  const at = spec.newestAt - (spec.messages - 1 - i) * STEP_HOURS * 3_600_000;
  const mine = i % 2 === 0;
  const automated = i % 26 === 25; // always odd: a client position
  const auto = automated ? autoReply(client, at) : null;
  const project = `Catalogo primavera ${spec.index}`;
  const subject = auto?.subject ?? (i === 0 ? project : `Re: ${project}`);
  const text = auto?.body ?? bodyOf(mine, i, previous, client);
  const references = i === 0 ? [] : [idOf(spec, 0), ...(i > 1 ? [idOf(spec, i - 1)] : [])];
  const mail = {
    messageId: idOf(spec, i),
    gmThreadId: null,
    inReplyTo: i === 0 ? null : idOf(spec, i - 1),
    references,
    date: at,
    from: mine ? ME : client,
    to: [mine ? client : ME],
    cc: [],
    replyTo: [],
    subject,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...(auto?.headers ?? {}) },
    text,
    contentType: 'text/plain',
  };
  return { ...mail, source: `bench#${spec.index}.${i}`, raw: rawOf(mail) };
}

export function syntheticThread(spec: ThreadSpec): MailThread {
  const messages: ParsedMail[] = [];
  for (let i = 0; i < spec.messages; i += 1) {
    messages.push(messageOf(spec, i, messages[i - 1]?.text ?? null));
  }
  return { key: idOf(spec, 0), subject: messages[0]!.subject, messages };
}

/** An mbox file: each message behind a From_ line, ">From " quoting for body lines that need it. */
export function toMbox(threads: readonly MailThread[]): string {
  const parts: string[] = [];
  for (const thread of threads) {
    for (const m of thread.messages) {
      const envelope = `From ${m.from?.email ?? 'MAILER-DAEMON'} ${new Date(m.date ?? 0).toUTCString()}`;
      const body = m.raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
      parts.push(`${envelope}\n${body}\n`);
    }
  }
  return parts.join('');
}
