// Each placed message with its kind, its new text, and the absence or promise dates it writes.
import { BULK_THRESHOLD } from '../message/bulk-evidence';
import { bulkEvidence, classifyMessage } from '../message/message-kind';
import { unquotedText } from '../message/quoted-text';
import { readReturnDate } from '../message/return-date';
import type { AnalyzedMessage, Identity, MailMessage, WorkCalendar } from '../types';
import type { PlacedMessage } from './order-messages';

/** `promisedBy` is left null here: analyzeThread reads it on the client's newest reply only. */
export interface AnnotatedMessage extends Omit<AnalyzedMessage, 'asks'> {
  readonly message: MailMessage;
  /** The sender's own words (unquoted, no signature): filled for client messages (mine: see wordsOf). */
  readonly text: string;
}

function returnDateOf(m: MailMessage, text: string, at: number, calendar: WorkCalendar): string | null {
  const found = readReturnDate(`${m.subject}\n${text}`, at, {
    timeZone: calendar.timeZone,
    localDateOf: calendar.localDateOf,
    contentLanguage: m.headers['content-language'] ?? '',
    senderEmail: m.from?.email ?? '',
  });
  // A stale notice (its date already past when sent) changes nothing.
  return found && !found.stale ? found.date : null;
}

export function annotateMessages(
  placed: readonly PlacedMessage[],
  identity: Identity,
  calendar: WorkCalendar,
): AnnotatedMessage[] {
  const annotated = placed.map(({ message, at }) => {
    let cached: string | undefined;
    const unquoted = (): string => (cached ??= unquotedText(message.body));
    const kind = classifyMessage(message, identity, unquoted);
    const text = kind === 'client' ? unquoted() : '';
    return {
      id: message.id,
      at,
      from: message.from?.email ?? null,
      kind,
      robot: kind === 'bulk' && bulkEvidence(message, unquoted).robot >= BULK_THRESHOLD,
      outOfOfficeUntil: kind === 'auto-reply' ? returnDateOf(message, unquoted(), at, calendar) : null,
      promisedBy: null,
      message,
      text,
    };
  });
  return annotated;
}
