// Navigation, Notification and the action responses, printed as the HTTP add-on renderActions JSON.
import { exception } from '../errors';
import type { Runtime } from '../runtime';
import { fieldSetters, JSON_OF, jsonOf, type Json } from './kit';

/** Lets the compose response find the draft's thread without making a counted Gmail call. */
export const DRAFT_INFO = Symbol.for('follow-up-coach.emulator.draft');

function response(json: Json) {
  return { [JSON_OF]: () => json, printJson: () => JSON.stringify(json, null, 2), toJSON: () => json };
}

export function newNotification(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () =>
      typeof json['text'] === 'string'
        ? { ...json }
        : (() => {
            throw exception(rt.realm, 'Notification is missing its text.');
          })(),
  };
  return Object.assign(self, fieldSetters(self, json, { setText: 'text' }));
}

export function newNavigation(rt: Runtime) {
  const steps: Json[] = [];
  const push = (step: Json) => (steps.push(step), self);
  const self: Json = {
    [JSON_OF]: () => ({ navigations: [...steps] }),
    pushCard: (card: unknown) => push({ pushCard: jsonOf(rt, card, 'card') }),
    updateCard: (card: unknown) => push({ updateCard: jsonOf(rt, card, 'card') }),
    popCard: () => push({ popCard: true }),
    popToRoot: () => push({ popToRoot: true }),
    popToNamedCard: (name: string) => push({ popToCard: String(name) }),
    printJson: () => JSON.stringify({ navigations: steps }, null, 2),
  };
  return self;
}

export function newActionResponseBuilder(rt: Runtime) {
  const action: Json = {};
  let stateChanged = false;
  const self: Json = {
    setNavigation: (nav: unknown) => (Object.assign(action, jsonOf(rt, nav, 'navigation')), self),
    setNotification: (n: unknown) => ((action['notification'] = jsonOf(rt, n, 'notification')), self),
    setOpenLink: (link: unknown) => ((action['link'] = jsonOf(rt, link, 'openLink')), self),
    setStateChanged: (changed: boolean) => ((stateChanged = Boolean(changed)), self),
    build: () => {
      if (Object.keys(action).length === 0) {
        throw exception(rt.realm, 'An action response needs a navigation, a notification or a link.');
      }
      return response({
        renderActions: { action: { ...action } },
        ...(stateChanged ? { stateChanged: true } : {}),
      });
    },
  };
  return self;
}

export function newUniversalActionResponseBuilder(rt: Runtime) {
  const action: Json = {};
  const self: Json = {
    displayAddOnCards: (cards: unknown[]) => {
      action['navigations'] = [...cards].map((c) => ({ pushCard: jsonOf(rt, c, 'card') }));
      return self;
    },
    setOpenLink: (link: unknown) => ((action['link'] = jsonOf(rt, link, 'openLink')), self),
    build: () => response({ renderActions: { action: { ...action } } }),
  };
  return self;
}

export function newComposeActionResponseBuilder(rt: Runtime) {
  let draft: { getId(): string; [DRAFT_INFO]?: { threadId: string } } | null = null;
  const self: Json = {
    setGmailDraft: (d: typeof draft) => ((draft = d), self),
    build: () => {
      if (!draft) throw exception(rt.realm, 'A compose action response needs a Gmail draft.');
      const openCreatedDraftAction = {
        draftId: draft.getId(),
        draftThreadId: draft[DRAFT_INFO]?.threadId ?? '',
      };
      return response({ renderActions: { hostAppAction: { gmailAction: { openCreatedDraftAction } } } });
    },
  };
  return self;
}
