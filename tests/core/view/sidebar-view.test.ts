import { suggestNudge } from '../../../src/core/nudge/suggest-nudge';
import { uiText, type UiLanguage } from '../../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Party, ThreadAnalysis } from '../../../src/core/types';
import type { CardView } from '../../../src/core/view/card-view';
import { sidebarView } from '../../../src/core/view/sidebar-view';
import { at, clientWroteLast, silentThread, workCalendar } from '../nudge/builders';

const DANIEL: Party = { email: 'daniel@brightpathcoaching.com', name: 'Daniel Okafor' };
const CALENDAR = workCalendar();

function sidebar(analysis: ThreadAnalysis, nowDate: string, language: UiLanguage = 'en'): CardView {
  const now = at(nowDate);
  const settings = { ...DEFAULT_SETTINGS, myName: 'Giulia' };
  const nudge = suggestNudge({ analysis, settings, calendar: CALENDAR, now, userLocale: 'en' });
  return sidebarView({
    analysis,
    nudge,
    tone: 'warm',
    toneUsed: 'warm',
    language,
    text: uiText(language),
    today: nowDate,
    localDate: (ms) => CALENDAR.localDateOf(ms, CALENDAR.timeZone),
    holidaysUnavailable: false,
    actions: { replyWithThis: 'onReplyWithThis', changeTone: 'onChangeTone', stillWaiting: 'onStillWaiting' },
  });
}

/** Every text, label, value, detail and button label of a card, one per line. */
function textsOf(card: CardView): string {
  const out: string[] = [card.title, card.footer?.label ?? '', card.footerSecondary?.label ?? ''];
  for (const section of card.sections) {
    if (section.header) out.push(section.header);
    for (const w of section.widgets) {
      if (w.type === 'text') out.push(w.text);
      if (w.type === 'fact') out.push(w.label, w.value, w.detail ?? '');
      if (w.type === 'buttons') out.push(...w.buttons.map((b) => b.label));
    }
  }
  return out.join('\n');
}

/** Daniel answered on Tue 17 Nov 2026 promising his notes by Mon 30 Nov. */
function promiseThread(): ThreadAnalysis {
  const base = clientWroteLast({
    myLastAt: at('2026-11-10'),
    repliedAt: at('2026-11-17'),
    promisedBy: '2026-11-30',
  });
  return { ...base, client: DANIEL, daysSinceClientReply: 6, project: 'Website copy review' };
}

describe('the sidebar of a thread where the client promised an answer', () => {
  it('says who promised what by when, and that the check-in comes the day after, without “your turn”', () => {
    const texts = textsOf(sidebar(promiseThread(), '2026-11-23'));
    expect(texts).toContain('Daniel promised an answer by Mon 30 Nov');
    expect(texts).toContain('Wait for an answer from Daniel: check in on Tue 1 Dec');
    expect(texts).toContain('in the reply of Tue 17 Nov');
    expect(texts).toContain('the day after the promised date');
    expect(texts).not.toMatch(/next move is yours|Reply now|since your message|first follow-up/);
    expect(texts).toContain('Prepare the draft');
  });

  it('offers the check-in that refers to the promise once the date has passed', () => {
    const texts = textsOf(sidebar(promiseThread(), '2026-12-01'));
    expect(texts).toContain('Daniel promised an answer by Mon 30 Nov: that date has passed');
    expect(texts).toContain('Check in today');
    expect(texts).toContain('get back to me about “Website copy review” by November 30');
    expect(texts).toContain('Reply with this');
  });

  it('speaks Italian in the Italian interface', () => {
    const texts = textsOf(sidebar(promiseThread(), '2026-11-23', 'it'));
    expect(texts).toContain('Daniel ha promesso una risposta entro lun 30 nov');
    expect(texts).toContain('Aspetta la risposta di Daniel: sollecito mar 1 dic');
    expect(texts).not.toContain('ora tocca a te');
  });
});

describe('the sidebar of a thread whose last message bounced', () => {
  const bounced = (): ThreadAnalysis => ({
    ...silentThread({ sentAt: at('2026-11-10') }),
    undelivered: true,
    daysWaiting: 13,
    workingDaysWaiting: 9,
  });

  it('warns that the address did not receive the message and offers no text to send', () => {
    const card = sidebar(bounced(), '2026-11-23');
    const texts = textsOf(card);
    expect(texts).toContain('Your message to marco.rossi@ferramenta-rossi.it bounced');
    expect(texts).toContain('Check the address (a typo?)');
    expect(texts).not.toMatch(/Waiting on|Reply with this|Reply now|Suggested text/);
    expect(JSON.stringify(card)).not.toContain('onReplyWithThis');
  });

  it('shows no such warning when the message was delivered', () => {
    const texts = textsOf(sidebar({ ...bounced(), undelivered: false }, '2026-11-23'));
    expect(texts).not.toContain('bounced');
    expect(texts).toContain('Reply with this');
  });
});

describe('the absence notice', () => {
  const away = (): ThreadAnalysis => ({
    ...silentThread({ sentAt: at('2026-11-16') }),
    outOfOfficeUntil: '2026-11-30',
  });

  it('says when the client is back while they are still away', () => {
    expect(textsOf(sidebar(away(), '2026-11-23'))).toContain(
      'Marco is back on Mon 30 Nov (automatic reply).',
    );
    expect(textsOf(sidebar(away(), '2026-11-23', 'it'))).toContain(
      'Marco rientra lun 30 nov (risposta automatica).',
    );
  });

  it('disappears once the client is back, as the reason’s notice does', () => {
    const texts = textsOf(sidebar(away(), '2026-12-03'));
    expect(texts).not.toMatch(/is back on|away until/);
  });
});

describe('the typical reply time', () => {
  it('rounds the same way in the fact row and in the reason', () => {
    const analysis = { ...silentThread({ sentAt: at('2026-11-16') }), typicalReplyDays: 1.4 };
    const texts = textsOf(sidebar(analysis, '2026-11-23'));
    expect(texts).toContain('Usually replies within\n2 days');
    expect(texts).toContain('Marco usually replies within 2 days');
  });
});
