// Draws a CardView and action results with CardService (the only place cards are assembled).
import type { ActionResultView, CardView, SectionView } from '../core/view/card-view';
import { escapeHtml, plainText, shortened } from './escape-html';

/** Card header lengths: Gmail's sidebar shows about this much on one or two lines. */
const TITLE_MAX = 80;
const SUBTITLE_MAX = 160;
import { renderButton } from './render-action';
import { renderWidget } from './render-widget';

/** Google drops a section with no widgets, and rejects more than 100 widgets in one. */
const MAX_WIDGETS = 100;

function renderSection(view: SectionView): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection();
  if (view.header) section.setHeader(escapeHtml(shortened(view.header, SUBTITLE_MAX)));
  if (view.collapsible) {
    section.setCollapsible(true).setNumUncollapsibleWidgets(view.visibleWhenCollapsed ?? 1);
  }
  for (const widget of view.widgets.slice(0, MAX_WIDGETS)) section.addWidget(renderWidget(widget));
  return section;
}

export function renderCard(view: CardView): GoogleAppsScript.Card_Service.Card {
  const header = CardService.newCardHeader().setTitle(plainText(shortened(view.title, TITLE_MAX)));
  if (view.subtitle) header.setSubtitle(plainText(shortened(view.subtitle, SUBTITLE_MAX)));
  const card = CardService.newCardBuilder().setName(view.name).setHeader(header);
  for (const section of view.sections) {
    if (section.widgets.length > 0) card.addSection(renderSection(section));
  }
  if (view.footer) {
    // CardFixedFooter: "If secondaryButton is set, you must also set primaryButton" (Google card reference).
    const footer = CardService.newFixedFooter().setPrimaryButton(renderButton(view.footer));
    if (view.footerSecondary) footer.setSecondaryButton(renderButton(view.footerSecondary));
    card.setFixedFooter(footer);
  }
  return card.build();
}

export function renderActionResult(view: ActionResultView): GoogleAppsScript.Card_Service.ActionResponse {
  const response = CardService.newActionResponseBuilder();
  const navigation = CardService.newNavigation();
  if (view.navigation === 'push' && view.card)
    response.setNavigation(navigation.pushCard(renderCard(view.card)));
  if (view.navigation === 'update' && view.card)
    response.setNavigation(navigation.updateCard(renderCard(view.card)));
  if (view.navigation === 'pop') response.setNavigation(navigation.popCard());
  if (view.navigation === 'pop-to-root') response.setNavigation(navigation.popToRoot());
  if (view.notification)
    response.setNotification(CardService.newNotification().setText(plainText(view.notification)));
  if (view.openUrl) response.setOpenLink(CardService.newOpenLink().setUrl(view.openUrl));
  return response.build();
}
