// A pattern built at its first test, so its text is decoded from the bundle's table only when mail is read.
import type { TextTest } from './word-start';

/**
 * Every callback loads the whole bundle, and most (homepage, settings, the Calendar card) read no mail:
 * the message rules' long patterns and phrase lists are built by the first test instead of at each load.
 */
export function lazyPattern(build: () => RegExp): TextTest {
  let re: RegExp | undefined;
  return { test: (text) => (re ??= build()).test(text) };
}
