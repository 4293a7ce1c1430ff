// The thread sidebar as a CardView: who, which project, and the facts of the wait.
import { statusSection, displayName, type StatusInput } from './status-section';
import type { CardView } from './card-view';

export type SidebarInput = StatusInput;

export function sidebarView(input: SidebarInput): CardView {
  const { analysis: a, text } = input;
  const client = a.client;
  const title = client ? displayName(client, text) : a.project || text.unknownSubject;
  const subtitle = client ? [a.project || text.unknownSubject, client.email].join(' · ') : '';
  return {
    name: 'sidebar',
    title,
    ...(subtitle ? { subtitle } : {}),
    sections: [statusSection(input)],
  };
}
