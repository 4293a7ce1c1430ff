import { chooseLanguage } from '../../../src/core/language/choose-language';
import type { Language } from '../../../src/core/types';

const SPANISH = 'Hola, gracias por el presupuesto, lo miro con mi socio y te digo algo la semana que viene.';
const MY_ENGLISH =
  'Hi Priya, here is the revised quote for the spring brochure: twelve pages, delivery in March. Let me know what you think.';

function choose(clientText: string, setting: 'auto' | Language, userLocale: string, myText = ''): Language {
  return chooseLanguage({ clientText, myText, setting, userLocale });
}

describe('choosing the nudge language', () => {
  it('uses the language set by the user, whatever the client writes', () => {
    expect(choose(SPANISH, 'de', 'it_IT')).toBe('de');
  });

  it('detects the client’s language when the setting is auto', () => {
    expect(choose(SPANISH, 'auto', 'it_IT', MY_ENGLISH)).toBe('es');
  });

  it('writes in the language of my own messages when the client has written nothing readable', () => {
    expect(choose('', 'auto', 'it_IT', MY_ENGLISH)).toBe('en');
    expect(choose('Ok!', 'auto', 'it_IT', MY_ENGLISH)).toBe('en');
  });

  it('falls back to the user’s locale when neither the client’s text nor mine says enough', () => {
    expect(choose('Ok!', 'auto', 'it_IT', 'Grazie!')).toBe('it');
    expect(choose('', 'auto', 'fr-CA')).toBe('fr');
    expect(choose('', 'auto', 'DE')).toBe('de');
  });

  it('falls back to English for an unsupported or unknown locale', () => {
    expect(choose('', 'auto', 'pt_BR')).toBe('en');
    expect(choose('', 'auto', '')).toBe('en');
  });
});
