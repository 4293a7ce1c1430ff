import { assertValidCard, createEmulator, validateCard } from '../../emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function cardService() {
  const emulator = createEmulator();
  return { emulator, CS: emulator.globals.CardService as Any };
}

function followUpCard(CS: Any) {
  const action = CS.newAction().setFunctionName('onCreateReminder').setParameters({ threadId: '18f0a' });
  const section = CS.newCardSection()
    .setHeader('In attesa di Marco')
    .addWidget(CS.newDecoratedText().setTopLabel('Cliente').setText('Bianchi Arredi').setWrapText(true))
    .addWidget(CS.newTextParagraph().setText('<b>5</b> giorni lavorativi'))
    .addWidget(CS.newDivider())
    .addWidget(CS.newTextInput().setFieldName('note').setTitle('Nota'))
    .addWidget(
      CS.newSelectionInput()
        .setFieldName('tone')
        .setType(CS.SelectionInputType.DROPDOWN)
        .addItem('Caldo', 'warm', true),
    )
    .addWidget(CS.newDatePicker().setFieldName('when').setValueInMsSinceEpoch(1714982400000))
    .addWidget(
      CS.newButtonSet().addButton(CS.newTextButton().setText('Promemoria').setOnClickAction(action)),
    );
  return CS.newCardBuilder()
    .setHeader(CS.newCardHeader().setTitle('Follow-up Coach'))
    .addSection(section)
    .setFixedFooter(
      CS.newFixedFooter().setPrimaryButton(
        CS.newTextButton().setText('Apri').setOpenLink(CS.newOpenLink().setUrl('https://example.com')),
      ),
    )
    .build();
}

describe('emulated CardService', () => {
  it('builds card JSON that validates against Google’s card schema', () => {
    const { CS } = cardService();
    const json = followUpCard(CS).toJSON();
    expect(validateCard(json)).toEqual({ valid: true, errors: [] });
    expect(json.sections[0].widgets[0]).toEqual({
      decoratedText: { topLabel: 'Cliente', text: 'Bianchi Arredi', wrapText: true },
    });
    expect(JSON.parse(followUpCard(CS).printJson())).toEqual(json);
  });

  it('rejects an invalid card JSON in validation', () => {
    expect(validateCard({ header: { title: 'No sections' } }).valid).toBe(false);
    expect(() => assertValidCard({ sections: [{ widgets: [{ textParagraph: {} }] }] })).toThrow(/text/);
  });

  it('puts the function name and string parameters on the button action and records the name', () => {
    const { emulator, CS } = cardService();
    const button = followUpCard(CS).toJSON().sections[0].widgets[6].buttonList.buttons[0];
    expect(button.onClick.action).toEqual({
      function: 'onCreateReminder',
      parameters: [{ key: 'threadId', value: '18f0a' }],
    });
    expect([...emulator.cards.functionNames]).toEqual(['onCreateReminder']);
  });

  it('rejects non-string action parameters and empty function names', () => {
    const { CS } = cardService();
    expect(() => CS.newAction().setParameters({ days: 3 })).toThrow('Invalid argument: parameters');
    expect(() => CS.newAction().setFunctionName('')).toThrow('Invalid argument: functionName');
  });

  it('allows at most 100 widgets in one section', () => {
    const { CS } = cardService();
    const section = CS.newCardSection();
    for (let i = 0; i < 100; i++) section.addWidget(CS.newTextParagraph().setText(`riga ${i}`));
    expect(() => section.addWidget(CS.newTextParagraph().setText('una di troppo'))).toThrow(
      /at most 100 widgets/,
    );
  });

  it('refuses a second click behaviour on one widget', () => {
    const { CS } = cardService();
    const button = CS.newTextButton()
      .setText('Apri')
      .setOnClickAction(CS.newAction().setFunctionName('onOpen'));
    expect(() => button.setOpenLink(CS.newOpenLink().setUrl('https://example.com'))).toThrow(
      /only one click/,
    );
  });

  it('prints action responses as renderActions with navigation and notification', () => {
    const { CS } = cardService();
    const card = followUpCard(CS);
    const response = CS.newActionResponseBuilder()
      .setNavigation(CS.newNavigation().updateCard(card))
      .setNotification(CS.newNotification().setText('Promemoria creato'))
      .build();
    const json = JSON.parse(response.printJson());
    expect(json.renderActions.action.notification).toEqual({ text: 'Promemoria creato' });
    expect(json.renderActions.action.navigations[0].updateCard).toEqual(card.toJSON());
    expect(() => CS.newCardBuilder().build()).toThrow(/at least one section/);
  });
});
