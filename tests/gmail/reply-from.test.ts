// The address a draft reply is sent from: my latest message's alias, never my main address or a colleague's.
import type { AnalyzedMessage, Identity, ThreadAnalysis } from '../../src/core/types';
import { replyFrom } from '../../src/gmail/reply-from';

const identity: Identity = {
  primary: 'giulia@studiobianchi.it',
  aliases: ['info@studiobianchi.it', 'giulia.b@gmail.com'],
  colleaguesCountAsMe: true,
  myName: 'Giulia',
};

function message(from: string, kind: AnalyzedMessage['kind'], day: number): AnalyzedMessage {
  return {
    id: `m${day}`,
    at: Date.UTC(2026, 10, day),
    from,
    kind,
    outOfOfficeUntil: null,
    promisedBy: null,
    asks: null,
  };
}

const analysisOf = (messages: AnalyzedMessage[]) => ({ messages }) as unknown as ThreadAnalysis;

describe('the address a draft reply is sent from', () => {
  it('is the alias of my latest message, even when an earlier one came from another alias', () => {
    const analysis = analysisOf([
      message('giulia.b@gmail.com', 'me', 10),
      message('elena@cantinerusso.it', 'client', 11),
      message('Info@StudioBianchi.it', 'me', 12),
      message('mailer-daemon@studiobianchi.it', 'bounce', 13),
    ]);
    expect(replyFrom(analysis, identity)).toBe('info@studiobianchi.it');
  });

  it('is left to Gmail when my latest message came from my main address', () => {
    const analysis = analysisOf([
      message('info@studiobianchi.it', 'me', 10),
      message('giulia@studiobianchi.it', 'me', 12),
    ]);
    expect(replyFrom(analysis, identity)).toBeNull();
  });

  it("is left to Gmail when my side's latest message is a colleague's", () => {
    expect(replyFrom(analysisOf([message('paolo@studiobianchi.it', 'me', 12)]), identity)).toBeNull();
  });

  it('is left to Gmail when I never wrote', () => {
    expect(replyFrom(analysisOf([message('elena@cantinerusso.it', 'client', 12)]), identity)).toBeNull();
  });
});
