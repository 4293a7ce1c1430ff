// English wording, warm and formal: short, specific, one clear question, no guilt.
import type { LocalDate } from '../types';
import { closingQuestion, dayAndMonth, type LanguageTexts, type TextVars } from './text-types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "November 12". */
export function formatDateEn(date: LocalDate): string {
  const { day, month } = dayAndMonth(date);
  return `${MONTHS[month] ?? ''} ${day}`;
}

const on = (v: TextVars): string => formatDateEn(v.lastMessageOn);
const who = (v: TextVars): string => v.firstName ?? 'The client';

export const EN: LanguageTexts = {
  language: 'en',
  about: (project) => (project ? `about “${project}”` : 'about the project we discussed'),
  subjectFallback: 'Next steps',
  closingComma: true,
  notes: {
    reply: (v) =>
      `${who(v)} wrote last ${v.about}: the next move is yours. A short answer today keeps things moving, ` +
      'even if it only says when a full reply will follow.',
    rest: (v) =>
      `You closed the loop${v.firstName ? ` with ${v.firstName}` : ''} ${v.about} on ${on(v)}. No more emails for now: if it still feels relevant, ` +
      'check in with one friendly line about something new, without mentioning the silence.',
  },
  warm: {
    greeting: (name) => (name ? `Hi ${name},` : 'Hi there,'),
    closing: 'All the best',
    emails: {
      'check-in': (v) =>
        `I hope things are going well on your side. I'm picking up my message of ${on(v)} ${v.about}, ` +
        'in case it slipped down the inbox during a busy week.\n\n' +
        'To keep it simple, a short answer is all the next step needs, and I can take it from there. ' +
        'If the timing is not right, a line saying when to come back works just as well.\n\n' +
        closingQuestion(
          v,
          (q) => `My question, in short: ${q}`,
          'Shall I go ahead with the plan as proposed?',
        ),
      'change-channel': (v) =>
        `Picking up the thread of my message of ${on(v)} ${v.about}: sometimes a quick chat settles in ` +
        'minutes what takes days by email, so how about a 15-minute call, on whichever day suits you?\n\n' +
        'If you would rather keep it in writing, that works too. The one thing I need is your go-ahead on ' +
        'the next step; until then the timeline we agreed stays on hold.',
      'close-the-loop': (v) =>
        `Since my message of ${on(v)} ${v.about}, I imagine your priorities have shifted, and that is ` +
        'completely fine. I will close this on my side for now, so it does not sit in your inbox.\n\n' +
        'If the project comes back to life, or something new comes up, just reply to this email: I will be ' +
        'glad to pick it up from where we left off.',
      plan: (v) =>
        `A quick idea about my message of ${on(v)} ${v.about}, so that nothing depends on us finding the ` +
        'time to talk. If we do not hear from each other, here is what happens next: I keep your slot free ' +
        'until the end of next week, then I release it.\n\n' +
        'Nothing is lost either way: a reply to this email, even months from now, is enough to pick things up ' +
        'from where we are. Does that work for you?',
    },
    promised: (v, by) =>
      `I hope all is well with you. You mentioned you would get back to me ${v.about} by ` +
      `${formatDateEn(by)}, so I thought I would check in now that the date has passed.\n\n` +
      'There is no rush on my side: if you need a little more time, a short line with a new date works ' +
      'perfectly and I will plan around it. And if a question has come up in the meantime, I am happy to help.\n\n' +
      'Would you let me know when you expect to have it ready?',
  },
  formal: {
    greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
    closing: 'Kind regards',
    emails: {
      'check-in': (v) =>
        `I am writing to follow up on my message of ${on(v)} ${v.about}. I appreciate that many priorities ` +
        'compete for your time.\n\n' +
        'To move forward, I only need a brief answer from you; everything else is ready on my side. ' +
        'If a later date suits you better, a short note is enough and I will plan accordingly.\n\n' +
        closingQuestion(
          v,
          (q) => `My question, for ease of reference: ${q}`,
          'Could you let me know whether you would like to proceed?',
        ),
      'change-channel': (v) =>
        `Following my message of ${on(v)} ${v.about}, it may be quicker to discuss the remaining point ` +
        'directly. Would a 15-minute call at a time of your choosing be convenient?\n\n' +
        'Alternatively, a brief written reply is perfectly sufficient: the only decision needed to proceed is ' +
        'your approval of the next step, and until then the agreed schedule remains on hold.',
      'close-the-loop': (v) =>
        `Following my message of ${on(v)} ${v.about}, I assume that your priorities have changed, which is ` +
        'entirely understandable. I will therefore consider the matter closed on my side.\n\n' +
        'Should the project become relevant in the future, or should I be of help with anything else, a reply ' +
        'to this email is all it takes: I will gladly resume from where we left off.',
      plan: (v) =>
        `Regarding my message of ${on(v)} ${v.about}, I would like to propose an arrangement that does not ` +
        'require a reply. Unless I hear from you, I will keep the time reserved for your project until the ' +
        'end of next week, and release it afterwards.\n\n' +
        'This commits you to nothing: a reply to this email at any later point will be sufficient to resume ' +
        'from the current stage. Would this arrangement be acceptable to you?',
    },
    promised: (v, by) =>
      `Thank you for your last message ${v.about}, in which you kindly indicated that you would be in ` +
      `touch by ${formatDateEn(by)}. I am writing briefly now that the date has passed.\n\n` +
      'There is no urgency on my side: should you need more time, a short note with a new date is entirely ' +
      'sufficient and I will plan accordingly. I would also be glad to assist if any question has arisen.\n\n' +
      'Could you let me know when I might expect your feedback?',
  },
};
