// "Remind me on <date>" (insert or move the thread's one event) and "Remove the reminder".
import { dayAndDate } from '../core/i18n/format-date';
import { reminderContent } from '../core/tracking/reminder-content';
import { reminderEvent } from '../core/tracking/reminder-event';
import { trackingText } from '../core/tracking/tracking-text';
import type { ActionResultView } from '../core/view/card-view';
import { putReminder, removeReminders } from '../calendar/reminder-calendar';
import { saveRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import type { HandlerContext } from './context';
import { storeFailureMessage } from './on-reminder-errors';
import { chosenDate, recordFor, threadIdOf, todayOf } from './on-reminder-record';
import { actionHandler } from './run-handler';

function setReminder(context: HandlerContext): ActionResultView {
  const t = trackingText(context.language);
  const threadId = threadIdOf(context);
  const record = threadId ? recordFor(context, threadId) : null;
  if (!record) return { notification: t.errors.noThread };
  const today = todayOf(context);
  const date = chosenDate(context, record);
  if (date < today) return { notification: t.pastDate };
  const { settings } = context;
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      const content = reminderContent({
        record,
        uiLanguage: context.language,
        tone: settings.tone,
        myName: settings.myName,
        userEmail: context.identity.primary,
        today,
      });
      const resource = reminderEvent({
        threadId,
        ...content,
        date,
        time: settings.reminderTime,
        timeZone: context.calendar.timeZone,
        emailReminder: settings.emailReminder,
      });
      const eventId = putReminder(settings.calendarId, threadId, resource);
      saveRecord({ stored: context.stored, today }, { ...record, eventId, reminderOn: date, seenOn: today });
    }),
  );
  return { notification: failure ?? t.set(dayAndDate(date, context.language, today), settings.reminderTime) };
}

function removeReminder(context: HandlerContext): ActionResultView {
  const t = trackingText(context.language);
  const threadId = threadIdOf(context);
  if (!threadId) return { notification: t.errors.noThread };
  const record = recordFor(context, threadId);
  const today = todayOf(context);
  let removed = 0;
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      removed = removeReminders(context.settings.calendarId, threadId);
      if (record) saveRecord({ stored: context.stored, today }, { ...record, eventId: '', reminderOn: null });
    }),
  );
  return { notification: failure ?? (removed > 0 ? t.removed : t.nothingToRemove) };
}

export function onSetReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, setReminder);
}

export function onRemoveReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, removeReminder);
}
