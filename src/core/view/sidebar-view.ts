// The thread sidebar as a CardView: who, which project, the facts of the wait and the suggested nudge.
import type { NudgeSuggestion } from '../nudge/nudge-types';
import type { Tone } from '../types';
import type { CardView, SectionView } from './card-view';
import { nudgeSections, type NudgeSectionInput } from './nudge-section';
import { statusSection, displayName, type StatusInput } from './status-section';

export interface SidebarInput extends StatusInput {
  readonly nudge: NudgeSuggestion | null;
  readonly tone: Tone;
  readonly actions: NudgeSectionInput['actions'];
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
  return {
    name: 'sidebar',
    title,
    ...(subtitle ? { subtitle } : {}),
    sections: [statusSection(input), ...nudge, ...reminderPart(input)],
  };
}

function reminderPart(input: SidebarInput): SectionView[] {
  const notice: SectionView[] = input.trackingNotice
    ? [{ widgets: [{ type: 'text', text: input.trackingNotice, style: 'warning' }] }]
    : [];
  return [...notice, ...(input.reminder ? [input.reminder] : [])];
}
