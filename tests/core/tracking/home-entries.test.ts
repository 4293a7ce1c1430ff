import { homeEntries } from '../../../src/core/tracking/home-entries';
import { tracked } from './builders';

describe('the homepage list', () => {
  it('puts the most overdue first and the threads without a next date last', () => {
    const entries = homeEntries(
      [
        tracked({ threadId: 'soon', nextOn: '2024-05-09' }),
        tracked({ threadId: 'none', nextOn: null }),
        tracked({ threadId: 'late', nextOn: '2024-05-01' }),
        tracked({ threadId: 'today', nextOn: '2024-05-06' }),
      ],
      '2024-05-06',
    );
    expect(entries.map((e) => e.record.threadId)).toEqual(['late', 'today', 'soon', 'none']);
    expect(entries.map((e) => e.overdue)).toEqual([true, false, false, false]);
    expect(entries[0]?.overdueDays).toBe(5);
  });

  it('counts the days waiting from the waiting-since date and leaves out threads with nobody to wait on', () => {
    const entries = homeEntries(
      [tracked({ since: '2024-04-26' }), tracked({ threadId: 'x', state: 'no-client', stage: null })],
      '2024-05-06',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.daysWaiting).toBe(10);
  });
});
