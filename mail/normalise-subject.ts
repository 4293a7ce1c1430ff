// The subject without reply/forward prefixes in the languages our users write (Re, Fwd, R, RIF, AW, WG, TR, RV).

const PREFIX = /^\s*(re|fwd?|fw|r|rif|aw|wg|tr|rv)\s*(\[\d+\])?\s*:\s*/i;

export function normaliseSubject(subject: string): string {
  let s = subject;
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(PREFIX, '');
  }
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
