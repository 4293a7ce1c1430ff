import { chooseLanguage } from '../../../src/core/language/choose-language';

const SPANISH = 'Hola, gracias por el presupuesto, lo miro con mi socio y te digo algo la semana que viene.';

describe('choosing the nudge language', () => {
  it('uses the language set by the user, whatever the client writes', () => {
    expect(chooseLanguage(SPANISH, 'de', 'it_IT')).toBe('de');
  });

  it('detects the client’s language when the setting is auto', () => {
    expect(chooseLanguage(SPANISH, 'auto', 'it_IT')).toBe('es');
  });

  it('falls back to the user’s locale when the client’s text says too little', () => {
    expect(chooseLanguage('Ok!', 'auto', 'it_IT')).toBe('it');
    expect(chooseLanguage('', 'auto', 'fr-CA')).toBe('fr');
    expect(chooseLanguage('', 'auto', 'DE')).toBe('de');
  });

  it('falls back to English for an unsupported or unknown locale', () => {
    expect(chooseLanguage('', 'auto', 'pt_BR')).toBe('en');
    expect(chooseLanguage('', 'auto', '')).toBe('en');
  });
});
