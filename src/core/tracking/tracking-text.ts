// Interface text of reminders, tracked threads and their errors: the table is src/core/i18n/tracking-strings.ts.
import { picker, type Picked } from '../i18n/five';
import { TRACKING_STRINGS } from '../i18n/tracking-strings';

export type TrackingText = Picked<typeof TRACKING_STRINGS>;

export const trackingText = picker(TRACKING_STRINGS);
