// The tone dropdown: redraw the sidebar with the suggestion in the chosen tone ('auto' follows the thread).
import { toneSettingOf } from '../core/nudge/choose-tone';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

export function onChangeTone(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const tone = toneSettingOf(context.event.inputs['tone']?.[0], context.settings.tone);
    return { navigation: 'update', card: sidebarFor(context, loadThreadInsight(context, tone)) };
  });
}
