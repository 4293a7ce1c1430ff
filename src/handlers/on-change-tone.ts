// The tone dropdown: redraw the sidebar with the suggestion in the chosen tone.
import type { Tone } from '../core/types';
import { actionHandler } from './run-handler';
import { loadThreadInsight, sidebarFor } from './thread-insight';

export function toneOf(value: string | undefined, fallback: Tone): Tone {
  return value === 'formal' || value === 'warm' ? value : fallback;
}

export function onChangeTone(e: unknown): GoogleAppsScript.Card_Service.ActionResponse {
  return actionHandler(e, (context) => {
    const tone = toneOf(context.event.inputs['tone']?.[0], context.settings.tone);
    return { navigation: 'update', card: sidebarFor(context, loadThreadInsight(context, tone)) };
  });
}
