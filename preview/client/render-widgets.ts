// Display widgets of Google's card JSON: paragraphs, decorated text, buttons, dividers, images.
import { arr, obj, readAction, readClick, str, type Json } from './card-json';
import { formattedText } from './formatted-text';
import { icon } from './icons';
import { renderSwitch } from './render-inputs';
import { clickHandler, type RenderContext } from './render-context';
import { h, type VElement } from './vnode';

export function renderButton(raw: Json, ctx: RenderContext): VElement {
  const disabled = raw['disabled'] === true;
  const style = raw['type'];
  const filled = style === 'FILLED' || style === 'FILLED_TONAL' || raw['color'] !== undefined;
  const look = filled ? 'filled' : style === 'TEXT' || style === 'BORDERLESS' ? 'text' : 'outlined';
  const onClick = disabled ? null : clickHandler(ctx, readClick(raw['onClick']));
  const action = readAction(obj(raw['onClick'])['action']);
  const label = str(raw['text']);
  const buttonIcon = raw['icon'] !== undefined ? icon(raw['icon']) : null;
  return h(
    'button',
    {
      type: 'button',
      class: `card-button ${look}`,
      disabled,
      'data-function': action?.function,
      'aria-label': label ? undefined : str(raw['altText']) || undefined,
    },
    [buttonIcon, label ? h('span', {}, formattedText(label)) : null],
    onClick ? { click: onClick } : {},
  );
}

function renderDecoratedText(raw: Json, ctx: RenderContext): VElement {
  const onClick = clickHandler(ctx, readClick(raw['onClick']));
  const start = icon(raw['startIcon'] ?? raw['icon']);
  const top = str(raw['topLabel']);
  const bottom = str(raw['bottomLabel']);
  const body = h('div', { class: 'dt-body' }, [
    top ? h('div', { class: 'dt-top' }, formattedText(top)) : null,
    h(
      'div',
      { class: raw['wrapText'] === false ? 'dt-text nowrap' : 'dt-text' },
      formattedText(str(raw['text'])),
    ),
    bottom ? h('div', { class: 'dt-bottom' }, formattedText(bottom)) : null,
  ]);
  const end =
    raw['button'] !== undefined
      ? renderButton(obj(raw['button']), ctx)
      : raw['switchControl'] !== undefined
        ? renderSwitch(obj(raw['switchControl']), ctx)
        : icon(raw['endIcon']);
  const attrs = {
    class: onClick ? 'widget decorated-text clickable' : 'widget decorated-text',
    role: onClick ? 'button' : undefined,
  };
  return h(
    'div',
    attrs,
    [start ? h('div', { class: 'dt-icon' }, [start]) : null, body, end],
    onClick ? { click: onClick } : {},
  );
}

function renderImage(raw: Json, ctx: RenderContext): VElement | null {
  const url = str(raw['imageUrl']);
  if (!/^(https?:|data:image\/(png|jpeg|gif);)/i.test(url)) return null;
  const onClick = clickHandler(ctx, readClick(raw['onClick']));
  return h(
    'img',
    { class: 'widget card-image', src: url, alt: str(raw['altText']) },
    [],
    onClick ? { click: onClick } : {},
  );
}

export function renderDisplayWidget(widget: Json, ctx: RenderContext): VElement | null {
  if (widget['textParagraph'] !== undefined) {
    return h(
      'div',
      { class: 'widget text-paragraph' },
      formattedText(str(obj(widget['textParagraph'])['text'])),
    );
  }
  if (widget['decoratedText'] !== undefined) return renderDecoratedText(obj(widget['decoratedText']), ctx);
  if (widget['buttonList'] !== undefined) {
    const buttons = arr(obj(widget['buttonList'])['buttons']).map((b) => renderButton(obj(b), ctx));
    return h('div', { class: 'widget button-list' }, buttons);
  }
  if (widget['divider'] !== undefined) return h('hr', { class: 'widget divider' });
  if (widget['image'] !== undefined) return renderImage(obj(widget['image']), ctx);
  return null;
}
