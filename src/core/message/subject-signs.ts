// What a subject alone says about a mass mailing or a robot, read once per subject a thread carries.
import { CI_REPORT_RE, EDITION_SUBJECT_RE, ISSUE_SUBJECT_RE, ROBOT_SUBJECT_RE } from './bulk-phrases';
import { memoized } from './memoized';

export interface SubjectSigns {
  /** Lower-cased, for the phrase tables. */
  readonly lower: string;
  /** "Re:" and its translations, after a list tag: a reply when the headers agree. */
  readonly replyPrefix: boolean;
  /** A person passing something on ("Fw:", "Fwd:", "I:", "WG:", "TR:", "RV:"): the quoted mailing is not theirs. */
  readonly forward: boolean;
  /** A plain "re:" at the very start, which spam puts on subjects that answer nothing. */
  readonly rePrefix: boolean;
  /** A CI or test robot's report ("Build failed", "test results"). */
  readonly ciReport: boolean;
  /** A program names itself ("Automated …", "Automatic notification"). */
  readonly robotSubject: boolean;
  /** Capitals, issue numbers, dates of an edition: up to 3 marks of a mailing that is not a conversation. */
  readonly templateMarks: number;
}

/** Subjects in capitals ("SEVERE THUNDERSTORM WARNING"): alerts and promotions shout, people rarely do. */
function isShouted(subject: string): boolean {
  const words = subject.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 4 && words.every((w) => w === w.toUpperCase() && w !== w.toLowerCase());
}

export const subjectSigns = memoized((subject): SubjectSigns => {
  const lower = subject.toLowerCase();
  return {
    lower,
    replyPrefix: /^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|rif|r)\s*:/i.test(subject),
    forward: /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|i|wg|tr|rv|enc)\s*:/i.test(subject),
    rePrefix: /^\s*re\s*:/i.test(subject),
    ciReport: CI_REPORT_RE.test(lower),
    robotSubject: ROBOT_SUBJECT_RE.test(lower),
    templateMarks:
      (isShouted(subject) ? 1 : 0) +
      (ISSUE_SUBJECT_RE.test(subject) ? 1 : 0) +
      (EDITION_SUBJECT_RE.test(subject) ? 1 : 0),
  };
});
