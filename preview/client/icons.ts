// Line icons for Google's known icon names, drawn as small SVGs (no icon font, no network).
import { h, type VElement } from './vnode';

const S = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.8',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
};

const SHAPES: Readonly<Record<string, () => VElement[]>> = {
  CLOCK: () => [
    h('circle', { cx: '12', cy: '12', r: '8.5' }),
    h('polyline', { points: '12,7 12,12 15.5,14' }),
  ],
  PERSON: () => [
    h('circle', { cx: '12', cy: '8', r: '3.8' }),
    h('path', { d: 'M4.5 20c1-4 4-6 7.5-6s6.5 2 7.5 6' }),
  ],
  EMAIL: () => [
    h('rect', { x: '3', y: '5.5', width: '18', height: '13', rx: '1.5' }),
    h('polyline', { points: '3.5,6.5 12,13 20.5,6.5' }),
  ],
  INVITE: () => [
    h('rect', { x: '3.5', y: '5', width: '17', height: '15', rx: '1.5' }),
    h('line', { x1: '3.5', y1: '10', x2: '20.5', y2: '10' }),
    h('line', { x1: '8', y1: '3', x2: '8', y2: '7' }),
    h('line', { x1: '16', y1: '3', x2: '16', y2: '7' }),
  ],
  DESCRIPTION: () => [
    h('path', { d: 'M6 3h8l4 4v14H6z' }),
    h('line', { x1: '9', y1: '12', x2: '15', y2: '12' }),
    h('line', { x1: '9', y1: '16', x2: '15', y2: '16' }),
  ],
  STAR: () => [
    h('polygon', {
      points: '12,3.5 14.6,9 20.5,9.6 16,13.6 17.3,19.5 12,16.5 6.7,19.5 8,13.6 3.5,9.6 9.4,9',
    }),
  ],
  AIRPLANE: () => [h('path', { d: 'M3 13.5l18-6-5 12-3.5-5z M12.5 14.5L21 7.5' })],
  BOOKMARK: () => [h('path', { d: 'M7 3.5h10v17l-5-4-5 4z' })],
};

export function icon(raw: unknown): VElement | null {
  const json = (raw ?? {}) as { knownIcon?: unknown; iconUrl?: unknown; altText?: unknown };
  const alt = typeof json.altText === 'string' ? json.altText : '';
  const shape = typeof json.knownIcon === 'string' ? SHAPES[json.knownIcon] : undefined;
  if (shape)
    return h(
      'svg',
      { class: 'icon', viewBox: '0 0 24 24', 'aria-label': alt || String(json.knownIcon), ...S },
      shape(),
    );
  if (typeof json.iconUrl === 'string' && /^https?:/i.test(json.iconUrl)) {
    return h('img', { class: 'icon', src: json.iconUrl, alt });
  }
  return null;
}
