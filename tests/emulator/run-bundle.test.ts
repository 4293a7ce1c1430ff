import { createEmulator } from '../../emulator';
import { actionEvent, contextualEvent } from '../../emulator/events';
import { loadBundle } from '../../emulator/run-bundle';
import { fakeThread } from './fake-threads';

const BUNDLE = `
var counter = 0;
function onGmailMessageOpen(e) {
  GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken);
  var thread = GmailApp.getThreadById(e.gmail.threadId);
  var messages = thread.getMessages();
  return { count: messages.length, isArray: Array.isArray(messages), isDate: messages[0].getDate() instanceof Date };
}
function probeGlobals() {
  return [typeof require, typeof process, typeof setTimeout, typeof module, typeof fetch, typeof Buffer,
    typeof GmailApp, typeof CardService, typeof Calendar, typeof PropertiesService, typeof Utilities].join(',');
}
function readWithoutToken(e) { return GmailApp.getThreadById(e.gmail.threadId); }
function onSave(e) { counter += 1; return e.commonEventObject.parameters.threadId + ':' + e.commonEventObject.formInputs.note.stringInputs.value[0]; }
globalThis.arrowOnly = () => 1;
`;

describe('loadBundle', () => {
  const emulator = createEmulator({ threads: [fakeThread()] });
  const bundle = loadBundle(emulator, { code: BUNDLE });
  const ids = emulator.gmail.idsOf('prev-1@studio-rossi.it')!;

  it('lists only top-level function declarations', () => {
    expect(bundle.topLevelFunctions()).toEqual([
      'onGmailMessageOpen',
      'probeGlobals',
      'readWithoutToken',
      'onSave',
    ]);
  });

  it('exposes Apps Script services but no Node globals inside the context', () => {
    expect(bundle.call('probeGlobals')).toBe(
      'undefined,undefined,undefined,undefined,undefined,undefined,object,object,object,object,object',
    );
  });

  it('runs a contextual trigger with values built from the context’s own intrinsics', () => {
    const result = bundle.call('onGmailMessageOpen', contextualEvent(ids));
    expect(result).toEqual({ count: 2, isArray: true, isDate: true });
  });

  it('starts each call without the previous call’s access token', () => {
    expect(() => bundle.call('readWithoutToken', contextualEvent(ids))).toThrow(/Missing access token/);
  });

  it('passes parameters and form inputs in the documented event shape', () => {
    const event = actionEvent({ parameters: { threadId: ids.threadId }, formInputs: { note: 'richiamare' } });
    expect(bundle.call('onSave', event)).toBe(`${ids.threadId}:richiamare`);
    expect(event.formInput).toEqual({ note: 'richiamare' });
  });

  it('refuses names that are not top-level functions', () => {
    expect(() => bundle.call('arrowOnly')).toThrow(/not a top-level function/);
    expect(() => bundle.call('nowhere')).toThrow(/not a top-level function/);
  });
});
