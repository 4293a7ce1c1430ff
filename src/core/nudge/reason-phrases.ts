// The shape of the sidebar's "why" phrases in one UI language.
import type { NudgeReasonKind } from './nudge-types';

export interface ReasonPhrases {
  /** "the client" when the first name is unknown. */
  readonly someone: string;
  readonly workingDays: (n: number) => string;
  /** The main fact: elapsed working days since the anchor of this kind (restMonths only for 'closed'). */
  readonly main: Readonly<
    Record<Exclude<NudgeReasonKind, 'promised'>, (n: string, who: string, restMonths: number) => string>
  >;
  /** The client promised an answer by `by` in their reply of `on`, `n` ago: before and after that date. */
  readonly promise: {
    readonly pending: (who: string, by: string, on: string, n: string) => string;
    readonly passed: (who: string, by: string, on: string) => string;
  };
  /** Not due yet: after how many working days the next step comes ('closed' and 'client-wrote-last' never). */
  readonly notYet: Readonly<Partial<Record<NudgeReasonKind, (after: string) => string>>>;
  readonly typical: (who: string, days: number) => string;
  readonly stretched: string;
  readonly backOn: (who: string, date: string) => string;
  readonly promisedBy: (who: string, date: string) => string;
}
