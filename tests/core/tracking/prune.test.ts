import { FORCED_MIN, MAX_PRUNE_PER_RUN, planPrune } from '../../../src/core/tracking/prune';
import { encodeRecord } from '../../../src/core/tracking/record-codec';
import { storedBytes } from '../../../src/core/tracking/store-budget';
import { trackedKey, type TrackedThread } from '../../../src/core/tracking/tracked-thread';
import { tracked } from './builders';

const TODAY = '2024-05-06';

function storeOf(records: readonly TrackedThread[]): Record<string, string> {
  return Object.fromEntries(records.map((r) => [trackedKey(r.threadId), encodeRecord(r)]));
}

const many = (n: number, overrides: (i: number) => Partial<TrackedThread>) =>
  Array.from({ length: n }, (_, i) =>
    tracked({ threadId: `t${String(i).padStart(4, '0')}`, seenOn: '2024-05-01', ...overrides(i) }),
  );

describe('pruning tracked records', () => {
  it('removes nothing recent while the store has room', () => {
    const records = many(20, (i) => (i % 2 ? { stage: 'rest' } : {}));
    expect(planPrune({ stored: storeOf(records), records, today: TODAY, incomingBytes: 200 })).toEqual([]);
  });

  it('forgets closed threads unseen for 90 days and any thread unseen for a year, even with room', () => {
    const records = [
      tracked({ threadId: 'old-closed', stage: 'rest', seenOn: '2024-01-20' }),
      tracked({ threadId: 'old-open', seenOn: '2023-04-01' }),
      tracked({ threadId: 'recent-closed', stage: 'rest', seenOn: '2024-04-20' }),
    ];
    expect(planPrune({ stored: storeOf(records), records, today: TODAY, incomingBytes: 0 }).sort()).toEqual(
      [trackedKey('old-closed'), trackedKey('old-open')].sort(),
    );
  });

  it('stops once the store is back under 85 %', () => {
    const records = many(10, () => ({ stage: 'rest' }));
    const stored = storeOf(records);
    const keys = planPrune({
      stored,
      records,
      today: TODAY,
      incomingBytes: 0,
      limitBytes: storedBytes(stored),
    });
    expect(keys).toHaveLength(2);
  });

  it('near the limit, removes closed threads before stale open ones, the longest unseen first', () => {
    const records = [
      tracked({ threadId: 'stale-open', seenOn: '2024-03-01' }),
      tracked({ threadId: 'closed-new', stage: 'rest', seenOn: '2024-05-02' }),
      tracked({ threadId: 'closed-old', state: 'no-client', stage: null, seenOn: '2024-04-10' }),
      tracked({ threadId: 'fresh-open', seenOn: '2024-05-05' }),
    ];
    const stored = storeOf(records);
    const keys = planPrune({
      stored,
      records,
      today: TODAY,
      incomingBytes: 0,
      limitBytes: storedBytes(stored) / 2,
    });
    expect(keys).toEqual([trackedKey('closed-old'), trackedKey('closed-new'), trackedKey('stale-open')]);
  });

  it('never removes a thread whose reminder is still ahead', () => {
    const records = [
      tracked({
        threadId: 'booked',
        stage: 'rest',
        seenOn: '2023-01-01',
        reminderOn: '2024-06-01',
        eventId: 'e1',
      }),
    ];
    const stored = storeOf(records);
    expect(
      planPrune({ stored, records, today: TODAY, incomingBytes: 0, force: true, limitBytes: 10 }),
    ).toEqual([]);
  });

  it('removes at least a few closed threads after a refused write, and never more than a run allows', () => {
    const records = many(200, () => ({ stage: 'rest' }));
    const stored = storeOf(records);
    const forced = planPrune({ stored, records, today: TODAY, incomingBytes: 0, force: true });
    expect(forced).toHaveLength(FORCED_MIN);
    const crowded = planPrune({
      stored,
      records,
      today: TODAY,
      incomingBytes: 0,
      limitBytes: storedBytes(stored) / 2,
    });
    expect(crowded).toHaveLength(MAX_PRUNE_PER_RUN);
  });
});
