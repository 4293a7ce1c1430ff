import { countWords } from '../../../src/core/texts/count-words';
import { renderNudge, type RenderNudgeInput } from '../../../src/core/texts/render-nudge';
import type { Language, Tone } from '../../../src/core/types';
import { guiltIn } from './guilt-phrases';

const LANGUAGES: Language[] = ['it', 'en', 'es', 'fr', 'de'];
const TONES: Tone[] = ['warm', 'formal'];
const EMAILS = ['check-in', 'change-channel', 'close-the-loop'] as const;
const KINDS = [...EMAILS, 'plan'] as const;
/** My open question as long as it may be (160 characters), the worst case for the word count. */
const LONG_QUESTION =
  'Does the scope in section 2 match what you had in mind for the relaunch, including the product pages, the blog and the two landing pages?';
const NOTES = ['reply', 'rest'] as const;

const FULL = {
  firstName: 'Marco',
  project: 'Nuovo sito e-commerce per la ferramenta',
  myName: 'Giulia Verdi',
};
const EMPTY = { firstName: null, project: '', myName: '' };

function render(over: Partial<RenderNudgeInput>) {
  return renderNudge({
    stage: 'check-in',
    language: 'en',
    tone: 'warm',
    lastMessageOn: '2025-11-12',
    ...FULL,
    ...over,
  });
}

/** Every language × tone × variant (all personal data, none of it) × stage. */
function* everyCase(stages: readonly RenderNudgeInput['stage'][]) {
  for (const language of LANGUAGES)
    for (const tone of TONES)
      for (const variant of [FULL, EMPTY])
        for (const stage of stages) yield { language, tone, stage, ...variant, lastMessageOn: '2025-11-12' };
}

describe('every nudge email', () => {
  it('renders without leftover placeholders in every language, tone and variant', () => {
    for (const input of everyCase([...EMAILS, ...NOTES])) {
      const { body, subject } = renderNudge(input);
      expect(`${body}\n${subject}`).not.toMatch(/[{}]|undefined|null|NaN|\$/);
      expect(body).not.toMatch(/ {2}|\s[,.]/);
    }
  });

  it('counts 50 to 125 words, greeting and sign-off included, for every kind and with my open question', () => {
    for (const base of everyCase(['check-in'])) {
      for (const kind of KINDS) {
        for (const openQuestion of [null, LONG_QUESTION]) {
          const input = { ...base, kind, openQuestion };
          const words = countWords(renderNudge(input).body);
          expect({ input, words, inRange: words >= 50 && words <= 125 }).toMatchObject({ inRange: true });
        }
      }
    }
  });

  it('asks exactly one question in every check-in, call proposal and plan, also when restating mine', () => {
    for (const base of everyCase(['check-in'])) {
      for (const kind of ['check-in', 'change-channel', 'plan'] as const) {
        for (const openQuestion of [null, LONG_QUESTION]) {
          const body = renderNudge({ ...base, kind, openQuestion }).body;
          const questions = (body.match(/\?/g) ?? []).length;
          expect({ language: base.language, tone: base.tone, kind, questions }).toMatchObject({
            questions: 1,
          });
          expect(body).not.toMatch(/[{}]|undefined|\bnull\b|NaN|\$| {2}|\s[,.]/);
          expect(guiltIn(body, base.language)).toEqual([]);
        }
      }
    }
  });

  it('asks exactly one question in the check-in and the call proposal, at most one in the close', () => {
    for (const input of everyCase(EMAILS)) {
      const questions = (renderNudge(input).body.match(/\?/g) ?? []).length;
      if (input.stage === 'close-the-loop') expect(questions).toBeLessThanOrEqual(1);
      else expect({ input, questions }).toMatchObject({ questions: 1 });
    }
  });

  it('never guilt-trips', () => {
    for (const input of everyCase([...EMAILS, ...NOTES])) {
      expect({ input, found: guiltIn(renderNudge(input).body, input.language) }).toMatchObject({ found: [] });
    }
  });

  it('proposes a 15-minute call when changing channel', () => {
    for (const input of everyCase(['change-channel'])) expect(renderNudge(input).body).toContain('15');
  });

  it('writes different words for each stage and tone', () => {
    const bodies = [...everyCase(EMAILS)].filter((i) => i.firstName).map((i) => renderNudge(i).body);
    const distinct = new Set(bodies);
    // 3 stages × 5 languages × 2 tones, every one its own text.
    expect(distinct.size).toBe(30);
  });
});

