// Calendar's eventOpenTrigger: the card beside an opened event (a reminder's thread card, or one line).
import { openEventIds } from './calendar-event';
import { eventCardFor } from './event-card';
import { cardHandler } from './run-handler';

export function onCalendarEventOpen(e: unknown): GoogleAppsScript.Card_Service.Card {
  return cardHandler(e, 'page', (context) => eventCardFor(context, openEventIds(e, {})));
}
