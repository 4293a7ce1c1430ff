// Properties of settled threads over random conversations: no nudge, no reminder date, never over a promise.
import fc from 'fast-check';
import { analyzeThread } from '../../../src/core/analyze-thread';
import { suggestNudge } from '../../../src/core/nudge/suggest-nudge';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { recordFromAnalysis } from '../../../src/core/tracking/record-from-analysis';
import { homeEntries } from '../../../src/core/tracking/home-entries';
import type { MailMessage } from '../../../src/core/types';
import { calendar, GIULIA, identity, MARCO, message, thread } from '../builders';

const START = Date.parse('2025-01-01T00:00:00Z');
const NOW = Date.parse('2025-12-31T12:00:00Z');

const MINE = [
  'Ciao Marco, ti torna la proposta?',
  'Hi Marco, here are the files. Have a good weekend.',
  'Hallo Marco, anbei das Angebot für die Messe.',
  'Merci, bien reçu !',
  'PS: dimenticavo l’allegato.',
];
const THEIRS = [
  'Grazie, perfetto così!',
  'Vielen Dank, passt alles.',
  'Can you send the invoice?',
  'Thanks, I will get back to you by Friday.',
  'Ti faccio sapere entro il 20 dicembre.',
  'Received, thanks.',
];
const PROMISES = new Set([THEIRS[3], THEIRS[4]]);

const messageArb = fc
  .tuple(fc.boolean(), fc.nat(10), fc.integer({ min: START, max: NOW }))
  .map(([isMine, pick, at]) => ({ isMine, pick, at }));

function build(specs: { isMine: boolean; pick: number; at: number }[]): MailMessage[] {
  return specs.map(({ isMine, pick, at }, i) => {
    const pool = isMine ? MINE : THEIRS;
    return message({
      id: `m${String(i).padStart(2, '0')}`,
      at: new Date(at).toISOString(),
      from: isMine ? GIULIA : MARCO,
      to: isMine ? MARCO : GIULIA,
      body: pool[pick % pool.length] as string,
    });
  });
}

const run = (messages: MailMessage[], everyAsk = false) =>
  analyzeThread({ thread: thread(messages), identity: identity(), calendar: calendar(), now: NOW, everyAsk });

describe('settled threads, over random conversations', () => {
  it('never get a nudge, a reminder date, or an overdue place on the homepage', () => {
    fc.assert(
      fc.property(fc.array(messageArb, { minLength: 1, maxLength: 8 }), (specs) => {
        const analysis = run(build(specs));
        if (analysis.state !== 'settled') return;
        const cal = calendar();
        const nudge = suggestNudge({
          analysis,
          settings: DEFAULT_SETTINGS,
          calendar: cal,
          now: NOW,
          userLocale: 'it',
        });
        expect(nudge).toBeNull();
        const localDate = (ms: number) => cal.localDateOf(ms, cal.timeZone);
        const record = recordFromAnalysis({
          analysis,
          decision: nudge,
          language: 'it',
          tone: 'warm',
          today: localDate(NOW),
          localDate,
          previous: null,
        });
        expect(record.nextOn).toBeNull();
        expect(homeEntries([record], localDate(NOW)).every((e) => !e.overdue)).toBe(true);
      }),
    );
  });

  it('are never settled when the client’s newest reply promises an answer', () => {
    fc.assert(
      fc.property(fc.array(messageArb, { minLength: 1, maxLength: 8 }), (specs) => {
        const messages = build(specs);
        const analysis = run(messages);
        const lastClient = [...analysis.messages].reverse().find((m) => m.kind === 'client');
        const lastMine = [...analysis.messages].reverse().find((m) => m.kind === 'me');
        const body = messages.find((m) => m.id === lastClient?.id)?.body ?? '';
        if (lastClient && lastMine && lastClient.at > lastMine.at && PROMISES.has(body))
          expect(analysis.state).not.toBe('settled');
      }),
    );
  });

  it('give every human message an asks flag and automated mail none', () => {
    fc.assert(
      fc.property(fc.array(messageArb, { minLength: 1, maxLength: 8 }), (specs) => {
        for (const m of run(build(specs), true).messages)
          expect(typeof m.asks === 'boolean').toBe(m.kind === 'me' || m.kind === 'client');
        // Reading only the exchange the rule needs never changes the decision.
        expect(run(build(specs)).state).toBe(run(build(specs), true).state);
      }),
    );
  });
});
