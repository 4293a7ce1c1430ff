// Draws one WidgetView with CardService; every text that can hold email content is escaped here.
import type { WidgetView } from '../core/view/card-view';
import { escapeHtml } from './escape-html';
import { renderAction, renderButton } from './render-action';

type Widget = GoogleAppsScript.Card_Service.Widget;

const ICONS = {
  clock: 'CLOCK',
  person: 'PERSON',
  email: 'EMAIL',
  event: 'INVITE',
  info: 'DESCRIPTION',
  star: 'STAR',
  flight: 'AIRPLANE',
  bookmark: 'BOOKMARK',
} as const;

function styled(text: string, style: 'bold' | 'muted' | 'warning' | undefined): string {
  const safe = escapeHtml(text).replace(/\n/g, '<br>');
  if (style === 'bold') return `<b>${safe}</b>`;
  if (style === 'muted') return `<font color="#5f6368">${safe}</font>`;
  if (style === 'warning') return `<font color="#b3261e">${safe}</font>`;
  return safe;
}

function renderFact(view: Extract<WidgetView, { type: 'fact' }>): Widget {
  const widget = CardService.newDecoratedText()
    .setTopLabel(escapeHtml(view.label))
    .setText(escapeHtml(view.value))
    .setWrapText(view.wrap ?? true);
  if (view.detail) widget.setBottomLabel(escapeHtml(view.detail));
  if (view.icon) widget.setStartIcon(CardService.newIconImage().setIcon(CardService.Icon[ICONS[view.icon]]));
  if (view.action) widget.setOnClickAction(renderAction(view.action));
  return widget;
}

function renderSelect(view: Extract<WidgetView, { type: 'select' }>): Widget {
  const types = CardService.SelectionInputType;
  const type = {
    dropdown: types.DROPDOWN,
    radio: types.RADIO_BUTTON,
    checkbox: types.CHECK_BOX,
    switch: types.SWITCH,
  };
  const input = CardService.newSelectionInput().setType(type[view.control]).setFieldName(view.name);
  // A switch carries its label on its item: a title above it would say the same thing twice.
  if (view.label) input.setTitle(view.label);
  for (const option of view.options) input.addItem(option.label, option.value, option.selected);
  if (view.onChange) input.setOnChangeAction(renderAction(view.onChange));
  return input;
}

function renderTextInput(view: Extract<WidgetView, { type: 'text-input' }>): Widget {
  const input = CardService.newTextInput()
    .setFieldName(view.name)
    .setTitle(view.label)
    .setValue(view.value)
    .setMultiline(view.multiline ?? false);
  if (view.hint) input.setHint(view.hint);
  return input;
}

/** The date picker speaks UTC midnight milliseconds for a calendar date. */
function renderDate(view: Extract<WidgetView, { type: 'date' }>): Widget {
  const [y, m, d] = view.value.split('-').map(Number) as [number, number, number];
  return CardService.newDatePicker()
    .setFieldName(view.name)
    .setTitle(view.label)
    .setValueInMsSinceEpoch(Date.UTC(y, m - 1, d));
}

export function renderWidget(view: WidgetView): Widget {
  switch (view.type) {
    case 'text':
      return CardService.newTextParagraph().setText(styled(view.text, view.style));
    case 'fact':
      return renderFact(view);
    case 'buttons':
      return view.buttons.reduce(
        (set, button) => set.addButton(renderButton(button)),
        CardService.newButtonSet(),
      );
    case 'text-input':
      return renderTextInput(view);
    case 'select':
      return renderSelect(view);
    case 'date':
      return renderDate(view);
    case 'divider':
      return CardService.newDivider();
  }
}
