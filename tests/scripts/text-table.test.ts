import fc from 'fast-check';
import vm from 'node:vm';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const textTable = require('../../scripts/text-table.cjs') as {
  packTexts(code: string): { code: string; strings: number; atLoad: number; literals: number };
  encode(text: string, codes: string): { packed: string; pairs: string; codes: string };
  decodeTable(eager: string, lazy: string, pairs: string): (i: number) => string;
  codeCharacters(text: string): { separator: string; codes: string };
  literal(text: string): string;
};

const run = (code: string): unknown => vm.runInNewContext(`${code}\n;result`);

describe('the text table of the build', () => {
  const program = [
    '"use strict";',
    'function kind(t){switch(t){case"a long case label here":return"the matching branch was taken";default:return"no branch matched at all"}}',
    'var table={"a key that is long enough":"a value that is long enough too",short:"tiny"};',
    'var who="Giulia Bianchi";',
    'var line=`Waiting on ${who} for quite a while now, sadly`;',
    'var months=["gennaio","febbraio","marzo"],pattern=/(?:unsubscribe|opt out|abmelden|désinscrire|darse de baja|cancellati)/iu;',
    'function five(a,b,c,d,e){return [a,b,c,d,e].join("/")}',
    'var row=five("Impostazioni salvate","Settings saved","Ajustes guardados","Paramètres enregistrés","Einstellungen gespeichert");',
    'function later(){return "only read when a callback asks for it"}',
    'var result=[row,months,pattern.test("Per favore CANCELLATI qui"),pattern.source,kind("a long case label here"),kind("x"),table["a key that is long enough"],line,String.raw`raw text stays as it is ${who}`];',
  ].join('\n');
  const runLater = (code: string): unknown => vm.runInNewContext(`${code}\n;later()`);

  it('keeps what the program computes while its prose moves into the table', () => {
    const packed = textTable.packTexts(program);
    expect(packed.literals).toBeGreaterThanOrEqual(4);
    expect(run(packed.code)).toEqual(run(program));
    expect(runLater(packed.code)).toBe(runLater(program));
  });

  it('puts the entries read at load first, and the others after them', () => {
    const packed = textTable.packTexts(program);
    // Read at load: the row, the months, the pattern, the case label (twice, one entry), the two
    // branches, the table value, the key read with [], the template part, the tested text (10).
    // Not read at load: the text of later(), the last entry.
    expect(packed.atLoad).toBe(10);
    expect(packed.strings).toBe(11);
    const later = /function later\(\)\{return \$\w*\((\d+)\)\}/.exec(packed.code);
    expect(Number(later?.[1])).toBe(10);
  });

  it('turns lists of strings and long patterns into table entries', () => {
    const { code } = textTable.packTexts(program);
    expect(code).not.toContain('"febbraio"');
    expect(code).toMatch(/five\(\.\.\.\$\w*\(\d+\)\)/);
    expect(code).toMatch(/new RegExp\(\$\w*\(\d+\),"iu"\)/);
  });

  it('leaves directives, object keys and tagged templates in place', () => {
    const { code } = textTable.packTexts(program);
    expect(code).toContain('"use strict"');
    expect(code).toContain('"a key that is long enough":');
    expect(code).toContain('String.raw`raw text stays as it is ${who}`');
  });

  it('puts a space between a keyword and a lookup that replaces a literal', () => {
    const { code } = textTable.packTexts(program);
    expect(code).not.toMatch(/(?:return|case)\$/);
  });

  it('decodes exactly what it encoded, whatever the text, the split and the order of reading', () => {
    const letters = fc.constantFrom(...'aeiou nrst,.’éßñç€\n'.split(''));
    const text = fc.array(letters, { maxLength: 60 }).map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (strings, cut, start) => {
          const { separator, codes } = textTable.codeCharacters(strings.join(''));
          const encoded = textTable.encode(strings.join(separator), codes);
          // No pair spans two entries: each entry is still apart, so it decodes alone.
          const entries = encoded.packed.split(separator);
          expect(entries).toHaveLength(strings.length);
          const eager = cut % (strings.length + 1);
          const lookup = textTable.decodeTable(
            entries
              .slice(0, eager)
              .map((e) => e + separator)
              .join(''),
            entries.slice(eager).join(separator),
            encoded.pairs,
          );
          const order = strings.map((_, i) => (i + start) % strings.length);
          expect(order.map((i) => lookup(i))).toEqual(order.map((i) => strings[i]));
        },
      ),
    );
  });

  it('packs repeated prose to a fraction of its length', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Waiting on client ${i} for a few working days`).join(
      '|',
    );
    const { packed, pairs } = textTable.encode(text, textTable.codeCharacters(text).codes);
    expect(Buffer.byteLength(packed + pairs)).toBeLessThan(Buffer.byteLength(text) / 2);
  });

  it('refuses texts that use a character it keeps for codes, and takes all others', () => {
    expect(() => textTable.codeCharacters('Привет')).toThrow(/U\+41f/);
    expect(() => textTable.codeCharacters('tab\there')).toThrow(/U\+9/);
    expect(() => textTable.codeCharacters('Grüße, ¿qué tal? — œuvre ’ €')).not.toThrow();
  });

  it('writes control characters raw and escapes quotes, backslashes and line breaks', () => {
    const text = 'a\u0001"b\\c\nd\u2028';
    expect(textTable.literal(text)).toBe('"a\u0001\\"b\\\\c\\nd\\u2028"');
    expect(vm.runInNewContext(textTable.literal(text))).toBe(text);
  });
});
