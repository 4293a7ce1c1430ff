// English interface text of the add-on (nudge bodies live in src/core/texts).
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
  aboutDays: (days: number) => (days < 1 ? 'less than a day' : plural(Math.round(days), 'day', 'days')),
  followUpsSent: 'Follow-ups sent since your first unanswered message',
  waitingSince: 'Waiting since',
  awayUntil: (name: string, date: string) => `${name} is away until ${date} (automatic reply).`,
  promised: (name: string, date: string) => `${name} promised an answer by ${date}.`,
  noHolidays: 'Public holidays could not be read: only weekends are skipped.',
  automatedCount: (n: number) => plural(n, 'automated message ignored', 'automated messages ignored'),
  unknownSubject: '(no subject)',
  someone: 'your contact',
  errorTitle: 'Something went wrong',
  errorThread: 'This thread could not be read. Reopen it, or try again in a minute.',
  retry: 'Try again',
};

export type UiText = typeof en;
