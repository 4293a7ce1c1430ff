// A card that explains a failure in the user's language instead of Gmail's generic error.
import type { UiText } from '../i18n';
import type { CardView } from './card-view';

export function errorView(text: UiText, message: string, detail?: string): CardView {
  return {
    name: 'error',
    title: text.errorTitle,
    sections: [
      {
        widgets: [
          { type: 'text', text: message },
          ...(detail ? [{ type: 'text' as const, text: detail, style: 'muted' as const }] : []),
        ],
      },
    ],
  };
}
