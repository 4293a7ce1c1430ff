// The sidebar of a thread where nobody owes an answer: why, "I'm still waiting for an answer", "Reply anyway".
import { textsText } from '../i18n/texts-strings';
import type { UiLanguage } from '../i18n';
import type { ThreadAnalysis, Tone } from '../types';
import type { SectionView, WidgetView } from './card-view';

export interface SettledInput {
  readonly language: UiLanguage;
  /** The tone a reply would use (the text "Reply anyway" drafts). */
  readonly tone: Tone;
  readonly actions: { readonly stillWaiting: string; readonly replyWithThis: string };
}

/** The status line of a settled thread: whose message left nothing pending. */
export function settledLine(analysis: ThreadAnalysis, language: UiLanguage, clientName: string): string {
  const t = textsText(language);
  return analysis.settledBy === 'client' ? t.settledClient(clientName) : t.settledMine;
}

export function settledSection(input: SettledInput): SectionView {
  const t = textsText(input.language);
  const buttons: WidgetView = {
    type: 'buttons',
    buttons: [
      { label: t.stillWaiting, filled: true, action: { run: input.actions.stillWaiting } },
      {
        label: t.replyAnyway,
        action: {
          run: input.actions.replyWithThis,
          parameters: { kind: 'check-in', tone: input.tone },
          compose: true,
        },
      },
    ],
  };
  return {
    // The status line above already says why nothing is pending (settledLine).
    widgets: [{ type: 'text', text: t.settledHint, style: 'muted' }, buttons],
  };
}

/** After "I'm still waiting for an answer": a short reminder of why the thread waits. */
export function stillWaitingNote(language: UiLanguage): SectionView {
  return { widgets: [{ type: 'text', text: textsText(language).stillWaitingNote, style: 'muted' }] };
}
