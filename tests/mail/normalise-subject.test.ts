import { normaliseSubject } from '../../mail/normalise-subject';

describe('normaliseSubject', () => {
  it.each([
    ['Re: Re: Preventivo', 'preventivo'],
    ['R: RIF: Preventivo', 'preventivo'],
    ['AW: WG: Angebot', 'angebot'],
    ['TR: RV: Fw: FWD: Devis', 'devis'],
    ['Re[2]: Logo', 'logo'],
    ['  Bozza    finale  ', 'bozza finale'],
    ['Rendering esterni', 'rendering esterni'],
  ])('turns %j into %j', (input, expected) => {
    expect(normaliseSubject(input)).toBe(expected);
  });
});
