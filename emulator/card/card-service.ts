// The CardService global: factory methods (counted as local calls) plus the enums.
import { invoke, type Runtime } from '../runtime';
import { newAction, newCardAction, newOpenLink } from './actions';
import { newButtonSet, newIconImage, newImageButton, newSwitch, newTextButton } from './buttons';
import { newCardBuilder, newCardHeader, newCardSection, newFixedFooter } from './card-builder';
import { CARD_ENUMS } from './enums';
import type { CardRegistry } from './kit';
import * as r from './responses';
import * as w from './widgets';

export function createCardService(rt: Runtime, registry: CardRegistry) {
  const factories: Record<string, () => unknown> = {
    newCardBuilder: () => newCardBuilder(rt),
    newCardHeader: () => newCardHeader(rt),
    newCardSection: () => newCardSection(rt),
    newFixedFooter: () => newFixedFooter(rt),
    newCardAction: () => newCardAction(rt),
    newAction: () => newAction(rt, registry),
    newOpenLink: () => newOpenLink(rt),
    newTextButton: () => newTextButton(rt),
    newImageButton: () => newImageButton(rt),
    newIconImage: () => newIconImage(rt),
    newButtonSet: () => newButtonSet(rt),
    newSwitch: () => newSwitch(rt),
    newTextParagraph: () => w.newTextParagraph(rt),
    newDecoratedText: () => w.newDecoratedText(rt),
    newKeyValue: () => w.newKeyValue(rt),
    newDivider: () => w.newDivider(),
    newTextInput: () => w.newTextInput(rt),
    newSuggestions: () => w.newSuggestions(),
    newSelectionInput: () => w.newSelectionInput(rt),
    newDatePicker: () => w.newDatePicker(rt),
    newNotification: () => r.newNotification(rt),
    newNavigation: () => r.newNavigation(rt),
    newActionResponseBuilder: () => r.newActionResponseBuilder(rt),
    newUniversalActionResponseBuilder: () => r.newUniversalActionResponseBuilder(rt),
    newComposeActionResponseBuilder: () => r.newComposeActionResponseBuilder(rt),
  };
  const service: Record<string, unknown> = { ...CARD_ENUMS };
  for (const [name, make] of Object.entries(factories)) {
    service[name] = () => invoke(rt, `CardService.${name}`, 'local', make);
  }
  return service;
}
