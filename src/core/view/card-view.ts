// View models of cards: decided in the core as plain data, drawn by src/ui with CardService.
// Every string is plain text; the renderer escapes it, so email content can never inject markup.

export interface ActionView {
  /** A top-level function of the bundle (see src/handlers/action-names.ts). */
  readonly run: string;
  readonly parameters?: Readonly<Record<string, string>>;
  /** A compose action: the handler returns a draft to open for editing. */
  readonly compose?: boolean;
}

export interface ButtonView {
  readonly label: string;
  readonly action?: ActionView;
  readonly openUrl?: string;
  readonly filled?: boolean;
}

export type WidgetView =
  | { readonly type: 'text'; readonly text: string; readonly style?: 'bold' | 'muted' | 'warning' }
  | {
      readonly type: 'fact';
      readonly label: string;
      readonly value: string;
      readonly detail?: string;
      readonly icon?: 'clock' | 'person' | 'email' | 'event' | 'info' | 'star' | 'flight' | 'bookmark';
      readonly action?: ActionView;
      readonly wrap?: boolean;
    }
  | { readonly type: 'buttons'; readonly buttons: readonly ButtonView[] }
  | {
      readonly type: 'text-input';
      readonly name: string;
      readonly label: string;
      readonly value: string;
      readonly hint?: string;
      readonly multiline?: boolean;
    }
  | {
      readonly type: 'select';
      readonly name: string;
      readonly label: string;
      readonly control: 'dropdown' | 'radio' | 'checkbox' | 'switch';
      readonly options: readonly {
        readonly label: string;
        readonly value: string;
        readonly selected: boolean;
      }[];
      readonly onChange?: ActionView;
    }
  | {
      readonly type: 'date';
      readonly name: string;
      readonly label: string;
      readonly value: string; /* YYYY-MM-DD */
    }
  | { readonly type: 'divider' };

export interface SectionView {
  readonly header?: string;
  readonly collapsible?: boolean;
  /** Widgets shown while collapsed (Google's uncollapsibleWidgetsCount). */
  readonly visibleWhenCollapsed?: number;
  readonly widgets: readonly WidgetView[];
}

export interface CardView {
  /** Card name for navigation (popToNamedCard). */
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly sections: readonly SectionView[];
  /** Google's fixed footer: always visible at the bottom of the sidebar, whatever the card's length. */
  readonly footer?: ButtonView;
  /** The footer's second button (Google draws it beside the primary one); needs `footer`. */
  readonly footerSecondary?: ButtonView;
}

/** What an action handler answers: navigation, a notification, or both. */
export interface ActionResultView {
  readonly navigation?: 'push' | 'update' | 'pop' | 'pop-to-root';
  readonly card?: CardView;
  readonly notification?: string;
  readonly openUrl?: string;
}
