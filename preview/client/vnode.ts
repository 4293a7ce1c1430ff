// A tiny virtual DOM: renderers build plain trees (testable in Node), mount() turns them into DOM nodes.
// Text always becomes a text node and attributes go through setAttribute, so no HTML string is ever parsed.
import type { DomDocument, DomNode, Listener } from './dom';

export interface VElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly on: Readonly<Record<string, Listener>>;
  readonly children: readonly VNode[];
}

export type VNode = VElement | string;

type Attrs = Readonly<Record<string, string | boolean | undefined>>;

/** Attributes set to false or undefined are left out; true becomes an empty (boolean) attribute. */
export function h(
  tag: string,
  attrs: Attrs = {},
  children: readonly (VNode | null | undefined | false)[] = [],
  on: Readonly<Record<string, Listener>> = {},
): VElement {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) kept[name] = '';
    else if (typeof value === 'string') kept[name] = value;
  }
  const kids = children.filter((c): c is VNode => c !== null && c !== undefined && c !== false);
  return { tag, attrs: kept, on, children: kids };
}

export function isElement(node: VNode): node is VElement {
  return typeof node !== 'string';
}

/** Every element of a tree, depth first (tests and lookups). */
export function walk(node: VNode): VElement[] {
  if (!isElement(node)) return [];
  return [node, ...node.children.flatMap(walk)];
}

/** The text a tree shows, as textContent would give it. */
export function textOf(node: VNode): string {
  return isElement(node) ? node.children.map(textOf).join('') : node;
}

const SVG_TAGS = new Set(['svg', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon']);

export function mount(node: VNode, doc: DomDocument): DomNode {
  if (!isElement(node)) return doc.createTextNode(node);
  const el = SVG_TAGS.has(node.tag)
    ? doc.createElementNS('http://www.w3.org/2000/svg', node.tag)
    : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
  for (const [type, listener] of Object.entries(node.on)) el.addEventListener(type, listener);
  for (const child of node.children) el.appendChild(mount(child, doc));
  // Form controls read their live value from properties, not attributes.
  if (node.tag === 'input' && 'checked' in node.attrs) el.checked = true;
  if (node.tag === 'textarea' && node.attrs['value'] !== undefined) {
    el.value = node.attrs['value'];
  }
  return el;
}
