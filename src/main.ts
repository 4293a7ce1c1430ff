// Entry point: only exposes handlers. scripts/build.mjs emits a top-level function for each export.
export { onGmailMessageOpen } from './handlers/on-thread-open';
export { onHomepage } from './handlers/on-homepage';
export { onHelp } from './handlers/on-help';
export { onSettings, onOpenSettings, onSaveSettings } from './handlers/on-settings';
export { onOpenThread } from './handlers/on-open-thread';
export { onSetReminder, onRemoveReminder } from './handlers/on-reminder';
export { onStopTracking } from './handlers/on-stop-tracking';
export { onTrackAgain } from './handlers/on-track-again';
export { onReplyWithThis } from './handlers/on-reply-with-this';
export { onChangeTone } from './handlers/on-change-tone';
export { onCalendarEventOpen } from './handlers/on-calendar-event-open';
export { onSnoozeReminder, onReminderDone } from './handlers/on-reminder-event-actions';
export { onStillWaiting } from './handlers/on-still-waiting';
