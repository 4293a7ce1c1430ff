// The other replies that make sense at a stage, beside the recommended one: a call, a plan without reply, a close.
import type { EmailKind } from '../texts/text-types';
import type { Stage } from '../types';

/** What a one-click alternative is: its kind names the email (see LanguageTexts.emails). */
export interface Alternative {
  readonly kind: EmailKind;
  readonly body: string;
}

/**
 * The check-in's alternatives are the ladder's later rungs plus the plan that works without a reply
 * (seed idea 5); later rungs offer the other two. Notes to the user ('reply', 'rest') have none.
 */
const BY_STAGE: Readonly<Record<Stage, readonly EmailKind[]>> = {
  wait: ['change-channel', 'plan', 'close-the-loop'],
  'check-in': ['change-channel', 'plan', 'close-the-loop'],
  'change-channel': ['plan', 'close-the-loop'],
  'close-the-loop': ['change-channel', 'plan'],
  rest: [],
  reply: [],
};

export function alternativeKinds(stage: Stage): readonly EmailKind[] {
  return BY_STAGE[stage];
}

export function isEmailKind(value: string | undefined): value is EmailKind {
  return value === 'check-in' || value === 'change-channel' || value === 'close-the-loop' || value === 'plan';
}
