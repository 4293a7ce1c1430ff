// A person at the client's organisation answering through a list or a Google Group is the client replying.
import { isPersonViaList } from '../message/message-kind';
import { unquotedText } from '../message/quoted-text';
import type { Identity } from '../types';
import type { AnnotatedMessage } from './annotate-messages';
import { clientAddressTest, findClient } from './find-client';

/**
 * classifyMessage cannot know the client, so a group reply sent only to the group is `bulk` there; the
 * client's organisation is known here (from people who wrote, else from whom I wrote to: team@client.it).
 */
export function withListReplies(messages: AnnotatedMessage[], identity: Identity): AnnotatedMessage[] {
  if (!messages.some((m) => m.kind === 'bulk')) return messages;
  const isClientAddress = clientAddressTest(findClient(messages, identity));
  return messages.map((m) =>
    m.kind === 'bulk' && isClientAddress(m.from) && isPersonViaList(m.message)
      ? { ...m, kind: 'client', text: unquotedText(m.message.body) }
      : m,
  );
}
