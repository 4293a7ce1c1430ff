// English phrases for why the sidebar suggests a step ("7 working days since your check-in").
import type { ReasonPhrases } from './reason-phrases';

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

export const REASON_EN: ReasonPhrases = {
  someone: 'the client',
  workingDays: (n) => `${n} working ${n === 1 ? 'day' : 'days'}`,
  main: {
    waiting: (n) => `${n} since your message`,
    'since-check-in': (n) => `${n} since your check-in`,
    'since-change-channel': (n) => `${n} since you proposed a call`,
    closed: (n, _who, months) =>
      `you closed the loop ${n} ago: no more emails, check in again after ${months} months`,
    'client-wrote-last': (n, who) => `${who} wrote last, ${n} ago: the next move is yours`,
  },
  promise: {
    pending: (who, by, on, n) =>
      `${who} promised an answer by ${by} in the reply of ${on}, ${n} ago: the check-in waits until the day after the promised date`,
    passed: (who, by, on) =>
      `${who} promised an answer by ${by} in the reply of ${on}: that date has passed, so a friendly check-in fits now`,
  },
  notYet: {
    waiting: (after) => `a check-in is suggested after ${after}`,
    'since-check-in': (after) => `a call is suggested after ${after}`,
    'since-change-channel': (after) => `closing the loop is suggested after ${after}`,
  },
  typical: (who, n) => `${who} usually replies within ${days(n)}`,
  stretched: 'so the first follow-up waits a little longer',
  backOn: (who, date) => `${who} is back on ${date}`,
  promisedBy: (who, date) => `${who} promised an answer by ${date}`,
};
