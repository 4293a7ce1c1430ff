// The reminder time rule: never in the past, the next quarter hour an hour ahead until 18:00, else the next
// working day at the reminder time.
import { reminderSlot } from '../../../src/core/tracking/reminder-slot';
import { remindButton, reminderSetText } from '../../../src/core/tracking/reminder-when';
import type { WorkCalendar } from '../../../src/core/types';

const calendar: WorkCalendar = {
  timeZone: 'Europe/Rome',
  localDateOf: () => '2024-05-06',
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set(['2024-05-13']),
};
/** Monday 6 May 2024. */
const today = '2024-05-06';
const slot = (date: string, nowTime: string, reminderTime = '09:30') =>
  reminderSlot({ date, today, nowTime, reminderTime, calendar });

describe('the reminder slot', () => {
  it('keeps the reminder time on a later day', () => {
    expect(slot('2024-05-08', '17:59')).toEqual({ date: '2024-05-08', time: '09:30' });
  });

  it('keeps the reminder time today while it is still ahead', () => {
    expect(slot(today, '08:10')).toEqual({ date: today, time: '09:30' });
  });

  it('goes to the next quarter hour at least an hour ahead once the reminder time has passed', () => {
    expect(slot(today, '14:20')).toEqual({ date: today, time: '15:30' });
    expect(slot(today, '14:30')).toEqual({ date: today, time: '15:30' });
    expect(slot(today, '09:30')).toEqual({ date: today, time: '10:30' });
  });

  it('stays today up to 18:00, then goes to the next working day at the reminder time', () => {
    expect(slot(today, '17:00')).toEqual({ date: today, time: '18:00' });
    expect(slot(today, '17:01')).toEqual({ date: '2024-05-07', time: '09:30' });
    expect(slot(today, '23:50')).toEqual({ date: '2024-05-07', time: '09:30' });
  });

  it('skips weekends and holidays for the next working day', () => {
    const friday = { ...calendar };
    expect(
      reminderSlot({
        date: '2024-05-10',
        today: '2024-05-10',
        nowTime: '19:00',
        reminderTime: '09:30',
        calendar: friday,
      }),
    ).toEqual({ date: '2024-05-14', time: '09:30' });
  });

  it('is never before now, whatever the hour', () => {
    for (let minutes = 0; minutes < 1440; minutes += 7) {
      const now = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const s = slot(today, now);
      const [h, m] = s.time.split(':').map(Number) as [number, number];
      expect(s.date > today || h * 60 + m > minutes).toBe(true);
    }
  });
});

describe('what the button and the notification say', () => {
  it.each([
    ['en', 'Remind me today at 15:30', 'Reminder set for today at 15:30.'],
    ['it', 'Ricordamelo oggi alle 15:30', 'Promemoria fissato per oggi alle 15:30.'],
    ['es', 'Recuérdamelo hoy a las 15:30', 'Recordatorio fijado para hoy a las 15:30.'],
    ['fr', 'Me le rappeler aujourd’hui à 15:30', 'Rappel prévu aujourd’hui à 15:30.'],
    ['de', 'Erinnere mich heute um 15:30', 'Erinnerung für heute um 15:30 eingetragen.'],
  ] as const)('says "today at" in %s', (language, button, set) => {
    expect(remindButton({ date: today, time: '15:30' }, language, today)).toBe(button);
    expect(reminderSetText({ date: today, time: '15:30' }, language, today)).toBe(set);
  });

  it('says "tomorrow at", else the date', () => {
    expect(remindButton({ date: '2024-05-07', time: '09:30' }, 'en', today)).toBe(
      'Remind me tomorrow at 09:30',
    );
    expect(remindButton({ date: '2024-05-08', time: '09:30' }, 'en', today)).toBe(
      'Remind me on Wed 8 May at 09:30',
    );
    expect(reminderSetText({ date: '2024-05-07', time: '09:30' }, 'de', today)).toBe(
      'Erinnerung für morgen um 09:30 eingetragen.',
    );
  });
});
