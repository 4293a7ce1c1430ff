// English interface text of the add-on (nudge bodies live in src/core/texts).
import { wholeReplyDays } from './reply-days';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en = {
  days: (n: number) => plural(n, 'day', 'days'),
  workingDays: (n: number) => plural(n, 'working day', 'working days'),
  waitingOn: (name: string, days: string, working: string) => `Waiting on ${name} for ${days} · ${working}`,
  yourTurn: (name: string, days: string) => `${name} wrote last, ${days} ago: the next move is yours`,
  yourTurnToday: (name: string) => `${name} wrote today: the next move is yours`,
  noClient: 'Nobody to wait on here: this thread has only your messages or automated mail.',
  client: 'Client',
  lastClientReply: 'Last reply from the client',
  never: 'none yet',
  ago: (when: string, days: string) => `${when} (${days} ago)`,
  today: (when: string) => `${when} (today)`,
  typicalReply: 'Usually replies within',
  typicalReplyUnknown: 'not enough history yet',
  aboutDays: (days: number) => (days < 1 ? 'less than a day' : plural(wholeReplyDays(days), 'day', 'days')),
  followUpsSent: 'Follow-ups sent since your first unanswered message',
  waitingSince: 'Waiting since',
  backOn: (name: string, date: string) => `${name} is back on ${date} (automatic reply).`,
  promised: (name: string, date: string) => `${name} promised an answer by ${date}.`,
  promisedStatus: (name: string, date: string) => `${name} promised an answer by ${date}`,
  promisePassed: (name: string, date: string) =>
    `${name} promised an answer by ${date}: that date has passed`,
  undelivered: (address: string) => `Your last message to ${address} was not delivered: check the address.`,
  checkAddress: 'Check the address',
  noNudgeUndelivered:
    'No follow-up is suggested: it would not be delivered either. Once you have a working address, send your message there.',
  noHolidays: 'Public holidays could not be read: only weekends are skipped.',
  automatedCount: (n: number) => plural(n, 'automated message ignored', 'automated messages ignored'),
  unknownSubject: '(no subject)',
  nextStep: (stage: string) => `Next step: ${stage}`,
  nextStepOn: (stage: string, date: string) => `Next step: ${stage} on ${date}`,
  suggestedOn: 'Suggested date',
  todayMark: (date: string) => `${date} · today`,
  replyWithThis: 'Reply with this',
  replyNow: 'Reply now',
  useItNow: 'Send it now anyway',
  prepareDraft: 'Prepare the draft',
  suggestedText: (language: string) => `Suggested text (${language})`,
  previewNext: 'Preview the text',
  tone: 'Tone',
  warm: 'Warm',
  formal: 'Formal',
  formalFallback: 'This language has the warm tone only.',
  noMoreEmails: 'No more emails: the loop is closed. A calendar check-in is the kindest next step.',
  languageNames: { it: 'Italian', en: 'English', es: 'Spanish', fr: 'French', de: 'German' } as Record<
    string,
    string
  >,
  draftFailed: 'The draft could not be created. Reopen the thread and try again.',
  someone: 'your contact',
  errorTitle: 'Something went wrong',
  errorThread: 'This thread could not be read. Reopen it, or try again in a minute.',
  retry: 'Try again',
};

export type UiText = typeof en;
