// The add-on sidebar frame: the top card of the stack, a back arrow when cards are stacked, a busy bar.
import type { Card } from './card-json';
import { renderCard } from './render-card';
import type { RenderContext } from './render-context';
import { h, type VElement } from './vnode';

export function sidebarFrame(stack: readonly Card[], ctx: RenderContext, back: () => void): VElement {
  const top = stack[stack.length - 1];
  return h('div', { class: 'sidebar-frame' }, [
    h('div', { class: 'sidebar-bar' }, [
      stack.length > 1
        ? h(
            'button',
            { type: 'button', class: 'sidebar-back', id: 'sidebar-back', 'aria-label': 'Back' },
            ['←'],
            { click: back },
          )
        : null,
      h('span', { class: 'sidebar-name' }, ['Follow-up Coach']),
    ]),
    top ? renderCard(top, ctx) : h('div', { class: 'card-empty' }, ['Loading…']),
  ]);
}
