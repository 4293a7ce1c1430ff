// Runs a handler with its context; failures become a readable card or notification, never Gmail's blank error.
import { uiText, uiLanguageOf, type UiText } from '../core/i18n';
import type { ActionResultView, CardView } from '../core/view/card-view';
import { errorView } from '../core/view/error-view';
import { renderActionResult, renderCard } from '../ui/render-card';
import { loadContext, type HandlerContext } from './context';

type Card = GoogleAppsScript.Card_Service.Card;

/** Which surface failed: its error card names it (a homepage error is no "thread could not be read"). */
export type Surface = 'thread' | 'homepage' | 'settings' | 'page';

const ERROR_TEXT: Readonly<Record<Surface, (text: UiText) => string>> = {
  thread: (text) => text.errorThread,
  homepage: (text) => text.errorHomepage,
  settings: (text) => text.errorSettings,
  page: (text) => text.errorPage,
};

function textFor(e: unknown): UiText {
  const event = e as { commonEventObject?: { userLocale?: unknown }; userLocale?: unknown } | null;
  const locale = event?.commonEventObject?.userLocale ?? event?.userLocale;
  return uiText(uiLanguageOf(typeof locale === 'string' ? locale : 'en'));
}

function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(message);
  return message;
}

function safely<T>(e: unknown, run: () => T, fallback: (text: UiText, detail: string) => T): T {
  try {
    return run();
  } catch (error) {
    return fallback(textFor(e), describe(error));
  }
}

/** Triggers (homepage, contextual) answer with a card. */
export function cardHandler(
  e: unknown,
  surface: Surface,
  build: (context: HandlerContext) => CardView,
): Card {
  return safely(
    e,
    () => renderCard(build(loadContext(e))),
    (text, detail) => renderCard(errorView(text, ERROR_TEXT[surface](text), detail)),
  );
}

/** Universal actions (Settings, Help) must answer with a UniversalActionResponse. */
export function universalHandler(
  e: unknown,
  surface: Surface,
  build: (context: HandlerContext) => CardView,
): GoogleAppsScript.Card_Service.UniversalActionResponse {
  const card = cardHandler(e, surface, build);
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

/** Button callbacks answer with navigation and/or a notification; a failure is a notification. */
export function actionHandler(
  e: unknown,
  build: (context: HandlerContext) => ActionResultView,
): GoogleAppsScript.Card_Service.ActionResponse {
  return safely(
    e,
    () => renderActionResult(build(loadContext(e))),
    (text, detail) => renderActionResult({ notification: `${text.errorTitle}: ${detail}`.slice(0, 300) }),
  );
}
