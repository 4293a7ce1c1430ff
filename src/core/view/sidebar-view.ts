// The thread sidebar as a CardView: who, which project, the facts of the wait and the suggested nudge.
import type { NudgeSuggestion } from '../nudge/nudge-types';
import type { ToneSetting } from '../nudge/choose-tone';
import type { Tone } from '../types';
import { alternativesSections } from './alternatives-section';
import type { CardView, SectionView } from './card-view';
import { nudgeSections, type NudgeSectionInput } from './nudge-section';
import { settledSection, stillWaitingNote } from './settled-section';
import { statusSection, displayName, type StatusInput } from './status-section';

export interface SidebarInput extends StatusInput {
  readonly nudge: NudgeSuggestion | null;
  readonly tone: ToneSetting;
  /** The tone a text of this thread is written in now (the setting, or the thread's register with 'auto'). */
  readonly toneUsed: Tone;
  readonly actions: NudgeSectionInput['actions'] & { readonly stillWaiting: string };
  /** The reminder section (null for threads with nobody to wait on). */
  readonly reminder?: SectionView | null;
  /** E.g. "Marco replied: the reminder was removed from your calendar." */
  readonly trackingNotice?: string | null;
}

export function sidebarView(input: SidebarInput): CardView {
  const { analysis: a, text } = input;
  const client = a.client;
  const title = client ? displayName(client, text) : a.project || text.unknownSubject;
  const subtitle = client ? [a.project || text.unknownSubject, client.email].join(' · ') : '';
  const nudge = input.nudge
    ? nudgeSections({ ...input, nudge: input.nudge, requestedTone: input.tone, undelivered: a.undelivered })
    : [];
  const others =
    input.nudge && !a.undelivered
      ? alternativesSections({ ...input, nudge: input.nudge, replyLabel: text.replyWithThis })
      : [];
  const settled =
    a.state === 'settled'
      ? [settledSection({ ...input, tone: input.toneUsed })]
      : a.stillWaiting
        ? [stillWaitingNote(input.language)]
        : [];
  return {
    name: 'sidebar',
    title,
    ...(subtitle ? { subtitle } : {}),
    sections: [statusSection(input), ...settled, ...nudge, ...others, ...reminderPart(input)],
  };
}

function reminderPart(input: SidebarInput): SectionView[] {
  const notice: SectionView[] = input.trackingNotice
    ? [{ widgets: [{ type: 'text', text: input.trackingNotice, style: 'warning' }] }]
    : [];
  return [...notice, ...(input.reminder ? [input.reminder] : [])];
}
