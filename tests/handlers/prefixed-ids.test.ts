// Thread ids in Gmail's event spelling (`thread-f:<decimal>`) in action parameters reach the same record.
import { eventId } from '../../emulator/gmail/ids';
import { buttonsOf, calendarSetup, notificationOf } from './calendar-card-fixtures';
import { liveEvents, setup, THREAD } from './reminders-fixtures';

const PREFIXED = eventId('thread', THREAD);

describe('action parameters with thread-f:<decimal> ids', () => {
  it('are the documented spelling of the hex id the records use', () => {
    expect(PREFIXED).toMatch(/^thread-f:\d+$/);
    expect(BigInt(PREFIXED.slice('thread-f:'.length)).toString(16)).toBe(THREAD);
  });

  it('set and remove the reminder of the stored thread', () => {
    const s = setup();
    s.click('onSetReminder', { parameters: { t: PREFIXED, d: '2024-05-08' } });
    expect(liveEvents(s.emulator)).toHaveLength(1);
    s.click('onRemoveReminder', { parameters: { t: PREFIXED } });
    expect(liveEvents(s.emulator)).toHaveLength(0);
  });

  it('open the thread in Gmail at its hex id', () => {
    const s = setup();
    const response = s.click('onOpenThread', { parameters: { t: PREFIXED } });
    expect(response.renderActions.action.link?.url).toContain(`#all/${THREAD}`);
  });

  it('snooze a reminder from its Calendar card', () => {
    const s = calendarSetup();
    const button = buttonsOf(s.open()).find((b) => b.params['s'] === 'tomorrow')!;
    const response = s.press('onSnoozeReminder', { ...button.params, t: PREFIXED });
    expect(notificationOf(response)).toMatch(/Tue 7 May/);
  });
});
