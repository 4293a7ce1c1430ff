// The user's settings: one schema (validation + defaults), versioned so later releases can migrate.
import * as z from './schema';

export const SETTINGS_VERSION = 1;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface NumberLimit {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** The one table of the ladder's bounds: the schema checks them and the Settings card's hints quote them. */
export const LADDER_LIMITS = {
  /** Working days after my message before the first check-in. */
  firstWaitWorkingDays: { min: 1, max: 30, integer: true },
  /** The first wait is at least this many times the client's typical reply time, when known. */
  typicalReplyFactor: { min: 1, max: 5, integer: false },
  /** Working days after the check-in before proposing a call (change-channel). */
  changeChannelWorkingDays: { min: 1, max: 60, integer: true },
  /** Working days after the previous nudge before closing the loop. */
  closeLoopWorkingDays: { min: 1, max: 90, integer: true },
  /** Months after closing the loop before the rest reminder. */
  restMonths: { min: 1, max: 24, integer: true },
} as const satisfies Record<string, NumberLimit>;

export type LadderField = keyof typeof LADDER_LIMITS;

/** Ladder numbers in the order the Settings card shows them; also their form field names. */
export const LADDER_FIELDS = Object.keys(LADDER_LIMITS) as readonly LadderField[];

/** Bounds of the other fields, quoted by the Settings card's refusals. */
export const TEXT_LIMITS = { myNameLength: 80, aliasCount: 20, calendarIdLength: 200 } as const;

/** holidayCountry '' (the default): the country of the user's locale; 'none': weekends only. */
export const NO_HOLIDAYS = 'none';

const limited = ({ min, max, integer }: NumberLimit) =>
  (integer ? z.int() : z.number()).check(z.gte(min), z.lte(max));

const buildLadderSchema = () =>
  z.object({
    firstWaitWorkingDays: limited(LADDER_LIMITS.firstWaitWorkingDays),
    typicalReplyFactor: limited(LADDER_LIMITS.typicalReplyFactor),
    changeChannelWorkingDays: limited(LADDER_LIMITS.changeChannelWorkingDays),
    closeLoopWorkingDays: limited(LADDER_LIMITS.closeLoopWorkingDays),
    restMonths: limited(LADDER_LIMITS.restMonths),
  });

const buildSettingsSchema = () =>
  z.object({
    version: z.literal(SETTINGS_VERSION),
    myName: z.string().check(z.maxLength(TEXT_LIMITS.myNameLength)),
    aliases: z.array(z.email()).check(z.maxLength(TEXT_LIMITS.aliasCount)),
    colleaguesCountAsMe: z.boolean(),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    workingDays: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1), z.maxLength(7)),
    reminderTime: z.string().check(z.regex(HHMM)),
    /** ISO 3166 country code for public holidays; '' for the locale's country, 'none' for none. */
    holidayCountry: z.string().check(z.regex(/^([A-Z]{2}|none)?$/)),
    ladder: buildLadderSchema(),
    /** 'auto' (the default) follows the register of my messages in each thread. */
    tone: z.enum(['auto', 'warm', 'formal']),
    language: z.enum(['auto', 'it', 'en', 'es', 'fr', 'de']),
    emailReminder: z.boolean(),
    calendarId: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.calendarIdLength)),
  });

type SettingsSchema = ReturnType<typeof buildSettingsSchema>;
export type Settings = z.infer<SettingsSchema>;
export type LadderSettings = Settings['ladder'];

let built: SettingsSchema | undefined;

/**
 * Built on first use: Apps Script loads the whole bundle on every callback, and constructing the schemas at
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
  tone: 'auto',
  language: 'auto',
  emailReminder: false,
  calendarId: 'primary',
};
