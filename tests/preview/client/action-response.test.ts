import { applyNavigations, readOutcome } from '../../../preview/client/action-response';
import type { Card } from '../../../preview/client/card-json';

const card = (name: string): Card => ({ name, header: { title: name }, sections: [] });

describe('readOutcome', () => {
  it('reads a trigger card as the new root of the stack', () => {
    const outcome = readOutcome(card('sidebar'));
    expect(outcome.navigations).toEqual([{ kind: 'root', cards: [card('sidebar')] }]);
  });

  it('reads navigations, the notification and the link of an action response', () => {
    const outcome = readOutcome({
      renderActions: {
        action: {
          navigations: [
            { updateCard: card('settings') },
            { popCard: true },
            { popToRoot: true },
            { popToCard: 'home' },
          ],
          notification: { text: 'Settings saved.' },
          link: { url: 'https://calendar.google.com/' },
        },
      },
    });
    expect(outcome.navigations.map((n) => n.kind)).toEqual(['update', 'pop', 'pop-to-root', 'pop-to']);
    expect(outcome.notification).toBe('Settings saved.');
    expect(outcome.openUrl).toBe('https://calendar.google.com/');
  });

  it('finds the draft a compose action opened', () => {
    const outcome = readOutcome({
      renderActions: {
        hostAppAction: { gmailAction: { openCreatedDraftAction: { draftId: 'r-42', draftThreadId: 't' } } },
      },
    });
    expect(outcome.draftId).toBe('r-42');
    expect(outcome.navigations).toEqual([]);
  });
});

describe('applyNavigations', () => {
  const stack = [card('sidebar'), card('settings'), card('help')];

  it('pushes, updates the top card and pops back, never below the root', () => {
    const pushed = applyNavigations([card('sidebar')], [{ kind: 'push', card: card('settings') }]);
    expect(pushed.map((c) => c.name)).toEqual(['sidebar', 'settings']);
    const updated = applyNavigations(pushed, [{ kind: 'update', card: card('settings-2') }]);
    expect(updated.map((c) => c.name)).toEqual(['sidebar', 'settings-2']);
    const popped = applyNavigations(updated, [{ kind: 'pop' }, { kind: 'pop' }]);
    expect(popped.map((c) => c.name)).toEqual(['sidebar']);
  });

  it('pops to the root or to a named card', () => {
    expect(applyNavigations(stack, [{ kind: 'pop-to-root' }]).map((c) => c.name)).toEqual(['sidebar']);
    expect(applyNavigations(stack, [{ kind: 'pop-to', name: 'settings' }]).map((c) => c.name)).toEqual([
      'sidebar',
      'settings',
    ]);
    expect(applyNavigations(stack, [{ kind: 'pop-to', name: 'missing' }])).toHaveLength(3);
  });
});
