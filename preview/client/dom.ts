// The few DOM shapes the page code uses, declared here because the project compiles without lib "dom"
// (src/ must never see browser globals); the real browser objects satisfy them structurally.

export interface DomEvent {
  readonly target: unknown;
  readonly currentTarget: unknown;
  preventDefault(): void;
}

export type Listener = (event: DomEvent) => void;

export interface DomNode {
  textContent: string | null;
}

export interface DomElement extends DomNode {
  value: string;
  checked: boolean;
  hidden: boolean;
  readonly classList: {
    toggle(name: string, force?: boolean): boolean;
    add(name: string): void;
    remove(name: string): void;
  };
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: Listener): void;
  appendChild(child: DomNode): unknown;
  replaceChildren(...children: DomNode[]): void;
  closest(selector: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
}

export interface DomDocument {
  createElement(tag: string): DomElement;
  createElementNS(namespace: string, tag: string): DomElement;
  createTextNode(text: string): DomNode;
  querySelector(selector: string): DomElement | null;
}

export const valueOf = (event: DomEvent): string => (event.target as DomElement).value;
export const checkedOf = (event: DomEvent): boolean => (event.target as DomElement).checked;
