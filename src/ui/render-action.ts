// Turns ActionView / ButtonView data into CardService actions and buttons.
import type { ActionView, ButtonView } from '../core/view/card-view';
import { plainText } from './escape-html';

export function renderAction(view: ActionView): GoogleAppsScript.Card_Service.Action {
  const action = CardService.newAction().setFunctionName(view.run);
  if (view.parameters) action.setParameters({ ...view.parameters });
  return action.setLoadIndicator(CardService.LoadIndicator.SPINNER);
}

export function renderButton(view: ButtonView): GoogleAppsScript.Card_Service.TextButton {
  const button = CardService.newTextButton().setText(plainText(view.label));
  if (view.filled) button.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  if (view.openUrl) return button.setOpenLink(CardService.newOpenLink().setUrl(view.openUrl));
  if (view.action?.compose) {
    return button.setComposeAction(renderAction(view.action), CardService.ComposedEmailType.REPLY_AS_DRAFT);
  }
  if (view.action) button.setOnClickAction(renderAction(view.action));
  return button;
}