describe('personalisation', () => {
  it('greets by first name, or with a neutral greeting when unknown', () => {
    expect(render({}).body.startsWith('Hi Marco,\n\n')).toBe(true);
    expect(render({ firstName: null }).body.startsWith('Hi there,\n\n')).toBe(true);
    expect(render({ tone: 'formal', firstName: null }).body.startsWith('Hello,\n\n')).toBe(true);
    expect(render({ language: 'it', firstName: null }).body.startsWith('Ciao,\n\n')).toBe(true);
    expect(
      render({ language: 'it', tone: 'formal', firstName: null }).body.startsWith('Buongiorno,\n\n'),
    ).toBe(true);
    expect(render({ language: 'de' }).body.startsWith('Hallo Marco,\n\nich')).toBe(true);
  });

  it('names the project, or the project we discussed when the subject is empty', () => {
    expect(render({}).body).toContain('about “Nuovo sito e-commerce per la ferramenta”');
    expect(render({ project: '' }).body).toContain('about the project we discussed');
    expect(render({ language: 'it', project: '' }).body).toContain('sul progetto di cui abbiamo parlato');
  });

  it('writes the date of my last message the way each language does', () => {
    const on = (language: Language, date: string) => render({ language, lastMessageOn: date }).body;
    expect(on('en', '2025-11-12')).toContain('November 12');
    expect(on('it', '2025-11-12')).toContain('del 12 novembre');
    expect(on('it', '2025-11-08')).toContain("dell'8 novembre");
    expect(on('it', '2025-12-01')).toContain('del 1° dicembre');
    expect(on('es', '2025-11-12')).toContain('12 de noviembre');
    expect(on('fr', '2025-12-01')).toContain('1er décembre');
    expect(on('de', '2025-03-05')).toContain('5. März');
  });

  it('signs with my name, and closes gracefully without one', () => {
    expect(render({}).body.endsWith('All the best,\nGiulia Verdi')).toBe(true);
    expect(render({ myName: '  ' }).body.endsWith('All the best.')).toBe(true);
    expect(render({ language: 'de' }).body.endsWith('Viele Grüße\nGiulia Verdi')).toBe(true);
    expect(render({ language: 'de', myName: '' }).body.endsWith('Viele Grüße')).toBe(true);
  });

  it('uses the project as a reply subject, or a short fallback', () => {
    expect(render({}).subject).toBe('Re: Nuovo sito e-commerce per la ferramenta');
    expect(render({ language: 'it', project: '' }).subject).toBe('Prossimi passi');
  });
});

