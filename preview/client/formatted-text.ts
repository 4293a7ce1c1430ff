// Google's card text formatting subset (b, i, u, s, font color, a href, br) as safe virtual nodes.
// Any other tag is dropped (its text kept), entities are decoded, and no string ever reaches innerHTML.
import { h, type VElement, type VNode } from './vnode';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Only web and mail links: javascript:, data: and the like are refused. */
export function safeHref(raw: string): string | null {
  const url = decodeEntities(raw).trim();
  return /^(https?:|mailto:)/i.test(url) ? url : null;
}

/** A #rgb / #rrggbb colour or a plain colour name; anything else (url(), expressions) is refused. */
export function safeColor(raw: string): string | null {
  const color = decodeEntities(raw).trim();
  return /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(color) || /^[a-z]{3,20}$/i.test(color) ? color : null;
}

function attribute(attrs: string, name: string): string | null {
  const re = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

interface Open {
  readonly tag: string;
  readonly children: VNode[];
  readonly make: (children: VNode[]) => VElement;
}

const SIMPLE: Readonly<Record<string, string>> = {
  b: 'b',
  strong: 'b',
  i: 'i',
  em: 'i',
  u: 'u',
  s: 's',
  strike: 's',
  del: 's',
};

function opener(tag: string, attrs: string): Open | null {
  const simple = SIMPLE[tag];
  if (simple) return { tag, children: [], make: (c) => h(simple, {}, c) };
  if (tag === 'font') {
    const color = safeColor(attribute(attrs, 'color') ?? '');
    return { tag, children: [], make: (c) => h('span', color ? { style: `color: ${color}` } : {}, c) };
  }
  if (tag === 'a') {
    const href = safeHref(attribute(attrs, 'href') ?? '');
    const link = { href, target: '_blank', rel: 'noopener noreferrer' };
    return { tag, children: [], make: (c) => (href ? h('a', { ...link, href }, c) : h('span', {}, c)) };
  }
  return null;
}

function closeTop(stack: Open[]): void {
  const top = stack.pop() as Open;
  (stack[stack.length - 1] as Open).children.push(top.make(top.children));
}

function closeTag(stack: Open[], tag: string): void {
  const at = stack.map((o) => o.tag).lastIndexOf(tag);
  if (at <= 0) return; // a stray closing tag is ignored
  while (stack.length > at) closeTop(stack);
}

export function formattedText(text: string): VNode[] {
  const root: Open = { tag: '#root', children: [], make: (c) => h('span', {}, c) };
  const stack: Open[] = [root];
  const tagRe = /<\s*(\/?)\s*([a-z][a-z0-9]*)\b([^<>]*?)\/?\s*>/gi;
  let last = 0;
  for (let m = tagRe.exec(text); m; m = tagRe.exec(text)) {
    const plain = text.slice(last, m.index);
    if (plain) (stack[stack.length - 1] as Open).children.push(decodeEntities(plain));
    last = tagRe.lastIndex;
    const tag = (m[2] as string).toLowerCase();
    if (tag === 'br') (stack[stack.length - 1] as Open).children.push(h('br'));
    else if (m[1]) closeTag(stack, tag);
    else {
      const open = opener(tag, m[3] ?? '');
      if (open) stack.push(open);
    }
  }
  const tail = text.slice(last);
  if (tail) (stack[stack.length - 1] as Open).children.push(decodeEntities(tail));
  while (stack.length > 1) closeTop(stack);
  return root.children;
}
