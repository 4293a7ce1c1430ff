// Generated conversations: alternating senders, replies that quote, auto-replies, and an mbox that reads back.
import { groupThreads } from '../../mail/group-threads';
import { parseMessage } from '../../mail/parse-message';
import { splitMbox } from '../../mail/split-mbox';
import { ME, syntheticThread, toMbox } from '../../scripts/bench/synthetic-mail';

const newestAt = Date.UTC(2024, 4, 2, 9, 0);

describe('a generated thread', () => {
  it('has the requested number of messages, oldest first, mine and the client alternating', () => {
    const thread = syntheticThread({ index: 3, messages: 6, newestAt });
    expect(thread.messages).toHaveLength(6);
    expect(thread.messages[5]!.date).toBe(newestAt);
    expect(thread.messages.map((m) => m.from?.email === ME.email)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(thread.messages[1]!.inReplyTo).toBe(thread.messages[0]!.messageId);
  });

  it('has an out-of-office notice from the client every 26th message', () => {
    const thread = syntheticThread({ index: 1, messages: 52, newestAt });
    const auto = thread.messages.filter((m) => m.headers['auto-submitted'] === 'auto-replied');
    expect(auto.map((m) => m.subject)).toEqual([
      'Risposta automatica: fuori sede',
      'Risposta automatica: fuori sede',
    ]);
  });
});

describe('the generated mbox', () => {
  it('splits and parses back into the same threads and messages', async () => {
    const threads = [1, 2].map((index) => syntheticThread({ index, messages: 4, newestAt }));
    const chunks = splitMbox(toMbox(threads));
    expect(chunks).toHaveLength(8);
    const parsed = await Promise.all(chunks.map((c, i) => parseMessage(Buffer.from(c, 'latin1'), `m#${i}`)));
    const regrouped = groupThreads(parsed);
    expect(regrouped.map((t) => t.messages.length)).toEqual([4, 4]);
    expect(parsed[1]!.text).toContain('> ');
    expect(parsed[1]!.from?.email).toBe(threads[0]!.messages[1]!.from?.email);
  });
});