describe('tones and stages', () => {
  it('writes the formal tone in every language, with the courtesy form (Lei, Sie, vous, usted)', () => {
    const formal = (language: Language) =>
      KINDS.map((kind) => render({ language, tone: 'formal', kind }).body).join('\n');
    expect(formal('it')).toMatch(/\b(Le|La|Sua|Suo|Lei)\b/);
    expect(formal('de')).toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
    expect(formal('fr')).toMatch(/\bvous\b/);
    expect(formal('es')).toMatch(/\b(usted|le|su)\b/);
    for (const language of ['it', 'de', 'fr', 'es'] as const)
      expect(render({ language, tone: 'formal' }).tone).toBe('formal');
  });

  it('keeps every warm text truly informal: du, tu, tú, never the courtesy form', () => {
    const warm = (language: Language) =>
      KINDS.flatMap((kind) => [
        render({ language, kind }).body,
        render({ language, kind, promisedBy: '2025-11-28' }).body,
      ]).join('\n');
    expect(warm('de')).not.toMatch(/\b(Sie|Ihnen|Ihre?|Ihrer)\b/);
    expect(warm('de')).toMatch(/\b(du|dir|dich|dein\w*)\b/);
    expect(warm('fr')).not.toMatch(/\b(vous|votre|vos)\b/);
    expect(warm('fr')).toMatch(/\b(tu|te|toi|ton|ta|tes)\b|\bt’/);
    expect(warm('es')).not.toMatch(/\b(usted|ustedes)\b/);
    expect(warm('it')).not.toMatch(/\b(Lei|Sua|Suo|Le scrivo|La ringrazio)\b/);
  });

  it('renders the coming check-in for the wait stage', () => {
    expect(render({ stage: 'wait' }).body).toBe(render({ stage: 'check-in' }).body);
  });

  it('keeps the reply and rest notes short and about this client and project', () => {
    for (const input of everyCase(NOTES)) {
      const { body } = renderNudge(input);
      expect(countWords(body)).toBeLessThanOrEqual(60);
      expect(body).toContain(input.firstName ?? '');
    }
    expect(render({ stage: 'reply' }).body).toMatch(/^Marco wrote last about “Nuovo sito/);
    expect(render({ stage: 'rest', language: 'it' }).body).toContain('il 12 novembre');
  });
});

describe('the check-in after a promise', () => {
  const PROMISED_BY = '2025-11-28';
  const promiseCases = () =>
    [...everyCase(['check-in', 'wait'])].map((input) => ({ ...input, promisedBy: PROMISED_BY }));

  it('stays within 50-125 words, asks one question, never guilt-trips and leaves no placeholder', () => {
    for (const input of promiseCases()) {
      const { body } = renderNudge(input);
      const words = countWords(body);
      const questions = (body.match(/\?/g) ?? []).length;
      const found = guiltIn(body, input.language);
      expect({ input, inRange: words >= 50 && words <= 125, questions, found }).toMatchObject({
        inRange: true,
        questions: 1,
        found: [],
      });
      expect(body).not.toMatch(/[{}]|undefined|null|NaN|\$| {2}|\s[,.]/);
    }
  });

  it('refers to the promised date rather than to my last message, in each language', () => {
    const promised = (language: Language, tone: Tone = 'warm') =>
      render({ language, tone, promisedBy: PROMISED_BY }).body;
    expect(promised('en')).toContain(
      'get back to me about “Nuovo sito e-commerce per la ferramenta” by November 28',
    );
    expect(promised('en', 'formal')).toContain('by November 28');
    expect(promised('it')).toContain('entro il 28 novembre');
    expect(promised('it', 'formal')).toContain('entro il 28 novembre');
    expect(promised('es')).toContain('para el 28 de noviembre');
    expect(promised('fr')).toContain('d’ici le 28 novembre');
    expect(promised('de')).toContain('bis zum 28. November');
    for (const language of LANGUAGES) expect(promised(language)).not.toContain('12');
  });

  it('writes its own words for each language and tone, distinct from the usual check-in', () => {
    const bodies = [...promiseCases()].filter((i) => i.firstName && i.stage === 'check-in');
    const distinct = new Set(bodies.map((i) => renderNudge(i).body));
    // 5 languages × 2 tones.
    expect(distinct.size).toBe(10);
    for (const input of bodies)
      expect(renderNudge(input).body).not.toBe(renderNudge({ ...input, promisedBy: null }).body);
  });

  it('leaves the later rungs untouched by a promise', () => {
    expect(render({ stage: 'change-channel', promisedBy: PROMISED_BY }).body).toBe(
      render({ stage: 'change-channel' }).body,
    );
  });
});

describe('hostile input in the texts', () => {
  it('cuts a very long subject at a word, and leaves out a "first name" no person has', () => {
    const body = render({ project: `Catalogo ${'primavera '.repeat(50)}`, firstName: null }).body;
    expect(body.length).toBeLessThan(1200);
    expect(body).toContain('…”');
  });
});
