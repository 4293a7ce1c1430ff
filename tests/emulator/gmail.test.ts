import { createEmulator } from '../../emulator';
import { contextualEvent } from '../../emulator/events';
import { eventId, gmailId } from '../../emulator/gmail/ids';
import { fakeThread } from './fake-threads';

// The globals are untyped on purpose (the bundle sees plain JS objects); tests reach them through `any`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function setup() {
  const emulator = createEmulator({ threads: [fakeThread()] });
  const GmailApp = emulator.globals.GmailApp as Any;
  const ids = emulator.gmail.idsOf('reply-1@bianchi-arredi.it')!;
  return { emulator, GmailApp, ids };
}

describe('emulated GmailApp', () => {
  it('refuses every read until the message access token is set, as the current-message scope does', () => {
    const { GmailApp, ids } = setup();
    expect(() => GmailApp.getMessageById(ids.messageId)).toThrow(/Missing access token/);
    expect(() => GmailApp.getThreadById(ids.threadId)).toThrow(/Missing access token/);
    GmailApp.setCurrentMessageAccessToken('token-123');
    expect(GmailApp.getMessageById(ids.messageId).getSubject()).toBe('Re: Preventivo cucina');
  });

  it('reads a message by its event id msg-f:<decimal> as by its hex id, and returns the hex id', () => {
    const { GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    const decimal = BigInt(`0x${ids.messageId}`).toString(10);
    const message = GmailApp.getMessageById(`msg-f:${decimal}`);
    expect(message.getId()).toBe(ids.messageId);
    expect(message.getThread().getId()).toBe(ids.threadId);
    expect(GmailApp.getMessageById(ids.messageId.toUpperCase()).getId()).toBe(ids.messageId);
  });

  it('answers an id that is no Gmail id with Google’s error, and an unknown one with null', () => {
    const { GmailApp } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    expect(() => GmailApp.getMessageById('<reply-1@bianchi-arredi.it>')).toThrow('Invalid argument: id');
    expect(() => GmailApp.getMessageById('msg-f:99999999999999999999999')).toThrow('Invalid argument: id');
    expect(() => GmailApp.getThreadById('msg-f:12')).toThrow('Invalid argument: id');
    expect(GmailApp.getMessageById('msg-f:12')).toBeNull();
  });

  it('sends events as Gmail does: prefixed decimal ids, the offset as a string, a number or not at all', () => {
    const { ids } = setup();
    const events = [1, 2, 3].map(() => contextualEvent({ ...ids }));
    for (const event of events) {
      expect(event.gmail?.messageId).toBe(eventId('msg', ids.messageId));
      expect(event.gmail?.threadId).toMatch(/^thread-f:\d+$/);
    }
    const offsets = events.map((e) => typeof (e.commonEventObject.timeZone as { offset?: unknown }).offset);
    expect(new Set(offsets)).toEqual(new Set(['string', 'number', 'undefined']));
  });

  it('drops the token at the end of an execution', () => {
    const { emulator, GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('token-123');
    emulator.endExecution();
    expect(() => GmailApp.getThreadById(ids.threadId)).toThrow(/Missing access token/);
  });

  it('gives 16-hex ids derived from Message-ID, the thread id being its first message id', () => {
    const { GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    expect(ids.messageId).toMatch(/^[0-9a-f]{16}$/);
    expect(ids.messageId).toBe(gmailId('reply-1@bianchi-arredi.it'));
    expect(ids.threadId).toBe(gmailId('prev-1@studio-rossi.it'));
    const thread = GmailApp.getThreadById(ids.threadId);
    expect(thread.getPermalink()).toBe(`https://mail.google.com/mail/u/0/#all/${ids.threadId}`);
    expect(thread.getMessageCount()).toBe(2);
    expect(GmailApp.getThreadById('0000000000000000')).toBeNull();
    expect(GmailApp.getMessageById('0000000000000000')).toBeNull();
  });

  it('returns address headers the way Gmail does, quoting names with commas', () => {
    const { GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    const [first, reply] = GmailApp.getThreadById(ids.threadId).getMessages();
    expect(first.getFrom()).toBe('Giulia Rossi <giulia.rossi@studio-rossi.it>');
    expect(first.getTo()).toBe('"Bianchi, Marco" <marco@bianchi-arredi.it>');
    expect(first.getCc()).toBe('anna@bianchi-arredi.it');
    expect(reply.getHeader('Auto-Submitted')).toBe('no');
    expect(reply.getHeader('X-Autoreply')).toBe('');
    expect(reply.getDate().getTime()).toBe(Date.UTC(2024, 3, 3, 15, 30));
  });

  it('records a draft reply with its parent message and body, addressed to the sender', () => {
    const { emulator, GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    const draft = GmailApp.getMessageById(ids.messageId).createDraftReply(
      'Gentile Marco, ha avuto modo di guardarlo?',
    );
    expect(emulator.gmail.drafts).toHaveLength(1);
    const stored = emulator.gmail.drafts[0]!;
    expect(stored.inReplyToId).toBe(ids.messageId);
    expect(stored.body).toBe('Gentile Marco, ha avuto modo di guardarlo?');
    expect(stored.message.mail.to.map((p) => p.email)).toEqual(['marco@bianchi-arredi.it']);
    expect(draft.getId()).toMatch(/^r-\d+$/);
    expect(draft.getMessage().isDraft()).toBe(true);
    expect(GmailApp.getThreadById(ids.threadId).getMessageCount()).toBe(3);
  });

  it('counts fetches as remote and getters on a fetched message as local', () => {
    const { emulator, GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    const messages = GmailApp.getThreadById(ids.threadId).getMessages();
    messages.forEach((m: Any) => m.getFrom());
    expect(emulator.calls.count('GmailMessage.getFrom')).toBe(2);
    expect(emulator.calls.remoteTotal()).toBe(2);
    expect(emulator.calls.byService()['GmailMessage']).toEqual({ remote: 0, local: 2 });
    emulator.calls.reset();
    expect(emulator.calls.remoteTotal()).toBe(0);
  });

  it('addresses drafts as Gmail does: my own message gets its recipients, the cc option adds copies', () => {
    const { emulator, GmailApp } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    const mine = emulator.gmail.idsOf('prev-1@studio-rossi.it')!;
    const received = emulator.gmail.idsOf('reply-1@bianchi-arredi.it')!;
    GmailApp.getMessageById(mine.messageId).createDraftReplyAll('Gentile Marco, ...');
    GmailApp.getMessageById(received.messageId).createDraftReply('Grazie', {
      cc: 'anna@bianchi-arredi.it, not an address',
      bcc: 'archivio@studio-rossi.it',
    });
    const [own, reply] = emulator.gmail.drafts.map((d) => d.message.mail);
    expect(own?.to.map((p) => p.email)).toEqual(['marco@bianchi-arredi.it']);
    expect(reply?.to.map((p) => p.email)).toEqual(['marco@bianchi-arredi.it']);
    expect(reply?.cc.map((p) => p.email)).toEqual(['anna@bianchi-arredi.it']);
    expect(reply?.headers['bcc']).toBe('archivio@studio-rossi.it');
  });

  it('throws an injected quota fault on the next call only', () => {
    const { emulator, GmailApp, ids } = setup();
    GmailApp.setCurrentMessageAccessToken('t');
    emulator.faults.inject('GmailApp.getThreadById', 'quota');
    expect(() => GmailApp.getThreadById(ids.threadId)).toThrow(
      'Service invoked too many times for one day: gmail.',
    );
    expect(GmailApp.getThreadById(ids.threadId)).not.toBeNull();
  });
});
