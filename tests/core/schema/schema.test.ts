import * as z from '../../../src/core/schema';

describe('the schema kit', () => {
  const settings = z.object({
    name: z.string().check(z.maxLength(5)),
    days: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1)),
    tone: z.enum(['warm', 'formal']),
    note: z.optional(z.string()),
  });

  it('parses a valid object and drops keys it does not know', () => {
    const parsed = settings.safeParse({ name: 'Anna', days: [1, 2], tone: 'warm', extra: 1 });
    expect(parsed).toEqual({ success: true, data: { name: 'Anna', days: [1, 2], tone: 'warm' } });
  });

  it('reports every failing field with its path', () => {
    const parsed = settings.safeParse({ name: 'Annabella', days: [0, 2.5], tone: 'cold', note: 3 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual([
      'name',
      'days.0',
      'days.1',
      'tone',
      'note',
    ]);
    expect(z.prettifyError(parsed.error)).toContain('✖ Too big: expected length to be <=5\n  → at name');
  });

  it('keeps unknown keys in a loose object', () => {
    const loose = z.looseObject({ id: z.optional(z.string()) });
    expect(loose.safeParse({ id: 'a', extra: true })).toEqual({
      success: true,
      data: { id: 'a', extra: true },
    });
  });

  it('takes the first option of a union that parses, and refuses anything else', () => {
    const offset = z.union([z.number(), z.string()]);
    expect(offset.safeParse('3600000')).toEqual({ success: true, data: '3600000' });
    expect(offset.safeParse(3600000)).toEqual({ success: true, data: 3600000 });
    expect(offset.safeParse(null).success).toBe(false);
  });

  it('refuses NaN and Infinity as numbers and non-integers as ints', () => {
    expect(z.number().safeParse(Number.NaN).success).toBe(false);
    expect(z.number().safeParse(Infinity).success).toBe(false);
    expect(z.int().safeParse(1.5).success).toBe(false);
    expect(z.int().safeParse(7).success).toBe(true);
  });

  it('checks records key by key and literals exactly', () => {
    const params = z.record(z.string(), z.string());
    expect(params.safeParse({ t: 'x', d: 2 }).success).toBe(false);
    expect(params.safeParse([]).success).toBe(false);
    expect(z.literal(3).safeParse(3).success).toBe(true);
    expect(z.literal(3).safeParse('3').success).toBe(false);
  });

  it('accepts plain e-mail addresses and refuses malformed ones', () => {
    const email = z.email();
    expect(email.safeParse('giulia.bianchi+work@studio.example').success).toBe(true);
    for (const bad of ['giulia', '.a@b.it', 'a..b@c.it', 'a@b', 'a b@c.it']) {
      expect(email.safeParse(bad).success).toBe(false);
    }
  });

  it('runs refinements only on values of the right type', () => {
    const parsed = z
      .string()
      .check(z.regex(/^\d\d:\d\d$/))
      .safeParse(930);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([
      'Invalid input: expected string, received number',
    ]);
  });
});
