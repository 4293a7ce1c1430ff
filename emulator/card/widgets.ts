// Section widgets: TextParagraph, DecoratedText, KeyValue, Divider, TextInput, SelectionInput, DatePicker.
import { exception } from '../errors';
import type { Runtime } from '../runtime';
import { clickSetters, fieldSetters, JSON_OF, jsonOf, type Json } from './kit';

function required(rt: Runtime, json: Json, field: string, what: string): void {
  if (typeof json[field] !== 'string') throw exception(rt.realm, `${what} is missing its ${field}.`);
}

export function newTextParagraph(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => (required(rt, json, 'text', 'TextParagraph'), { textParagraph: { ...json } }),
  };
  return Object.assign(self, fieldSetters(self, json, { setText: 'text', setMaxLines: 'maxLines' }));
}

function decorated(rt: Runtime, json: Json, self: Json) {
  return {
    ...clickSetters(rt, self, json),
    setStartIcon: (icon: unknown) => ((json['startIcon'] = jsonOf(rt, icon, 'icon')), self),
    setEndIcon: (icon: unknown) => ((json['endIcon'] = jsonOf(rt, icon, 'icon')), self),
    setButton: (button: unknown) => ((json['button'] = jsonOf(rt, button, 'button')), self),
    setSwitchControl: (control: unknown) => (
      (json['switchControl'] = jsonOf(rt, control, 'switchControl')),
      self
    ),
  };
}

export function newDecoratedText(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => (required(rt, json, 'text', 'DecoratedText'), { decoratedText: { ...json } }),
  };
  const fields = {
    setText: 'text',
    setTopLabel: 'topLabel',
    setBottomLabel: 'bottomLabel',
    setWrapText: 'wrapText',
  };
  return Object.assign(self, fieldSetters(self, json, fields), decorated(rt, json, self));
}

/** KeyValue is deprecated: Google renders it as a DecoratedText, and so does the JSON. */
export function newKeyValue(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => (required(rt, json, 'text', 'KeyValue'), { decoratedText: { ...json } }),
    setIcon: (icon: string) => ((json['startIcon'] = { knownIcon: String(icon) }), self),
    setIconUrl: (url: string) => ((json['startIcon'] = { iconUrl: String(url) }), self),
  };
  const fields = {
    setContent: 'text',
    setTopLabel: 'topLabel',
    setBottomLabel: 'bottomLabel',
    setMultiline: 'wrapText',
  };
  return Object.assign(self, fieldSetters(self, json, fields), decorated(rt, json, self));
}

export function newDivider() {
  return { [JSON_OF]: () => ({ divider: {} }) };
}

export function newTextInput(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => (required(rt, json, 'name', 'TextInput'), { textInput: { ...json } }),
    setMultiline: (multiline: boolean) => (
      (json['type'] = multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE'),
      self
    ),
    setOnChangeAction: (action: unknown) => ((json['onChangeAction'] = jsonOf(rt, action, 'action')), self),
    setSuggestions: (s: unknown) => ((json['initialSuggestions'] = jsonOf(rt, s, 'suggestions')), self),
    setSuggestionsAction: (action: unknown) => (
      (json['autoCompleteAction'] = jsonOf(rt, action, 'action')),
      self
    ),
  };
  const fields = { setFieldName: 'name', setTitle: 'label', setHint: 'hintText', setValue: 'value' };
  return Object.assign(self, fieldSetters(self, json, fields));
}

export function newSuggestions() {
  const items: Json[] = [];
  const self: Json = {
    [JSON_OF]: () => ({ items: [...items] }),
    addSuggestion: (text: string) => (items.push({ text: String(text) }), self),
    addSuggestions: (texts: string[]) => (texts.forEach((t) => items.push({ text: String(t) })), self),
  };
  return self;
}

export function newSelectionInput(rt: Runtime) {
  const json: Json = { items: [] };
  const self: Json = {
    [JSON_OF]: () => (required(rt, json, 'name', 'SelectionInput'), { selectionInput: { ...json } }),
    addItem: (text: unknown, value: unknown, selected: boolean) => {
      (json['items'] as Json[]).push({
        text: String(text),
        value: String(value),
        selected: Boolean(selected),
      });
      return self;
    },
    setOnChangeAction: (action: unknown) => ((json['onChangeAction'] = jsonOf(rt, action, 'action')), self),
  };
  return Object.assign(
    self,
    fieldSetters(self, json, { setFieldName: 'name', setTitle: 'label', setType: 'type' }),
  );
}

export function newDatePicker(rt: Runtime) {
  const json: Json = { type: 'DATE_ONLY' };
  const self: Json = {
    [JSON_OF]: () => (required(rt, json, 'name', 'DatePicker'), { dateTimePicker: { ...json } }),
    setValueInMsSinceEpoch: (ms: number | string) => ((json['valueMsEpoch'] = Number(ms)), self),
    setOnChangeAction: (action: unknown) => ((json['onChangeAction'] = jsonOf(rt, action, 'action')), self),
  };
  return Object.assign(self, fieldSetters(self, json, { setFieldName: 'name', setTitle: 'label' }));
}
