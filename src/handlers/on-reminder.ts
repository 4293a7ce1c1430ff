// "Remind me on <date>" (insert or move the thread's one event) and "Remove the reminder".
import { dayAndDate } from '../core/i18n/format-date';
import { reminderContent } from '../core/tracking/reminder-content';
import { reminderEvent } from '../core/tracking/reminder-event';
import { trackingText } from '../core/tracking/tracking-text';
import type { TrackedThread } from '../core/tracking/tracked-thread';
import type { ActionResultView } from '../core/view/card-view';
import { putReminder, removeReminders } from '../calendar/reminder-calendar';
import { saveRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import type { HandlerContext } from './context';
import { storeFailureMessage } from './on-reminder-errors';
import { chosenDate, recordFor, threadIdOf, todayOf } from './on-reminder-record';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

/** From the sidebar (the event names the open thread): redraw it so the reminder shows as it now is. */
function withSidebar(
  context: HandlerContext,
  record: TrackedThread | null,
  notification: string,
): ActionResultView {
  if (!context.event.gmail || !record) return { notification };
  try {
    const card = sidebarFor(context, loadThreadInsight(context), { record, notice: null });
    return { navigation: 'update', card, notification };
  } catch (error) {
    console.warn(`Sidebar not redrawn: ${(error as Error).message}`);
    return { notification };
  }
}

function setReminder(context: HandlerContext): ActionResultView {
  const t = trackingText(context.language);
  const threadId = threadIdOf(context);
  const record = threadId ? recordFor(context, threadId) : null;
  if (!record) return { notification: t.errors.noThread };
  const today = todayOf(context);
  const date = chosenDate(context, record);
  if (date < today) return { notification: t.pastDate };
  const { settings } = context;
  let saved: TrackedThread | null = null;
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
      saved = { ...record, eventId, reminderOn: date, seenOn: today };
      saveRecord({ stored: context.stored, today }, saved);
    }),
  );
  if (failure) return { notification: failure };
  return withSidebar(context, saved, t.set(dayAndDate(date, context.language, today), settings.reminderTime));
}

function removeReminder(context: HandlerContext): ActionResultView {
  const t = trackingText(context.language);
  const threadId = threadIdOf(context);
  if (!threadId) return { notification: t.errors.noThread };
  const record = recordFor(context, threadId);
  const today = todayOf(context);
  let removed = 0;
  const cleared = record ? { ...record, eventId: '', reminderOn: null } : null;
  const failure = storeFailureMessage(context, () =>
    withUserLock(() => {
      removed = removeReminders(context.settings.calendarId, threadId);
      if (cleared) saveRecord({ stored: context.stored, today }, cleared);
    }),
  );
  if (failure) return { notification: failure };
  return withSidebar(context, cleared, removed > 0 ? t.removed : t.nothingToRemove);
}

export function onSetReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, setReminder);
}

export function onRemoveReminder(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, removeReminder);
}
