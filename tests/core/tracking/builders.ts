// A tracked-thread builder for the tracking tests: a quiet client on a packaging project.
import type { TrackedThread } from '../../../src/core/tracking/tracked-thread';

export function tracked(overrides: Partial<TrackedThread> = {}): TrackedThread {
  return {
    threadId: '18f0a1b2c3d4e5f6',
    clientEmail: 'elena.sartori@dolcevita-pack.it',
    clientName: 'Elena Sartori',
    subject: 'Nuove confezioni linea Natale',
    state: 'awaiting-client',
    stage: 'wait',
    since: '2024-04-29',
    lastMineOn: '2024-04-29',
    nextOn: '2024-05-02',
    reminderOn: null,
    eventId: '',
    language: 'it',
    tone: 'warm',
    stillWaitingAt: null,
    delaysHours: [20, 44],
    seenOn: '2024-04-30',
    ...overrides,
  };
}
