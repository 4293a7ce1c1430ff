// Every match of a global regex, without String.matchAll's per-call clone of the regex (hot path).
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex += 1;
  }
  re.lastIndex = 0;
  return found;
}
