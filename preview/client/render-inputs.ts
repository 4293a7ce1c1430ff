// Input widgets of Google's card JSON: text input, selection input, date picker, switch control.
// Each registers its initial value in the form state and keeps it current as the user edits.
import { arr, obj, readAction, str, type Json } from './card-json';
import { dateValueToMs, msToDateValue } from './form-state';
import type { RenderContext } from './render-context';
import { checkedOf, valueOf, type DomEvent } from './dom';
import { h, type VElement, type VNode } from './vnode';

function onChange(raw: Json, ctx: RenderContext): () => void {
  const action = readAction(raw['onChangeAction']);
  return action ? () => ctx.run(action) : () => undefined;
}

function field(label: string, control: VNode, hint = ''): VElement {
  return h('label', { class: 'widget input-field' }, [
    label ? h('span', { class: 'input-label' }, [label]) : null,
    control,
    hint ? h('span', { class: 'input-hint' }, [hint]) : null,
  ]);
}

function renderTextInput(raw: Json, ctx: RenderContext): VElement {
  const name = str(raw['name']);
  const value = str(raw['value']);
  ctx.form.setText(name, value);
  const changed = onChange(raw, ctx);
  const attrs = { name, 'data-name': name, placeholder: str(raw['hintText']) || undefined };
  const on = { input: (e: DomEvent) => ctx.form.setText(name, valueOf(e)), change: changed };
  const control =
    raw['type'] === 'MULTIPLE_LINE'
      ? h('textarea', { ...attrs, rows: '4', value }, [], on)
      : h('input', { ...attrs, type: 'text', value }, [], on);
  return field(str(raw['label']), control);
}

interface Item {
  readonly text: string;
  readonly value: string;
  readonly selected: boolean;
}

type ChoiceKind = 'radio' | 'checkbox' | 'switch';

function registerChoices(name: string, items: readonly Item[], ctx: RenderContext, kind: ChoiceKind): void {
  for (const item of items.filter((i) => i.selected)) {
    if (kind === 'radio') ctx.form.choose(name, item.value);
    else ctx.form.toggle(name, item.value, true);
  }
}

function choiceRow(
  name: string,
  item: Item,
  kind: ChoiceKind,
  ctx: RenderContext,
  changed: () => void,
): VElement {
  const attrs = {
    type: kind === 'radio' ? 'radio' : 'checkbox',
    name,
    value: item.value,
    'data-name': name,
    checked: item.selected,
    role: kind === 'switch' ? 'switch' : undefined,
  };
  const change = (e: DomEvent) => {
    if (kind === 'radio') ctx.form.choose(name, item.value);
    else ctx.form.toggle(name, item.value, checkedOf(e));
    changed();
  };
  return h('label', { class: `choice ${kind}` }, [
    h('input', attrs, [], { change }),
    h('span', {}, [item.text]),
  ]);
}

function renderChoices(raw: Json, items: readonly Item[], ctx: RenderContext, kind: ChoiceKind): VElement {
  const name = str(raw['name']);
  const changed = onChange(raw, ctx);
  registerChoices(name, items, ctx, kind);
  const label = str(raw['label']);
  return h('fieldset', { class: 'widget choices' }, [
    label ? h('legend', { class: 'input-label' }, [label]) : null,
    ...items.map((item) => choiceRow(name, item, kind, ctx, changed)),
  ]);
}

function renderSelectionInput(raw: Json, ctx: RenderContext): VElement {
  const name = str(raw['name']);
  const items: Item[] = arr(raw['items']).map((i) => ({
    text: str(obj(i)['text']),
    value: str(obj(i)['value']),
    selected: obj(i)['selected'] === true,
  }));
  const type = str(raw['type']) || 'CHECK_BOX';
  if (type === 'RADIO_BUTTON') return renderChoices(raw, items, ctx, 'radio');
  if (type === 'CHECK_BOX') return renderChoices(raw, items, ctx, 'checkbox');
  if (type === 'SWITCH') return renderChoices(raw, items, ctx, 'switch');
  const chosen = items.find((i) => i.selected) ?? items[0];
  if (chosen) ctx.form.choose(name, chosen.value);
  const changed = onChange(raw, ctx);
  const options = items.map((i) => h('option', { value: i.value, selected: i === chosen }, [i.text]));
  const on = { change: (e: DomEvent) => (ctx.form.choose(name, valueOf(e)), changed()) };
  return field(str(raw['label']), h('select', { name, 'data-name': name }, options, on));
}

function renderDatePicker(raw: Json, ctx: RenderContext): VElement {
  const name = str(raw['name']);
  const ms = typeof raw['valueMsEpoch'] === 'number' ? raw['valueMsEpoch'] : null;
  if (ms !== null) ctx.form.setDate(name, ms);
  const changed = onChange(raw, ctx);
  const on = {
    change: (e: DomEvent) => {
      const picked = dateValueToMs(valueOf(e));
      if (picked !== null) ctx.form.setDate(name, picked);
      changed();
    },
  };
  const value = ms === null ? undefined : msToDateValue(ms);
  return field(str(raw['label']), h('input', { type: 'date', name, 'data-name': name, value }, [], on));
}

/** A switch or checkbox at the end of a decorated text. */
export function renderSwitch(raw: Json, ctx: RenderContext): VElement {
  const name = str(raw['name']);
  const value = str(raw['value']) || 'on';
  const selected = raw['selected'] === true;
  if (selected) ctx.form.toggle(name, value, true);
  const changed = onChange(raw, ctx);
  const kind =
    raw['controlType'] === 'CHECK_BOX' || raw['controlType'] === 'CHECKBOX' ? 'checkbox' : 'switch';
  const on = { change: (e: DomEvent) => (ctx.form.toggle(name, value, checkedOf(e)), changed()) };
  return h('label', { class: `choice ${kind}` }, [
    h('input', { type: 'checkbox', name, 'data-name': name, value, checked: selected }, [], on),
  ]);
}

export function renderInputWidget(widget: Json, ctx: RenderContext): VElement | null {
  if (widget['textInput'] !== undefined) return renderTextInput(obj(widget['textInput']), ctx);
  if (widget['selectionInput'] !== undefined) return renderSelectionInput(obj(widget['selectionInput']), ctx);
  const picker = widget['dateTimePicker'] ?? widget['datePicker'];
  if (picker !== undefined) return renderDatePicker(obj(picker), ctx);
  return null;
}
