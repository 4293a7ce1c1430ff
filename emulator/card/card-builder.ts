// CardBuilder, CardHeader, CardSection and FixedFooter; build() gives a Card with Google's card JSON.
import { exception } from '../errors';
import type { Runtime } from '../runtime';
import { fieldSetters, JSON_OF, jsonOf, type Json } from './kit';

/** Documented limit: a card section holds at most 100 widgets. */
export const MAX_WIDGETS_PER_SECTION = 100;

export function newCardHeader(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => {
      if (typeof json['title'] !== 'string') throw exception(rt.realm, 'CardHeader is missing its title.');
      return { ...json };
    },
  };
  const fields = {
    setTitle: 'title',
    setSubtitle: 'subtitle',
    setImageUrl: 'imageUrl',
    setImageStyle: 'imageType',
    setImageAltText: 'imageAltText',
  };
  return Object.assign(self, fieldSetters(self, json, fields));
}

export function newCardSection(rt: Runtime) {
  const json: Json = {};
  const widgets: Json[] = [];
  const self: Json = {
    [JSON_OF]: () => ({ ...json, widgets: [...widgets] }),
    addWidget: (widget: unknown) => {
      if (widgets.length >= MAX_WIDGETS_PER_SECTION) {
        throw exception(rt.realm, `A card section can hold at most ${MAX_WIDGETS_PER_SECTION} widgets.`);
      }
      widgets.push(jsonOf(rt, widget, 'widget'));
      return self;
    },
  };
  const fields = {
    setHeader: 'header',
    setCollapsible: 'collapsible',
    setNumUncollapsibleWidgets: 'uncollapsibleWidgetsCount',
  };
  return Object.assign(self, fieldSetters(self, json, fields));
}

export function newFixedFooter(rt: Runtime) {
  const json: Json = {};
  const self: Json = {
    [JSON_OF]: () => {
      if (json['primaryButton'] === undefined)
        throw exception(rt.realm, 'FixedFooter needs a primary button.');
      return { ...json };
    },
    setPrimaryButton: (button: unknown) => ((json['primaryButton'] = jsonOf(rt, button, 'button')), self),
    setSecondaryButton: (button: unknown) => ((json['secondaryButton'] = jsonOf(rt, button, 'button')), self),
  };
  return self;
}

/** The built card: printJson() is the real Card method; toJSON() lets JSON.stringify and tests read it. */
export function makeCard(json: Json) {
  return {
    [JSON_OF]: () => json,
    printJson: () => JSON.stringify(json, null, 2),
    toJSON: () => json,
  };
}

export function newCardBuilder(rt: Runtime) {
  const json: Json = {};
  const sections: Json[] = [];
  const cardActions: Json[] = [];
  const self: Json = {
    setHeader: (header: unknown) => ((json['header'] = jsonOf(rt, header, 'header')), self),
    setPeekCardHeader: (header: unknown) => ((json['peekCardHeader'] = jsonOf(rt, header, 'header')), self),
    addSection: (section: unknown) => (sections.push(jsonOf(rt, section, 'section')), self),
    addCardAction: (action: unknown) => (cardActions.push(jsonOf(rt, action, 'cardAction')), self),
    setFixedFooter: (footer: unknown) => ((json['fixedFooter'] = jsonOf(rt, footer, 'fixedFooter')), self),
    build: () => {
      if (sections.length === 0) throw exception(rt.realm, 'A card must have at least one section.');
      const actions = cardActions.length > 0 ? { cardActions: [...cardActions] } : {};
      return makeCard({ ...json, sections: [...sections], ...actions });
    },
  };
  return Object.assign(self, fieldSetters(self, json, { setName: 'name', setDisplayStyle: 'displayStyle' }));
}
