// TextButton, ImageButton, IconImage, ButtonSet and Switch builders.
import { exception } from '../errors';
import type { Runtime } from '../runtime';
import { clickSetters, colorOf, fieldSetters, JSON_OF, jsonOf, type Json } from './kit';

function requireClick(rt: Runtime, json: Json, what: string): void {
  if (json['onClick'] === undefined)
    throw exception(rt.realm, `${what} must have an on-click action or link.`);
}

export function newTextButton(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => {
      if (typeof json['text'] !== 'string') throw exception(rt.realm, 'TextButton is missing its text.');
      requireClick(rt, json, 'TextButton');
      return { ...json };
    },
    setTextButtonStyle: (style: string) => ((json['type'] = String(style)), self),
    setBackgroundColor: (hex: string) => ((json['color'] = colorOf(String(hex))), self),
    setIcon: (icon: unknown) => ((json['icon'] = jsonOf(rt, icon, 'icon')), self),
  };
  return Object.assign(
    self,
    fieldSetters(self, json, { setText: 'text', setDisabled: 'disabled', setAltText: 'altText' }),
    clickSetters(rt, self, json),
  );
}

export function newImageButton(rt: Runtime) {
  const json: Json = {};
  const icon: Json = {};
  const self: Json = {
    [JSON_OF]: () => {
      requireClick(rt, json, 'ImageButton');
      // The card schema requires a button text; an icon button carries its alt text there.
      return { text: String(icon['altText'] ?? ''), icon: { ...icon }, ...json };
    },
    setIcon: (value: string) => ((icon['knownIcon'] = String(value)), self),
    setIconUrl: (url: string) => ((icon['iconUrl'] = String(url)), self),
    setAltText: (alt: string) => ((icon['altText'] = String(alt)), self),
  };
  return Object.assign(self, clickSetters(rt, self, json));
}

export function newIconImage(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => {
      if (json['knownIcon'] === undefined && json['iconUrl'] === undefined) {
        throw exception(rt.realm, 'IconImage needs an icon or an icon URL.');
      }
      return { ...json };
    },
  };
  return Object.assign(
    self,
    fieldSetters(self, json, {
      setIcon: 'knownIcon',
      setIconUrl: 'iconUrl',
      setAltText: 'altText',
      setImageCropType: 'imageType',
    }),
  );
}

export function newButtonSet(rt: Runtime) {
  const buttons: Json[] = [];
  const self: Json = {
    [JSON_OF]: () => ({ buttonList: { buttons: [...buttons] } }),
    addButton: (button: unknown) => (buttons.push(jsonOf(rt, button, 'button')), self),
  };
  return self;
}

export function newSwitch(rt: Runtime) {
  const json: Json = { controlType: 'SWITCH' };
  const self: Json = {
    [JSON_OF]: () => {
      if (typeof json['name'] !== 'string') throw exception(rt.realm, 'Switch is missing its field name.');
      return { ...json };
    },
    setOnChangeAction: (action: unknown) => ((json['onChangeAction'] = jsonOf(rt, action, 'action')), self),
  };
  return Object.assign(
    self,
    fieldSetters(self, json, {
      setFieldName: 'name',
      setValue: 'value',
      setSelected: 'selected',
      setControlType: 'controlType',
    }),
  );
}
