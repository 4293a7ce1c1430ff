// Everything a handler needs about the user and the moment, read once: event, settings, calendar, clock.
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { Identity, WorkCalendar, Weekday } from '../core/types';
import { uiText, uiLanguageOf, type UiLanguage, type UiText } from '../core/i18n';
import { appsScriptLocalDateOf } from '../platform/apps-script-dates';
import { parseStoredSettings, SETTINGS_KEY } from '../store/settings-store';
import { parseEvent, type AddonEvent } from './event';

export interface HandlerContext {
  readonly event: AddonEvent;
  readonly now: number;
  readonly settings: Settings;
  readonly settingsProblem: string | null;
  readonly identity: Identity;
  readonly calendar: WorkCalendar;
  readonly language: UiLanguage;
  readonly text: UiText;
  /** Every user property, read in one round trip. */
  readonly stored: Readonly<Record<string, string>>;
}

export function loadContext(rawEvent: unknown): HandlerContext {
  const event = parseEvent(rawEvent, Session.getScriptTimeZone());
  const stored = PropertiesService.getUserProperties().getProperties();
  const { settings, problem } = stored[SETTINGS_KEY]
    ? parseStoredSettings(stored[SETTINGS_KEY])
    : { settings: DEFAULT_SETTINGS, problem: null };
  const language = uiLanguageOf(event.locale);
  return {
    event,
    now: Date.now(),
    settings,
    settingsProblem: problem,
    identity: {
      primary: Session.getEffectiveUser().getEmail().toLowerCase(),
      aliases: settings.aliases.map((alias) => alias.toLowerCase()),
      colleaguesCountAsMe: settings.colleaguesCountAsMe,
      myName: settings.myName,
    },
    calendar: {
      timeZone: event.timeZone,
      localDateOf: appsScriptLocalDateOf,
      workingDays: settings.workingDays as Weekday[],
      holidays: new Set(),
    },
    language,
    text: uiText(language),
    stored,
  };
}
