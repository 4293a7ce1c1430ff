// Picks the interface text for a language; every table lives in this folder as rows of five languages.
import { picker, type Picked } from './five';
import { UI_STRINGS } from './ui-strings';

export type UiText = Picked<typeof UI_STRINGS>;
export { uiLanguageOf, UI_LANGUAGES, type UiLanguage } from './ui-language';

export const uiText = picker(UI_STRINGS);
