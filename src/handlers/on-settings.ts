// Universal action "Settings", its card-button twin and the save button: invalid input is refused by field,
// and then nothing is written, so the stored settings stay exactly as they were.
import { countryOfLocale } from '../core/holidays/locale-country';
import { parseSettingsForm } from '../core/settings-form';
import type { Settings } from '../core/settings';
import { settingsRefusal, settingsSaved, settingsView } from '../core/view/settings-view';
import { parseStoredSettings, saveSettings, SETTINGS_KEY } from '../store/settings-store';
import { withUserLock } from '../store/user-lock';
import { ACTIONS } from './action-names';
import type { HandlerContext } from './context';
import { storeFailureMessage } from './on-reminder-errors';
import { actionHandler, universalHandler } from './run-handler';

function cardFor(context: HandlerContext, settings: Settings, resetFields: readonly string[] = []) {
  const localeCountry = countryOfLocale(context.event.locale) ?? '';
  return settingsView(settings, context.language, ACTIONS.saveSettings, { localeCountry, resetFields });
}

/** The stored fields that got their default when read (parsed again: pure and cheap, no service call). */
const cardOf = (context: HandlerContext) =>
  cardFor(context, context.settings, parseStoredSettings(context.stored[SETTINGS_KEY]).resetFields);

export function onSettings(e: unknown): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return universalHandler(e, 'settings', cardOf);
}

/** The homepage's Settings button: a card action must answer with an ActionResponse. */
export function onOpenSettings(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => ({ navigation: 'push', card: cardOf(context) }));
}

export function onSaveSettings(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const complete = context.event.parameters['form'] === 'settings';
    const result = parseSettingsForm(context.event.inputs, context.settings, complete);
    if (!result.ok) return { notification: settingsRefusal(result.field, context.language) };
    const today = context.calendar.localDateOf(context.now, context.calendar.timeZone);
    const failure = storeFailureMessage(context, () =>
      withUserLock(() => saveSettings({ stored: context.stored, today }, result.settings)),
    );
    if (failure) return { notification: failure };
    return {
      navigation: 'update',
      card: cardFor(context, result.settings),
      notification: settingsSaved(context.language),
    };
  });
}
