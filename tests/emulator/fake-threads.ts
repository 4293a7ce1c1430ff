// Small builders for emulator tests: a two-message thread between Giulia and a client.
import type { MailThread, ParsedMail } from '../../mail/parsed-mail';

export function fakeMail(over: Partial<ParsedMail> & { messageId: string }): ParsedMail {
  return {
    source: 'fake.eml',
    gmThreadId: null,
    inReplyTo: null,
    references: [],
    date: Date.UTC(2024, 3, 2, 9, 0),
    from: { email: 'giulia.rossi@studio-rossi.it', name: 'Giulia Rossi' },
    to: [{ email: 'marco@bianchi-arredi.it', name: 'Bianchi, Marco' }],
    cc: [{ email: 'anna@bianchi-arredi.it', name: '' }],
    replyTo: [],
    subject: 'Preventivo cucina',
    headers: { 'message-id': `<${over.messageId}>`, 'list-id': '' },
    text: 'Buongiorno Marco, le mando il preventivo.',
    contentType: 'text/plain',
    raw: 'Subject: Preventivo cucina\r\n\r\nBuongiorno',
    ...over,
  };
}

export function fakeThread(): MailThread {
  return {
    key: 'prev-1@studio-rossi.it',
    subject: 'Preventivo cucina',
    messages: [
      fakeMail({ messageId: 'prev-1@studio-rossi.it' }),
      fakeMail({
        messageId: 'reply-1@bianchi-arredi.it',
        inReplyTo: 'prev-1@studio-rossi.it',
        date: Date.UTC(2024, 3, 3, 15, 30),
        from: { email: 'marco@bianchi-arredi.it', name: 'Bianchi, Marco' },
        to: [{ email: 'giulia.rossi@studio-rossi.it', name: 'Giulia Rossi' }],
        cc: [],
        subject: 'Re: Preventivo cucina',
        headers: { 'message-id': '<reply-1@bianchi-arredi.it>', 'auto-submitted': 'no' },
        text: 'Grazie, lo guardo e le faccio sapere.',
      }),
    ],
  };
}
