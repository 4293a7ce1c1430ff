import { replyDelaysElsewhere } from '../../../src/core/tracking/reply-delays';
import { tracked } from './builders';

describe('reply delays of a client seen in other threads', () => {
  it('leaves out the open thread, so its own samples are never counted twice', () => {
    const out = replyDelaysElsewhere(
      [tracked({ threadId: 'open', delaysHours: [24] }), tracked({ threadId: 'other', delaysHours: [48] })],
      'open',
    );
    expect(out).toEqual({ 'elena.sartori@dolcevita-pack.it': [2] });
  });

  it('keeps the ten most recent samples per client, newest threads first', () => {
    const records = Array.from({ length: 4 }, (_, i) =>
      tracked({
        threadId: `t${i}`,
        seenOn: `2024-04-0${i + 1}`,
        delaysHours: [24 * (i + 1), 24 * (i + 1), 24 * (i + 1), 24 * (i + 1)],
      }),
    );
    const samples = replyDelaysElsewhere(records, 'none')['elena.sartori@dolcevita-pack.it'] ?? [];
    expect(samples).toHaveLength(10);
    expect(samples.slice(0, 4)).toEqual([4, 4, 4, 4]);
    expect(samples).not.toContain(1);
  });
});
