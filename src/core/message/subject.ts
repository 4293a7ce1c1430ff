// The project name of a thread: its subject without reply/forward prefixes in any language.
const PREFIX =
  /^\s*(?:(?:re|fwd?|r|rif|i|aw|wg|tr|rv|sv|vs|antw|antwort|doorst|enc|res|fs|odp|ynt)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)/i;
/** Bracketed counters some clients add, e.g. "Re[2]:", and mailing-list tags kept as they are. */
const LIST_TAG = /^\s*(\[[^\]]*\])\s*/;
/** Warnings that company gateways stamp on mail from outside ("[EXT]", "[EXTERNAL]", "EXTERNAL:"). */
const EXTERNAL_TAG =
  /^\s*(?:\[\s*(?:ext|external|extern|externe|externo|esterno|esterna|external (?:e-?mail|sender|message))\s*\]|\*\s*external\s*\*|external\s*:)\s*/i;

/** "Re: [proj] RE: Fwd: Offer" → "[proj] Offer"; '' for an empty subject (the UI words that case). */
export function projectName(subject: string): string {
  let rest = (subject ?? '').replace(/\s+/g, ' ').trim();
  let tags = '';
  for (let guard = 0; guard < 50; guard += 1) {
    const prefix = PREFIX.exec(rest) ?? EXTERNAL_TAG.exec(rest);
    if (prefix) {
      rest = rest.slice(prefix[0].length);
      continue;
    }
    const tag = LIST_TAG.exec(rest);
    if (tag && PREFIX.test(rest.slice(tag[0].length))) {
      if (!tags.includes(tag[1] as string)) tags += `${tag[1]} `;
      rest = rest.slice(tag[0].length);
      continue;
    }
    break;
  }
  return (tags + rest).trim();
}
