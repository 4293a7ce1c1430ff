import { firstNameOf } from '../../../src/core/texts/first-name';

const party = (name: string, email = 'someone@cliente.it') => ({ name, email });

describe('the client’s first name', () => {
  it.each([
    ['Marco Rossi', 'Marco'],
    ['Rossi, Marco', 'Marco'],
    ['"Rossi, Marco"', 'Marco'],
    ['Dr. Anna Bianchi', 'Anna'],
    ['Dott.ssa Chiara Neri', 'Chiara'],
    ['MARCO ROSSI', 'Marco'],
    ['jean-luc picard', 'Jean-Luc'],
    ['“Lucía Fernández”', 'Lucía'],
    ['Anna Bianchi (Ferramenta Rossi)', 'Anna'],
    ['McKenzie Ward', 'McKenzie'],
  ])('reads "%s" as %s', (name, expected) => {
    expect(firstNameOf(party(name))).toBe(expected);
  });

  it.each([
    ['Dr. Bianchi'],
    ['Herr Müller'],
    ['M. Rossi'],
    ['Ufficio Acquisti'],
    ['Ferramenta Rossi S.r.l.'],
    ['ACME GmbH'],
    ['Support Team'],
  ])('finds no first name in "%s"', (name) => {
    expect(firstNameOf(party(name, 'x1@cliente.it'))).toBeNull();
  });

  it('falls back to the address when the display name is empty or is an address', () => {
    expect(firstNameOf(party('', 'marco.rossi@cliente.it'))).toBe('Marco');
    expect(firstNameOf(party('marco.rossi@cliente.it', 'marco.rossi@cliente.it'))).toBe('Marco');
    expect(firstNameOf(party('', 'anna_bianchi82@gmail.com'))).toBe('Anna');
    expect(firstNameOf(party('', 'chiara@studio-neri.it'))).toBe('Chiara');
  });

  it('never takes a name from a role address or an initial', () => {
    for (const email of [
      'info@cliente.it',
      'sales@acme.com',
      'ufficio@cliente.it',
      'amministrazione@cliente.it',
    ]) {
      expect(firstNameOf(party('', email))).toBeNull();
    }
    expect(firstNameOf(party('', 'ufficio.tecnico@cliente.it'))).toBeNull();
    expect(firstNameOf(party('', 'm.rossi@cliente.it'))).toBeNull();
    expect(firstNameOf(party('', 'mrossi@cliente.it'))).toBeNull();
  });

  it('has nothing to say about a missing party', () => {
    expect(firstNameOf(null)).toBeNull();
  });
});

describe('surname-first display names', () => {
  it('takes the given name that the address starts with', () => {
    expect(firstNameOf({ name: 'ROSSI Marco', email: 'marco.rossi@ferramenta-rossi.it' })).toBe('Marco');
    expect(firstNameOf({ name: 'Rossi Marco', email: 'marco.rossi@ferramenta-rossi.it' })).toBe('Marco');
    expect(firstNameOf({ name: 'Esposito Nicolò', email: 'nicolo.esposito@comune.example.it' })).toBe(
      'Nicolò',
    );
  });

  it('reads an ALL-CAPS token beside a mixed-case one as the surname when the address does not tell', () => {
    expect(firstNameOf({ name: 'BIANCHI Anna', email: 'a.bianchi@studio-bianchi.it' })).toBe('Anna');
    expect(firstNameOf({ name: 'Anna BIANCHI', email: 'ufficio@studio-bianchi.it' })).toBe('Anna');
  });

  it('keeps the first token when the address agrees with it or both tokens share one case', () => {
    expect(firstNameOf({ name: 'Marco Rossi', email: 'marco.rossi@ferramenta-rossi.it' })).toBe('Marco');
    expect(firstNameOf({ name: 'MARCO ROSSI', email: 'm.rossi@ferramenta-rossi.it' })).toBe('Marco');
  });
});

describe('all-capitals names', () => {
  it('uses the address to read an all-capitals "ROSSI MARCO"', () => {
    expect(firstNameOf({ name: 'ROSSI MARCO', email: 'marco.rossi@ferramenta-rossi.it' })).toBe('Marco');
  });
});
