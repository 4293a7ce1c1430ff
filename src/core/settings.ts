// The user's settings: one zod/mini schema (validation + defaults), versioned so later releases can migrate.
import * as z from 'zod/mini';

export const SETTINGS_VERSION = 1;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const buildLadderSchema = () =>
  z.object({
    /** Working days after my message before the first check-in. */
    firstWaitWorkingDays: z.int().check(z.gte(1), z.lte(30)),
    /** The first wait is at least this many times the client's typical reply time, when known. */
    typicalReplyFactor: z.number().check(z.gte(1), z.lte(5)),
    /** Working days after the check-in before proposing a call (change-channel). */
    changeChannelWorkingDays: z.int().check(z.gte(1), z.lte(60)),
    /** Working days after the previous nudge before closing the loop. */
    closeLoopWorkingDays: z.int().check(z.gte(1), z.lte(90)),
    /** Months after closing the loop before the rest reminder. */
    restMonths: z.int().check(z.gte(1), z.lte(24)),
  });

const buildSettingsSchema = () =>
  z.object({
    version: z.literal(SETTINGS_VERSION),
    myName: z.string().check(z.maxLength(80)),
    aliases: z.array(z.email()).check(z.maxLength(20)),
    colleaguesCountAsMe: z.boolean(),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    workingDays: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1), z.maxLength(7)),
    reminderTime: z.string().check(z.regex(HHMM)),
    /** ISO 3166 country code for public holidays, '' for none. */
    holidayCountry: z.string().check(z.regex(/^([A-Z]{2})?$/)),
    ladder: buildLadderSchema(),
    tone: z.enum(['warm', 'formal']),
    language: z.enum(['auto', 'it', 'en', 'es', 'fr', 'de']),
    emailReminder: z.boolean(),
    calendarId: z.string().check(z.minLength(1), z.maxLength(200)),
  });

type SettingsSchema = ReturnType<typeof buildSettingsSchema>;
export type Settings = z.infer<SettingsSchema>;
export type LadderSettings = Settings['ladder'];

let built: SettingsSchema | undefined;

/**
 * Built on first use: Apps Script loads the whole bundle on every callback, and constructing zod schemas at
 * load time was most of the bundle's cold start (measured by npm run bench).
 */
export const settingsSchema = {
  safeParse: (value: unknown) => (built ??= buildSettingsSchema()).safeParse(value),
};

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  myName: '',
  aliases: [],
  colleaguesCountAsMe: false,
  workingDays: [1, 2, 3, 4, 5],
  reminderTime: '09:30',
  holidayCountry: '',
  ladder: {
    firstWaitWorkingDays: 3,
    typicalReplyFactor: 1.5,
    changeChannelWorkingDays: 7,
    closeLoopWorkingDays: 14,
    restMonths: 3,
  },
  tone: 'warm',
  language: 'auto',
  emailReminder: false,
  calendarId: 'primary',
};
