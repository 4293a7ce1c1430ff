// Parses the add-on event object at the boundary (zod/mini) into plain data the handlers can trust.
import * as z from 'zod/mini';

const buildInputSchemas = () => ({
  stringInputs: z.object({ stringInputs: z.object({ value: z.array(z.string()) }) }),
  dateInput: z.object({ dateInput: z.object({ msSinceEpoch: z.union([z.string(), z.number()]) }) }),
});

const buildEventSchema = ({ stringInputs, dateInput }: ReturnType<typeof buildInputSchemas>) =>
  z.object({
    commonEventObject: z.optional(
      z.object({
        userLocale: z.optional(z.string()),
        // Google documents timeZone.offset as a string of milliseconds; clients send a number too.
        timeZone: z.optional(
          z.object({ id: z.string(), offset: z.optional(z.union([z.number(), z.string()])) }),
        ),
        parameters: z.optional(z.record(z.string(), z.string())),
        formInputs: z.optional(z.record(z.string(), z.union([stringInputs, dateInput, z.object({})]))),
      }),
    ),
    gmail: z.optional(
      z.object({
        messageId: z.optional(z.string()),
        threadId: z.optional(z.string()),
        accessToken: z.optional(z.string()),
      }),
    ),
  });

/** Schemas are built on first use: constructing them at load time slows every callback's cold start. */
let schemas:
  { inputs: ReturnType<typeof buildInputSchemas>; event: ReturnType<typeof buildEventSchema> } | undefined;

function getSchemas() {
  if (!schemas) {
    const inputs = buildInputSchemas();
    schemas = { inputs, event: buildEventSchema(inputs) };
  }
  return schemas;
}

export interface AddonEvent {
  readonly locale: string;
  readonly timeZone: string;
  readonly parameters: Readonly<Record<string, string>>;
  /** Text and selection inputs by name. */
  readonly inputs: Readonly<Record<string, readonly string[]>>;
  /** Date picker values by name, epoch ms (UTC midnight of the chosen day). */
  readonly dates: Readonly<Record<string, number>>;
  readonly gmail: {
    readonly messageId: string;
    readonly threadId: string;
    readonly accessToken: string;
  } | null;
}

export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

function splitInputs(formInputs: Record<string, unknown>): Pick<AddonEvent, 'inputs' | 'dates'> {
  const { stringInputs, dateInput } = getSchemas().inputs;
  const inputs: Record<string, string[]> = {};
  const dates: Record<string, number> = {};
  for (const [name, input] of Object.entries(formInputs)) {
    const parsedText = stringInputs.safeParse(input);
    if (parsedText.success) inputs[name] = parsedText.data.stringInputs.value;
    const parsedDate = dateInput.safeParse(input);
    if (parsedDate.success) dates[name] = Number(parsedDate.data.dateInput.msSinceEpoch);
  }
  return { inputs, dates };
}

/** `fallbackTimeZone` is the script's zone, used when Gmail sends no timeZone (older clients). */
export function parseEvent(raw: unknown, fallbackTimeZone: string): AddonEvent {
  const parsed = getSchemas().event.safeParse(raw ?? {});
  if (!parsed.success)
    throw new InvalidEventError(`Unexpected add-on event: ${z.prettifyError(parsed.error)}`);
  const common = parsed.data.commonEventObject;
  const gmail = parsed.data.gmail;
  const hasThread = gmail?.messageId !== undefined && gmail.accessToken !== undefined;
  return {
    locale: common?.userLocale ?? 'en',
    timeZone: common?.timeZone?.id ?? fallbackTimeZone,
    parameters: common?.parameters ?? {},
    ...splitInputs(common?.formInputs ?? {}),
    gmail: hasThread
      ? {
          messageId: gmail.messageId ?? '',
          threadId: gmail.threadId ?? '',
          accessToken: gmail.accessToken ?? '',
        }
      : null,
  };
}
