// My open question: the last real question of my own words, one sentence of at most 160 characters.
import { lastQuestionOf, openQuestionOf, OPEN_QUESTION_MAX } from '../../../src/core/message/open-question';

describe('lastQuestionOf', () => {
  it('takes my last question as I wrote it, without the greeting', () => {
    expect(
      lastQuestionOf(
        'Hi Anja,\nhere is the plan for the relaunch. Does the scope match what you had in mind for the relaunch?\nBest, Giulia',
      ),
    ).toBe('Does the scope match what you had in mind for the relaunch?');
    expect(lastQuestionOf('Ciao Marco, ti torna la proposta? Ti va bene partire lunedì 3?')).toBe(
      'Ti va bene partire lunedì 3?',
    );
    expect(lastQuestionOf('Hola Carmen:\n¿Te viene bien el jueves a las 10?')).toBe(
      '¿Te viene bien el jueves a las 10?',
    );
  });

  it('removes quotation marks and skips small talk', () => {
    expect(lastQuestionOf('Is the “premium” plan the right one? How are you?')).toBe(
      'Is the premium plan the right one?',
    );
    expect(lastQuestionOf('Come stai? Ti mando le bozze.')).toBeNull();
  });

  it('keeps a long question to its last clause, never more than 160 characters', () => {
    const long =
      'Since the board meets on Thursday and the printer needs the files by the end of next week at the latest, ' +
      'and the photographer is only free on the 14th, can we keep the current layout for the brochure?';
    const q = lastQuestionOf(long);
    expect(q).toBe('Can we keep the current layout for the brochure?');
    expect((q ?? '').length).toBeLessThanOrEqual(OPEN_QUESTION_MAX);
  });

  it('finds nothing in a message without a question', () => {
    expect(lastQuestionOf('Thanks, received everything!')).toBeNull();
  });

  it('takes the newest of my unanswered messages that asked, not a later PS', () => {
    expect(openQuestionOf(['PS: forgot the attachment.', 'Does the scope work for you?'])).toBe(
      'Does the scope work for you?',
    );
  });
});
