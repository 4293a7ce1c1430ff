import { analyzeThread } from '../../src/core/analyze-thread';
import { analysisToJson } from '../../scripts/analyze/to-json';
import { calendar, GIULIA, identity, message } from '../core/builders';

function jsonMessages(messages: Parameters<typeof message>[0][]): { kind: string; robot: boolean }[] {
  const built = messages.map(message);
  const analysis = analyzeThread({
    thread: { id: 't', subject: 'Patch', messages: built },
    identity: identity(),
    calendar: calendar(),
    now: Date.parse('2025-09-20T10:00:00+02:00'),
  });
  const json = analysisToJson({
    timeZone: 'Europe/Rome',
    now: Date.parse('2025-09-20T10:00:00+02:00'),
    warnings: [],
    threads: [{ threadKey: 't', subject: 'Patch', analysis, dates: new Map(built.map((m) => [m.id, m.at])) }],
  }) as { threads: { messages: { kind: string; robot: boolean }[] }[] };
  return json.threads[0]!.messages.map(({ kind, robot }) => ({ kind, robot }));
}

describe('the analyze JSON says which bulk messages robots wrote', () => {
  it('marks a CI robot’s report robot and a newsletter not', () => {
    expect(
      jsonMessages([
        {
          at: '2025-09-08T10:00:00+02:00',
          from: GIULIA,
          to: 'Marco <marco@ferramenta-rossi.it>',
          subject: 'Patch',
        },
        {
          at: '2025-09-08T11:00:00+02:00',
          from: 'kernel test robot <lkp@intel.com>',
          to: GIULIA,
          subject: 'Re: Patch',
          body: 'kernel test robot noticed the following build warnings:',
        },
        {
          at: '2025-09-09T08:00:00+02:00',
          from: 'Ferramenta Rossi <newsletter@ferramenta-rossi.it>',
          to: GIULIA,
          subject: 'Le offerte di settembre',
          headers: { 'list-unsubscribe': '<https://ferramenta-rossi.it/u>' },
          body: 'Sconti su tutto il catalogo.',
        },
      ]),
    ).toEqual([
      { kind: 'me', robot: false },
      { kind: 'bulk', robot: true },
      { kind: 'bulk', robot: false },
    ]);
  });
});
