import type { CardAction } from '../../../preview/client/card-json';
import { FormState } from '../../../preview/client/form-state';
import { renderCard } from '../../../preview/client/render-card';
import { textOf, walk, type VElement } from '../../../preview/client/vnode';

function render(card: object) {
  const form = new FormState();
  const runs: CardAction[] = [];
  const links: string[] = [];
  const tree = renderCard(card, { form, run: (a) => runs.push(a), openLink: (u) => links.push(u) });
  return { tree, form, runs, links, all: walk(tree) };
}

const click = (el: VElement | undefined) => (el?.on['click'] as (e: unknown) => void)({});
const action = (fn: string, params: Record<string, string> = {}) => ({
  function: fn,
  parameters: Object.entries(params).map(([key, value]) => ({ key, value })),
});

describe('renderCard', () => {
  it('draws the header, section headers, decorated text labels and an escaped paragraph', () => {
    const { tree, all } = render({
      header: { title: 'Sarah Collins', subtitle: 'Brand guidelines proposal' },
      sections: [
        {
          header: 'Next step',
          widgets: [
            {
              decoratedText: {
                topLabel: 'Waiting since',
                text: '16 Nov',
                bottomLabel: '5 working days',
                startIcon: { knownIcon: 'INVITE' },
              },
            },
            { textParagraph: { text: 'Hi Sarah,<br>&lt;b&gt;' } },
          ],
        },
      ],
    });
    expect(textOf(tree)).toBe(
      'Sarah CollinsBrand guidelines proposalNext stepWaiting since16 Nov5 working daysHi Sarah,<b>',
    );
    expect(all.some((e) => e.tag === 'svg')).toBe(true);
    expect(all.filter((e) => e.tag === 'b')).toHaveLength(0);
  });

  it('runs a button action with its parameters, and marks filled and disabled buttons', () => {
    const { all, runs } = render({
      sections: [
        {
          widgets: [
            {
              buttonList: {
                buttons: [
                  {
                    text: 'Reply with this',
                    type: 'FILLED',
                    onClick: {
                      action: {
                        ...action('onReplyWithThis', { tone: 'warm' }),
                        composedEmailType: 'REPLY_AS_DRAFT',
                      },
                    },
                  },
                  { text: 'Later', disabled: true, onClick: { action: action('onLater') } },
                ],
              },
            },
          ],
        },
      ],
    });
    const buttons = all.filter((e) => e.tag === 'button');
    expect(buttons.map((b) => b.attrs['class'])).toEqual(['card-button filled', 'card-button outlined']);
    expect('disabled' in (buttons[1]?.attrs ?? {})).toBe(true);
    expect(buttons[1]?.on['click']).toBeUndefined();
    click(buttons[0]);
    expect(runs).toEqual([
      { function: 'onReplyWithThis', parameters: { tone: 'warm' }, composedEmailType: 'REPLY_AS_DRAFT' },
    ]);
  });

  it('registers the initial values of text, selection and date inputs as Google formInputs', () => {
    const { form } = render({
      sections: [
        {
          widgets: [
            { textInput: { name: 'myName', label: 'Name', value: 'Giulia' } },
            {
              selectionInput: {
                name: 'tone',
                type: 'DROPDOWN',
                items: [
                  { text: 'Warm', value: 'warm', selected: false },
                  { text: 'Formal', value: 'formal', selected: true },
                ],
              },
            },
            {
              selectionInput: {
                name: 'workingDays',
                type: 'CHECK_BOX',
                items: [
                  { text: 'Mon', value: '1', selected: true },
                  { text: 'Sat', value: '6', selected: false },
                  { text: 'Tue', value: '2', selected: true },
                ],
              },
            },
            {
              selectionInput: {
                name: 'emailReminder',
                type: 'SWITCH',
                items: [{ text: 'Email', value: 'true', selected: false }],
              },
            },
            {
              dateTimePicker: {
                name: 'reminderDate',
                type: 'DATE_ONLY',
                valueMsEpoch: Date.UTC(2026, 10, 26),
              },
            },
          ],
        },
      ],
    });
    expect(form.toFormInputs()).toEqual({
      myName: { stringInputs: { value: ['Giulia'] } },
      tone: { stringInputs: { value: ['formal'] } },
      workingDays: { stringInputs: { value: ['1', '2'] } },
      reminderDate: { dateInput: { msSinceEpoch: String(Date.UTC(2026, 10, 26)) } },
    });
  });

  it('opens links of decorated text and footer buttons through the page, not by navigation', () => {
    const { all, links, runs } = render({
      sections: [
        {
          widgets: [
            {
              decoratedText: {
                text: 'Open in Calendar',
                onClick: { openLink: { url: 'https://calendar.google.com/' } },
              },
            },
          ],
        },
      ],
      fixedFooter: { primaryButton: { text: 'Save', onClick: { action: action('onSaveSettings') } } },
    });
    click(all.find((e) => e.attrs['class']?.includes('clickable')));
    click(all.find((e) => e.tag === 'button' && textOf(e) === 'Save'));
    expect(links).toEqual(['https://calendar.google.com/']);
    expect(runs.map((r) => r.function)).toEqual(['onSaveSettings']);
  });

  it('hides the widgets of a collapsible section beyond the uncollapsible count', () => {
    const { all } = render({
      sections: [
        {
          collapsible: true,
          uncollapsibleWidgetsCount: 1,
          widgets: [{ textParagraph: { text: 'a' } }, { textParagraph: { text: 'b' } }],
        },
      ],
    });
    const hidden = all.filter((e) => e.attrs['class'] === 'collapsed-part');
    expect(hidden.map(textOf)).toEqual(['b']);
    expect(all.some((e) => e.attrs['class'] === 'section-toggle')).toBe(true);
  });
});
