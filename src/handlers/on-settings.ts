// Universal action "Settings", its card-button twin and the save button: invalid input is refused by field,
// and then nothing is written, so the stored settings stay exactly as they were.
import { countryOfTimeZone } from '../core/holidays/zone-country';
import { parseSettingsForm } from '../core/settings-form';
import type { Settings } from '../core/settings';
import {
  settingsRefusal,
  settingsSaved,
  settingsView,
  type SettingsCardOptions,
} from '../core/view/settings-view';
import { reminderText } from '../core/tracking/reminder-when';
import { parseStoredSettings, SETTINGS_KEY } from '../store/settings-store';
import { withUserLock } from '../store/user-lock';
import { ACTIONS } from './action-names';
import type { HandlerContext } from './context';
import { storeFailureMessage } from './on-reminder-errors';
import { saveSettingsMovingReminders, type MoveResult } from './on-settings-move';
import { actionHandler, universalHandler } from './run-handler';

function cardFor(
  context: HandlerContext,
  settings: Settings,
  more: Omit<SettingsCardOptions, 'localeCountry'> = {},
) {
  // The default holiday country is the time zone's (DESIGN "Holidays"); the option names it.
  const localeCountry = countryOfTimeZone(context.calendar.timeZone) ?? '';
  return settingsView(settings, context.language, ACTIONS.saveSettings, { localeCountry, ...more });
}

/** The stored fields that got their default when read (parsed again: pure and cheap, no service call). */
const cardOf = (context: HandlerContext) =>
  cardFor(context, context.settings, {
    resetFields: parseStoredSettings(context.stored[SETTINGS_KEY]).resetFields,
  });

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
    if (!result.ok) {
      // The card comes back with what was typed and the message under the refused field: nothing is lost.
      const message = settingsRefusal(result.field, context.language);
      const refused = { field: result.field, message };
      const card = cardFor(context, result.entered, { refused, typed: context.event.inputs });
      return { navigation: 'update', card, notification: message };
    }
    let moves: MoveResult = { moved: 0, unfinished: false };
    const failure = storeFailureMessage(context, () =>
      withUserLock(() => {
        moves = saveSettingsMovingReminders(context, result.settings);
      }),
    );
    if (failure) return { notification: failure };
    const t = reminderText(context.language);
    const notification = [
      settingsSaved(context.language),
      ...(moves.moved > 0 ? [t.moved(moves.moved)] : []),
      ...(moves.unfinished ? [t.notMoved] : []),
    ].join(' ');
    return { navigation: 'update', card: cardFor(context, result.settings), notification };
  });
}
