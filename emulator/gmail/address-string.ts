// Formats parties the way GmailMessage getters return them: `Name <a@b>` joined by ', '.
import type { Party } from '../../src/core/types';

export function partyString(p: Party): string {
  if (!p.name) return p.email;
  const name = /[,;:<>"@()[\]\\]/.test(p.name) ? `"${p.name.replace(/(["\\])/g, '\\$1')}"` : p.name;
  return `${name} <${p.email}>`;
}

export function partiesString(list: readonly Party[]): string {
  return list.map(partyString).join(', ');
}
