// Action, OpenLink and CardAction builders; parameters must be strings, function names non-empty.
import { exception } from '../errors';
import type { Runtime } from '../runtime';
import { clickSetters, fieldSetters, JSON_OF, type CardRegistry, type Json } from './kit';

export function newAction(rt: Runtime, registry: CardRegistry) {
  const json: Json = {};
  const self = {
    [JSON_OF]: () => {
      if (typeof json['function'] !== 'string')
        throw exception(rt.realm, 'Action is missing a function name.');
      return { ...json };
    },
    setFunctionName: (functionName: string) => {
      if (typeof functionName !== 'string' || functionName.trim() === '') {
        throw exception(rt.realm, 'Invalid argument: functionName');
      }
      registry.functionNames.add(functionName);
      json['function'] = functionName;
      return self;
    },
    setParameters: (parameters: Record<string, unknown>) => {
      const entries = Object.entries(parameters ?? {});
      // Documented: "Both keys and values must be strings"; the real service rejects anything else.
      if (entries.some(([, v]) => typeof v !== 'string'))
        throw exception(rt.realm, 'Invalid argument: parameters');
      json['parameters'] = entries.map(([key, value]) => ({ key, value }));
      return self;
    },
    setLoadIndicator: (loadIndicator: string) => ((json['loadIndicator'] = String(loadIndicator)), self),
    setPersistValues: (persistValues: boolean) => ((json['persistValues'] = Boolean(persistValues)), self),
    setAllWidgetsAreRequired: (required: boolean) => (
      (json['allWidgetsAreRequired'] = Boolean(required)),
      self
    ),
    setRequiredWidgets: (names: string[]) => ((json['requiredWidgets'] = [...names].map(String)), self),
  };
  return self;
}

export function newOpenLink(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => {
      if (typeof json['url'] !== 'string') throw exception(rt.realm, 'OpenLink is missing a URL.');
      return { ...json };
    },
  };
  return Object.assign(
    self,
    fieldSetters(self, json, { setUrl: 'url', setOpenAs: 'openAs', setOnClose: 'onClose' }),
  );
}

export function newCardAction(rt: Runtime) {
  const json: Json = {};
  const self: Json = { [JSON_OF]: () => ({ ...json }) };
  return Object.assign(
    self,
    fieldSetters(self, json, { setText: 'actionLabel' }),
    clickSetters(rt, self, json),
  );
}
