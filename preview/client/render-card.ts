// Google's card JSON → a virtual tree with the look of a Gmail add-on card (header, sections, footer).
import { arr, obj, str, type Card, type Json } from './card-json';
import { formattedText } from './formatted-text';
import { renderInputWidget } from './render-inputs';
import type { RenderContext } from './render-context';
import type { DomElement, DomEvent } from './dom';
import { renderButton, renderDisplayWidget } from './render-widgets';
import { h, type VElement } from './vnode';

export function renderWidget(widget: Json, ctx: RenderContext): VElement | null {
  return renderDisplayWidget(widget, ctx) ?? renderInputWidget(widget, ctx);
}

function renderHeader(raw: Json): VElement | null {
  const title = str(raw['title']);
  if (!title) return null;
  const image = str(raw['imageUrl']);
  const subtitle = str(raw['subtitle']);
  return h('header', { class: 'card-header' }, [
    /^https?:/i.test(image)
      ? h('img', {
          class: `card-header-image ${str(raw['imageType']).toLowerCase()}`,
          src: image,
          alt: str(raw['imageAltText']),
        })
      : null,
    h('div', {}, [
      h('div', { class: 'card-title' }, formattedText(title)),
      subtitle ? h('div', { class: 'card-subtitle' }, formattedText(subtitle)) : null,
    ]),
  ]);
}

function toggleSection(event: DomEvent): void {
  const section = (event.currentTarget as DomElement).closest('section');
  section?.classList.toggle('expanded');
}

function renderSection(raw: Json, ctx: RenderContext): VElement {
  const header = str(raw['header']);
  const collapsible = raw['collapsible'] === true;
  const visible = typeof raw['uncollapsibleWidgetsCount'] === 'number' ? raw['uncollapsibleWidgetsCount'] : 0;
  const widgets = arr(raw['widgets']).map((w, i) => {
    const node = renderWidget(obj(w), ctx);
    if (!node || !collapsible || i < visible) return node;
    return h('div', { class: 'collapsed-part' }, [node]);
  });
  const hidden = collapsible && arr(raw['widgets']).length > visible;
  return h('section', { class: collapsible ? 'card-section collapsible' : 'card-section' }, [
    header ? h('div', { class: 'section-header' }, formattedText(header)) : null,
    ...widgets,
    hidden
      ? h('button', { type: 'button', class: 'section-toggle', 'aria-label': 'Show more' }, [], {
          click: toggleSection,
        })
      : null,
  ]);
}

function renderFooter(raw: Json, ctx: RenderContext): VElement {
  const buttons = [raw['secondaryButton'], raw['primaryButton']].filter((b) => b !== undefined);
  return h(
    'footer',
    { class: 'card-footer' },
    buttons.map((b) => renderButton(obj(b), ctx)),
  );
}

export function renderCard(card: Card, ctx: RenderContext): VElement {
  return h('div', { class: 'card', 'data-card-name': card.name }, [
    renderHeader(obj(card.header)),
    h(
      'div',
      { class: 'card-body' },
      (card.sections ?? []).map((s) => renderSection(obj(s), ctx)),
    ),
    card.fixedFooter !== undefined ? renderFooter(obj(card.fixedFooter), ctx) : null,
  ]);
}
