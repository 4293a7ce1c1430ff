// The thread sidebar as a CardView, action first: headline, the next step with its date, and the two main
// actions in Google's fixed footer (visible without scrolling); then the facts (collapsed), the suggested
// text, the other replies, the reminder. A settled thread puts "I'm still waiting" and "Reply anyway" in the
// footer; a thread the user stopped tracking says so and offers "Track again".
import type { NudgeSuggestion } from '../nudge/nudge-types';
import type { ToneSetting } from '../nudge/choose-tone';
import type { Tone } from '../types';
import { alternativesSections } from './alternatives-section';
import type { ButtonView, CardView, SectionView, WidgetView } from './card-view';
import { composeButton, isDueEmail, stepWidgets, textSection, type NudgeSectionInput } from './nudge-section';
import { settledSection, stillWaitingNote } from './settled-section';
import { callName, displayName, factsSection, headlineWidgets, type StatusInput } from './status-section';

export interface SidebarInput extends StatusInput {
  readonly nudge: NudgeSuggestion | null;
  readonly tone: ToneSetting;
  /** The tone a text of this thread is written in now (the setting, or the thread's register with 'auto'). */
  readonly toneUsed: Tone;
  readonly actions: NudgeSectionInput['actions'] & { readonly stillWaiting: string };
  /** The reminder section (null for threads with nobody to wait on); its main button goes to the footer. */
  readonly reminder?: SectionView | null;
  readonly reminderButton?: ButtonView | null;
  /** E.g. "Marco replied: the reminder was removed from your calendar." */
  readonly trackingNotice?: string | null;
  /** After "Stop tracking": the notice and the "Track again" button. */
  readonly untracked?: { readonly notice: string; readonly trackAgain: ButtonView } | null;
}

interface Footer {
  readonly footer?: ButtonView;
  readonly footerSecondary?: ButtonView;
}

function footerOf(buttons: readonly (ButtonView | null | undefined)[]): Footer {
  const [primary, secondary] = buttons.filter((b): b is ButtonView => !!b);
  if (!primary) return {};
  const footer = { ...primary, filled: true };
  return secondary ? { footer, footerSecondary: { ...secondary, filled: false } } : { footer };
}

function nudgeInput(input: SidebarInput, nudge: NudgeSuggestion): NudgeSectionInput {
  return {
    ...input,
    nudge,
    requestedTone: input.tone,
    undelivered: input.analysis.undelivered,
    clientName: callName(input.analysis.client, input.text),
  };
}

/** The settled thread's hint, with its two buttons lifted into the footer. */
function settledParts(input: SidebarInput): { widgets: WidgetView[]; footer: Footer } {
  const section = settledSection({ ...input, tone: input.toneUsed });
  const buttons = section.widgets.flatMap((w) => (w.type === 'buttons' ? w.buttons : []));
  return { widgets: section.widgets.filter((w) => w.type !== 'buttons'), footer: footerOf(buttons) };
}

/** Headline, notices, the next step (or the settled hint) and the footer's two main actions. */
function summaryAndFooter(input: SidebarInput): { summary: SectionView; footer: Footer } {
  const { analysis: a } = input;
  const warn = (text: string): WidgetView => ({ type: 'text', text, style: 'warning' });
  const notices = [input.trackingNotice, input.untracked?.notice].filter((t): t is string => !!t).map(warn);
  const head = [...headlineWidgets(input), ...notices];
  if (input.untracked) return { summary: { widgets: head }, footer: footerOf([input.untracked.trackAgain]) };
  if (a.state === 'settled') {
    const settled = settledParts(input);
    return { summary: { widgets: [...head, ...settled.widgets] }, footer: settled.footer };
  }
  const extra = a.stillWaiting ? stillWaitingNote(input.language).widgets : [];
  if (!input.nudge)
    return { summary: { widgets: [...head, ...extra] }, footer: footerOf([input.reminderButton]) };
  const nudge = nudgeInput(input, input.nudge);
  const compose = composeButton(nudge);
  const remind = input.reminderButton;
  const buttons = isDueEmail(input.nudge) ? [compose, remind] : [remind, compose];
  return { summary: { widgets: [...head, ...stepWidgets(nudge), ...extra] }, footer: footerOf(buttons) };
}

export function sidebarView(input: SidebarInput): CardView {
  const { analysis: a, text } = input;
  const client = a.client;
  const title = client ? displayName(client, text) : a.project || text.unknownSubject;
  const subtitle = client ? [a.project || text.unknownSubject, client.email].join(' · ') : '';
  const { summary, footer } = summaryAndFooter(input);
  const active = input.nudge && !input.untracked ? input.nudge : null;
  const suggested = active ? textSection(nudgeInput(input, active)) : null;
  const others =
    active && !a.undelivered
      ? alternativesSections({ ...input, nudge: active, replyLabel: text.replyWithThis })
      : [];
  const reminder = input.untracked ? null : (input.reminder ?? null);
  const sections = [summary, factsSection(input), suggested, ...others, reminder].filter(
    (s): s is SectionView => s !== null,
  );
  return { name: 'sidebar', title, ...(subtitle ? { subtitle } : {}), sections, ...footer };
}
