// GmailApp for an add-on with the current-message scope: every read needs the event's access token first.
import { exception, MESSAGES } from '../errors';
import { invoke, type Runtime } from '../runtime';
import type { GmailState } from './gmail-state';
import { wrapDraft, wrapMessage, wrapThread } from './gmail-message';
import { hexIdOf } from './ids';

export interface GmailAppHandle {
  readonly app: ReturnType<typeof makeApp>;
  /** Forgets the token: each Apps Script execution starts without one. */
  resetExecution(): void;
}

function makeApp(rt: Runtime, state: GmailState, session: { token: string | null }) {
  const gated = <T>(method: string, work: () => T): T =>
    invoke(rt, `GmailApp.${method}`, 'remote', () => {
      if (!session.token) throw exception(rt.realm, MESSAGES.gmailToken);
      return work();
    });
  return {
    setCurrentMessageAccessToken: (accessToken: string) =>
      invoke(rt, 'GmailApp.setCurrentMessageAccessToken', 'local', () => {
        if (typeof accessToken !== 'string' || accessToken === '') {
          throw exception(rt.realm, 'Invalid argument: accessToken');
        }
        session.token = accessToken;
      }),
    getMessageById: (id: string) =>
      gated('getMessageById', () => {
        const hex = hexIdOf('msg', id);
        if (hex === null) throw exception(rt.realm, MESSAGES.invalidId);
        const stored = state.messages.get(hex);
        return stored ? wrapMessage(rt, state, stored) : null;
      }),
    getThreadById: (id: string) =>
      gated('getThreadById', () => {
        const hex = hexIdOf('thread', id);
        if (hex === null) throw exception(rt.realm, MESSAGES.invalidId);
        const stored = state.threads.get(hex);
        return stored ? wrapThread(rt, state, stored) : null;
      }),
    getDraft: (draftId: string) =>
      gated('getDraft', () => {
        const draft = state.drafts.find((d) => d.id === draftId);
        return draft ? wrapDraft(rt, state, draft.id, draft.message) : null;
      }),
    getDrafts: () =>
      gated('getDrafts', () =>
        rt.realm.Array.from(state.drafts.map((d) => wrapDraft(rt, state, d.id, d.message))),
      ),
  };
}

export function createGmailApp(rt: Runtime, state: GmailState): GmailAppHandle {
  const session = { token: null as string | null };
  return {
    app: makeApp(rt, state, session),
    resetExecution: () => {
      session.token = null;
    },
  };
}
