// The client: the most recent human client-side sender, else the main recipient of my last message.
import { domainOf, isPublicMailDomain, organisationDomain } from '../addresses';
import { isMe } from '../identity';
import { isProgramAddress } from '../message/sender-signals';
import type { Identity, Party } from '../types';
import type { AnnotatedMessage } from './annotate-messages';

/**
 * Without a person's answer, the main recipient of my last message, unless programs are all I deal with:
 * a robot answered my last message (a tracker, a CI robot, a list manager), or I wrote to a robot's or a
 * program's address (majordomo@, noreply@, a tracker that answered earlier). Then nobody is waited on.
 */
export function findClient(messages: readonly AnnotatedMessage[], identity: Identity): Party | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i] as AnnotatedMessage;
    if (m.kind === 'client' && m.message.from) return m.message.from;
  }
  const robots = new Set(messages.filter((m) => m.robot === true).map((m) => m.from));
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i] as AnnotatedMessage;
    if (m.robot === true) return null;
    if (m.kind !== 'me') continue;
    const recipients = [...m.message.to, ...m.message.cc].filter((p) => !isMe(p.email, identity));
    const main = recipients[0];
    if (main === undefined) continue;
    return robots.has(main.email) || isProgramAddress(main) ? null : main;
  }
  return null;
}

/** Addresses that count as the client: the client, or anyone at the client's (non-public) organisation. */
export function clientAddressTest(client: Party | null): (email: string | null) => boolean {
  if (client === null) return () => false;
  const domain = domainOf(client.email);
  const org = isPublicMailDomain(domain) ? null : organisationDomain(domain);
  return (email) =>
    email !== null &&
    (email === client.email || (org !== null && organisationDomain(domainOf(email)) === org));
}

/** Real client replies: human messages from the client's side of the organisation. */
export function clientReplyTest(client: Party | null): (m: AnnotatedMessage) => boolean {
  const isClientAddress = clientAddressTest(client);
  return (m) => m.kind === 'client' && isClientAddress(m.from);
}
