// Who counts as "me": my address, my declared aliases and, optionally, colleagues at my organisation.
import { domainOf, isPublicMailDomain, organisationDomain } from './addresses';
import type { Identity } from './types';

export function isMe(email: string, identity: Identity): boolean {
  const e = email.trim().toLowerCase();
  if (e === '') return false;
  const primary = identity.primary.trim().toLowerCase();
  if (e === primary) return true;
  if (identity.aliases.some((a) => a.trim().toLowerCase() === e)) return true;
  if (!identity.colleaguesCountAsMe) return false;
  const myDomain = domainOf(primary);
  if (myDomain === '' || isPublicMailDomain(myDomain)) return false;
  return organisationDomain(domainOf(e)) === organisationDomain(myDomain);
}
