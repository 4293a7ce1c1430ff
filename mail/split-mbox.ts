// Splits an mbox (From_-line separated) into raw messages, undoing mboxrd `>From ` quoting.

/**
 * The text is decoded as latin1 so one char is one byte and the split never corrupts 8-bit bodies.
 * A separator is a line starting with "From " at the start of the file or after a blank line: mboxo
 * files leave unquoted "From " lines inside bodies, which a blank-line rule mostly keeps apart.
 */
export function splitMbox(latin1: string): string[] {
  const lines = latin1.split(/\r?\n/);
  const messages: string[][] = [];
  let current: string[] | null = null;
  lines.forEach((line, i) => {
    const previousBlank = i === 0 || lines[i - 1] === '';
    if (line.startsWith('From ') && previousBlank) {
      current = [];
      messages.push(current);
      return;
    }
    if (current === null) return;
    current.push(/^>+From /.test(line) ? line.slice(1) : line);
  });
  return messages.map((msg) => {
    const end = msg.length > 0 && msg[msg.length - 1] === '' ? msg.length - 1 : msg.length;
    return msg.slice(0, end).join('\r\n') + '\r\n';
  });
}

/** True when the text looks like an mbox rather than a single message. */
export function looksLikeMbox(latin1: string): boolean {
  return latin1.startsWith('From ');
}
