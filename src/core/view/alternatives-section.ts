// The other suggested replies: one collapsed section each, whose button drafts that text in the chosen tone.
import { textsText } from '../i18n/texts-strings';
import type { UiLanguage } from '../i18n';
import type { NudgeSuggestion } from '../nudge/nudge-types';
import type { SectionView } from './card-view';

export interface AlternativesInput {
  readonly nudge: NudgeSuggestion;
  readonly language: UiLanguage;
  /** "Reply with this", in the interface language. */
  readonly replyLabel: string;
  readonly actions: { readonly replyWithThis: string };
}

/**
 * Collapsed to the button, so the recommended text stays the first thing read; expanding shows the text
 * the draft will hold. The button names the kind, so the draft is rebuilt from the thread, never from the card.
 */
export function alternativesSections(input: AlternativesInput): SectionView[] {
  const t = textsText(input.language);
  return input.nudge.alternatives.map((alternative, index) => ({
    ...(index === 0 ? { header: t.otherReplies } : {}),
    collapsible: true,
    visibleWhenCollapsed: 2,
    widgets: [
      { type: 'text', text: t.alternative[alternative.kind], style: 'bold' },
      {
        type: 'buttons',
        buttons: [
          {
            label: input.replyLabel,
            action: {
              run: input.actions.replyWithThis,
              parameters: { kind: alternative.kind, tone: input.nudge.tone, stage: input.nudge.stage },
              compose: true,
            },
          },
        ],
      },
      { type: 'text', text: alternative.body },
    ],
  }));
}
