// What a rendered card can do: run the bundle's action, open a link, and keep its form values.
import type { CardAction, Click } from './card-json';
import type { FormState } from './form-state';

export interface RenderContext {
  readonly form: FormState;
  readonly run: (action: CardAction) => void;
  readonly openLink: (url: string) => void;
}

export function clickHandler(ctx: RenderContext, click: Click | null): (() => void) | null {
  if (!click) return null;
  return click.kind === 'action' ? () => ctx.run(click.action) : () => ctx.openLink(click.url);
}
