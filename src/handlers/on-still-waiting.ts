// "I'm still waiting for an answer" on a settled thread: the thread is tracked as waiting from now on
// (kept in its record, so a reopen remembers it until a new message arrives) and the sidebar is redrawn.
import { textsText } from '../core/i18n/texts-strings';
import { saveRecord } from '../store/tracked-store';
import { withUserLock } from '../store/user-lock';
import { currentRecord } from './on-reminder-thread-open';
import { storeFailureMessage } from './on-reminder-errors';
import { todayOf } from './on-reminder-record';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

export function onStillWaiting(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const insight = loadThreadInsight(context, context.settings.tone, true);
    const record = currentRecord(context, insight);
    const failure = storeFailureMessage(context, () =>
      withUserLock(() => saveRecord({ stored: context.stored, today: todayOf(context) }, record)),
    );
    return {
      navigation: 'update',
      card: sidebarFor(context, insight, { record, notice: null }),
      notification: failure ?? textsText(context.language).stillWaitingSaved,
    };
  });
}
