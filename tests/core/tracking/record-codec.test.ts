import { decodeRecord, encodeRecord, readRecords } from '../../../src/core/tracking/record-codec';
import { trackedKey } from '../../../src/core/tracking/tracked-thread';
import { tracked } from './builders';

describe('the tracked record codec', () => {
  it('gives back the same record after a round trip', () => {
    const record = tracked({
      reminderOn: '2024-05-02',
      eventId: 'k3v9a0c1d2e3f4g5h6i7j8k9l0',
      stage: 'change-channel',
    });
    expect(decodeRecord(trackedKey(record.threadId), encodeRecord(record))).toEqual(record);
  });

  it('keeps a no-client thread with no stage and no dates', () => {
    const record = tracked({
      state: 'no-client',
      stage: null,
      since: null,
      lastMineOn: null,
      nextOn: null,
      delaysHours: [],
    });
    expect(decodeRecord(trackedKey(record.threadId), encodeRecord(record))).toEqual(record);
  });

  it('cuts a long subject to 60 characters with an ellipsis', () => {
    const subject = 'Richiesta di preventivo per la progettazione completa della nuova sede di Bologna';
    const decoded = decodeRecord(trackedKey('x1'), encodeRecord(tracked({ threadId: 'x1', subject })));
    expect(decoded?.subject).toHaveLength(60);
    expect(decoded?.subject.endsWith('…')).toBe(true);
  });

  it('keeps only the six most recent reply delays of a thread', () => {
    const decoded = decodeRecord(
      trackedKey('x2'),
      encodeRecord(tracked({ threadId: 'x2', delaysHours: [1, 2, 3, 4, 5, 6, 7, 8] })),
    );
    expect(decoded?.delaysHours).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it.each(['', 'not json', '[1,"a"]', '{"a":1}', '0', '[2,"a@b.it","","","zzit",19800,0,0,0,null,""]'])(
    'reads the damaged value %j as no record',
    (value) => {
      expect(decodeRecord(trackedKey('x3'), value)).toBeNull();
    },
  );

  it('lists only the decodable records among the stored properties', () => {
    const good = tracked();
    const stored = {
      settings: '{"version":1}',
      holidays: '{"c":"IT"}',
      [trackedKey(good.threadId)]: encodeRecord(good),
      [trackedKey('stopped1')]: '0',
    };
    expect(readRecords(stored).map((r) => r.threadId)).toEqual([good.threadId]);
  });
});
