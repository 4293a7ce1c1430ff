// Google's Calendar event objects (tests/fixtures/events/calendar-*.json) through the built bundle, the
// emulator's own Calendar events checked against them, and the manifest's Calendar section.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertValidCard } from '../../emulator';
import { calendarActionEvent, calendarEventOpenEvent } from '../../emulator/calendar-event-objects';
import { eventCardText } from '../../src/core/i18n/event-card-strings';
import { uiLanguageOf } from '../../src/core/i18n';
import { json } from '../support/addon';
import { calendarSetup, texts, USER } from './calendar-card-fixtures';

const ROOT = path.join(__dirname, '..', '..');
type Fixture = { commonEventObject: { userLocale: string }; calendar?: Record<string, unknown> };
const fixture = (name: string): Fixture =>
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/events', name), 'utf8')) as Fixture;
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/appsscript.json'), 'utf8'));

describe('Google’s Calendar event objects', () => {
  it('open a reminder when the ids are those of a Follow-up Coach event', () => {
    const s = calendarSetup();
    const event = fixture('calendar-event-open.json');
    event.calendar = { ...event.calendar, calendarId: USER, id: s.eventId, organizer: { email: USER } };
    const card = json(s.bundle.call('onCalendarEventOpen', event));
    assertValidCard(card);
    expect(texts(card)).toContain('Waiting on Marco Bellini for 7 days');
  });

  it.each([
    'calendar-event-open.json',
    'calendar-event-open-recurring.json',
    'calendar-event-open-unsaved.json',
  ])(
    'give the one-line card, in the user’s language, for an event the add-on did not create (%s)',
    (name) => {
      const s = calendarSetup();
      const event = fixture(name);
      const card = json(s.bundle.call('onCalendarEventOpen', event));
      assertValidCard(card);
      const line = eventCardText(uiLanguageOf(event.commonEventObject.userLocale)).notReminder;
      expect(texts(card)).toContain(line);
    },
  );

  it('show the homepage in Calendar', () => {
    const s = calendarSetup();
    const card = json(
      s.bundle.call(manifest.addOns.calendar.homepageTrigger.runFunction, fixture('calendar-homepage.json')),
    );
    assertValidCard(card);
    expect(texts(card)).toContain('Preventivo restyling sito e catalogo');
  });
});

describe('the emulator’s Calendar event objects', () => {
  const keys = (o: unknown) => Object.keys(o as object).sort();

  it('carry the fields of Google’s example, with hostApp CALENDAR', () => {
    const google = fixture('calendar-event-open.json') as unknown as Record<string, Record<string, unknown>>;
    const ours = calendarEventOpenEvent({
      calendarId: USER,
      eventId: 'e1',
      attendees: [],
    }) as unknown as Record<string, Record<string, unknown>>;
    expect(ours['commonEventObject']?.['hostApp']).toBe('CALENDAR');
    expect(keys(ours['commonEventObject'])).toEqual(keys(google['commonEventObject']));
    expect(keys(ours['calendar'])).toEqual(keys(google['calendar']));
    expect(keys(ours['calendar']?.['capabilities'])).toEqual(keys(google['calendar']?.['capabilities']));
  });

  it('produce the offset as a number or as a string, and no id for an unsaved event', () => {
    const asNumber = calendarEventOpenEvent({ calendarId: USER, eventId: 'e1' }).commonEventObject.timeZone;
    const asString = calendarEventOpenEvent({ calendarId: USER, offsetAsString: true }).commonEventObject
      .timeZone;
    expect(typeof asNumber.offset).toBe('number');
    expect(typeof asString.offset).toBe('string');
    expect(calendarEventOpenEvent({ calendarId: USER }).calendar).not.toHaveProperty('id');
    expect(
      calendarActionEvent({ calendarId: USER, eventId: 'e1', parameters: { s: 'tomorrow' } }),
    ).toMatchObject({
      commonEventObject: { parameters: { s: 'tomorrow' } },
      calendar: { id: 'e1' },
    });
  });
});

describe('the manifest’s Calendar section', () => {
  it('declares the event-open trigger with read access, the homepage, and the two Calendar add-on scopes', () => {
    expect(manifest.addOns.calendar).toEqual({
      currentEventAccess: 'READ',
      eventOpenTrigger: { runFunction: 'onCalendarEventOpen' },
      homepageTrigger: { runFunction: 'onHomepage', enabled: true },
    });
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/calendar.addons.execute',
        'https://www.googleapis.com/auth/calendar.addons.current.event.read',
      ]),
    );
  });
});
