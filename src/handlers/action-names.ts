// Names of every function a card action calls: each must be a top-level function of dist/Code.js.
export const ACTIONS = {
  openSettings: 'onOpenSettings',
  openThread: 'onOpenThread',
  setReminder: 'onSetReminder',
  removeReminder: 'onRemoveReminder',
  stopTracking: 'onStopTracking',
  trackAgain: 'onTrackAgain',
  saveSettings: 'onSaveSettings',
  replyWithThis: 'onReplyWithThis',
  changeTone: 'onChangeTone',
  stillWaiting: 'onStillWaiting',
  snoozeReminder: 'onSnoozeReminder',
  reminderDone: 'onReminderDone',
} as const;

export type ActionName = (typeof ACTIONS)[keyof typeof ACTIONS];
