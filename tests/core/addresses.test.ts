import {
  domainOf,
  isPublicMailDomain,
  MAX_DISPLAY_NAME,
  organisationDomain,
  parseAddressList,
  type ParseWork,
} from '../../src/core/addresses';

describe('parseAddressList', () => {
  it('reads quoted names that contain commas and lower-cases the addresses', () => {
    expect(
      parseAddressList('"Bianchi, Marco" <Marco.Bianchi@Ferramenta-Rossi.IT>, laura@ferramenta-rossi.it'),
    ).toEqual([
      { email: 'marco.bianchi@ferramenta-rossi.it', name: 'Bianchi, Marco' },
      { email: 'laura@ferramenta-rossi.it', name: '' },
    ]);
  });

  it('keeps the members of a group and drops the group name', () => {
    expect(
      parseAddressList('Ufficio acquisti: anna@acme.it, "Piero" <piero@acme.it>;, luca@acme.it').map(
        (p) => p.email,
      ),
    ).toEqual(['anna@acme.it', 'piero@acme.it', 'luca@acme.it']);
  });

  it('reads the old "address (Name)" form and semicolon separators', () => {
    expect(parseAddressList('jean@exemple.fr (Jean Dupont); <ana@ejemplo.es>')).toEqual([
      { email: 'jean@exemple.fr', name: 'Jean Dupont' },
      { email: 'ana@ejemplo.es', name: '' },
    ]);
  });

  it('skips entries without an address and returns nothing for an empty header', () => {
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
    expect(parseAddressList('')).toEqual([]);
    expect(parseAddressList('Nobody <>, ok@x.de')).toEqual([{ email: 'ok@x.de', name: '' }]);
  });
});

/** Headers built to make a backtracking parser slow: long runs, many '@', '<', '(' and ':' without addresses. */
const HOSTILE: readonly ((n: number) => string)[] = [
  (n) => 'a'.repeat(n),
  (n) => 'a@'.repeat(n / 2),
  (n) => '<'.repeat(n),
  (n) => '<a>('.repeat(n / 4),
  (n) => 'x:'.repeat(n / 2),
  (n) => '(((('.repeat(n / 4),
  (n) => '"a, b" <'.repeat(n / 8),
  (n) => 'Anna Rossi <anna@rossi.example>, '.repeat(n / 32),
];

describe('parseAddressList on hostile headers', () => {
  it('visits each character a bounded number of times, whatever the header (linear work)', () => {
    for (const [index, build] of HOSTILE.entries()) {
      const small: ParseWork = { steps: 0 };
      const large: ParseWork = { steps: 0 };
      parseAddressList(build(8_000), small);
      parseAddressList(build(32_000), large);
      expect({ index, steps: large.steps <= 3 * 32_000 }).toEqual({ index, steps: true });
      expect(large.steps).toBeLessThanOrEqual(4.5 * small.steps + 100);
    }
  });

  it('still finds every address of a long list', () => {
    const list = Array.from({ length: 5_000 }, (_, i) => `"Name ${i}" <p${i}@acme.example>`).join(', ');
    const parties = parseAddressList(list);
    expect(parties).toHaveLength(5_000);
    expect(parties[4_999]).toEqual({ email: 'p4999@acme.example', name: 'Name 4999' });
  });

  it('shortens a display name longer than any real one, with an ellipsis', () => {
    const [party] = parseAddressList(`"${'Z'.repeat(20_000)}" <z@zz.example>`);
    expect(party?.name).toHaveLength(MAX_DISPLAY_NAME);
    expect(party?.name.endsWith('…')).toBe(true);
  });
});

describe('domains', () => {
  it('finds the organisation behind sub-domains, including two-level public suffixes', () => {
    expect(domainOf('a@Mail.Acme.co.uk')).toBe('mail.acme.co.uk');
    expect(organisationDomain('mail.acme.co.uk')).toBe('acme.co.uk');
    expect(organisationDomain('eu.mail.acme.com')).toBe('acme.com');
    expect(organisationDomain('shop.kanji.co.jp')).toBe('kanji.co.jp');
    expect(organisationDomain('loja.exemplo.com.br')).toBe('exemplo.com.br');
    expect(organisationDomain('sydney.acme.com.au')).toBe('acme.com.au');
    expect(organisationDomain('acme.it')).toBe('acme.it');
  });

  it('knows webmail providers, including per-country families, and not company domains', () => {
    for (const d of [
      'gmail.com',
      'libero.it',
      'hotmail.it',
      'yahoo.co.uk',
      'gmx.de',
      'proton.me',
      'orange.fr',
    ]) {
      expect(isPublicMailDomain(d)).toBe(true);
    }
    for (const d of ['ferramenta-rossi.it', 'studioverdi.it', 'acme.co.uk'])
      expect(isPublicMailDomain(d)).toBe(false);
  });
});
