// Universal action "Settings" and its save button: invalid input is refused, stored settings stay intact.
import { parseSettingsForm } from '../core/settings-form';
import { settingsView } from '../core/view/settings-view';
import { SETTINGS_KEY } from '../store/settings-store';
import { ACTIONS } from './action-names';
import { actionHandler, universalHandler } from './run-handler';

export function onSettings(e: unknown): GoogleAppsScript.Card_Service.UniversalActionResponse {
  return universalHandler(e, (context) =>
    settingsView(context.settings, context.language, ACTIONS.saveSettings),
  );
}

export function onSaveSettings(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const result = parseSettingsForm(context.event.inputs, context.settings);
    if (!result.ok) return { notification: `${result.field}: ${result.message}` };
    PropertiesService.getUserProperties().setProperty(SETTINGS_KEY, JSON.stringify(result.settings));
    const saved = context.language === 'it' ? 'Impostazioni salvate.' : 'Settings saved.';
    return {
      navigation: 'update',
      card: settingsView(result.settings, context.language, ACTIONS.saveSettings),
      notification: saved,
    };
  });
}
