// Plain JSON the page shows beside the sidebar: the thread list, a thread's messages, drafts, reminders.
import type { ParsedMail } from '../mail/parsed-mail';
import type { Party } from '../src/core/types';
import type { Emulator } from '../emulator/index';

export interface ThreadSummary {
  readonly id: string;
  readonly sender: string;
  readonly subject: string;
  readonly snippet: string;
  readonly date: number;
  readonly count: number;
}

export interface MessageView {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly date: number;
  readonly subject: string;
  readonly text: string;
}

export interface DraftView {
  readonly id: string;
  readonly threadId: string;
  /** The sender Gmail will use: the `from` option (a send-as alias) or the primary address. */
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly body: string;
}

export interface ReminderView {
  readonly id: string;
  readonly calendarId: string;
  readonly title: string;
  /** 'YYYY-MM-DDTHH:MM…' or 'YYYY-MM-DD' as the event stores it. */
  readonly start: string;
  readonly description: string;
}

const partyText = (p: Party | null): string =>
  p ? (p.name ? `${p.name} <${p.email}>` : p.email) : '(unknown sender)';
const partyShort = (p: Party | null): string => (p ? p.name || p.email : '(unknown sender)');

/** Newest activity first, as Gmail's inbox. */
export function threadSummaries(emulator: Emulator): ThreadSummary[] {
  const list = [...emulator.gmail.threads.values()].map((t) => {
    const mails = t.messages.filter((m) => !m.isDraft).map((m) => m.mail);
    const last = mails[mails.length - 1] as ParsedMail;
    return {
      id: t.id,
      sender: partyShort(last.from),
      subject: mails[0]?.subject || '(no subject)',
      snippet: last.text.replace(/\s+/g, ' ').trim().slice(0, 140),
      date: last.date ?? 0,
      count: mails.length,
    };
  });
  return list.sort((a, b) => b.date - a.date);
}

export function threadMessages(emulator: Emulator, threadId: string): MessageView[] {
  const stored = emulator.gmail.threads.get(threadId)?.messages ?? [];
  return stored
    .filter((s) => !s.isDraft)
    .map(({ id, mail: m }) => ({
      id,
      from: partyText(m.from),
      to: m.to.map(partyText).join(', '),
      date: m.date ?? 0,
      subject: m.subject,
      text: m.text,
    }));
}

export function draftViews(emulator: Emulator): DraftView[] {
  return emulator.gmail.drafts.map((d) => ({
    id: d.id,
    threadId: d.message.threadId,
    from: partyText(d.message.mail.from),
    to: d.message.mail.to.map(partyText).join(', '),
    cc: d.message.mail.cc.map(partyText).join(', '),
    subject: d.message.mail.subject,
    body: d.body,
  }));
}

const timeOf = (value: unknown): string => {
  const t = (value ?? {}) as { dateTime?: unknown; date?: unknown };
  return typeof t.dateTime === 'string' ? t.dateTime : typeof t.date === 'string' ? t.date : '';
};

/** Live events of the user's calendars (public holiday calendars left out), soonest first. */
export function reminderViews(emulator: Emulator): ReminderView[] {
  const out: ReminderView[] = [];
  for (const calendar of emulator.calendar.calendars.values()) {
    if (calendar.id.includes('#holiday@')) continue;
    for (const e of calendar.events.values()) {
      if (e.status === 'cancelled') continue;
      const title = typeof e['summary'] === 'string' ? e['summary'] : '(no title)';
      const description = typeof e['description'] === 'string' ? e['description'] : '';
      out.push({ id: e.id, calendarId: calendar.id, title, start: timeOf(e['start']), description });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}
