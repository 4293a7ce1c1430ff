import { projectName } from '../../src/core/subject';

describe('projectName', () => {
  it.each([
    ['Re: Preventivo sito', 'Preventivo sito'],
    ['RE: R: Fwd: I: Preventivo sito', 'Preventivo sito'],
    ['AW: WG: Angebot Webshop', 'Angebot Webshop'],
    ['TR: RE: Devis boutique', 'Devis boutique'],
    ['RV: Presupuesto tienda', 'Presupuesto tienda'],
    ['RIF: Preventivo', 'Preventivo'],
    ['Re[2]: Offer', 'Offer'],
    ['re:re:  Offer  for   shop', 'Offer for shop'],
  ])('turns %j into %j', (subject, project) => {
    expect(projectName(subject)).toBe(project);
  });

  it('keeps list tags and does not repeat them', () => {
    expect(projectName('Re: [sito-rossi] Re: Bozza home page')).toBe('[sito-rossi] Bozza home page');
    expect(projectName('[sito-rossi] Bozza home page')).toBe('[sito-rossi] Bozza home page');
  });

  it('leaves words that merely start like a prefix and returns empty for an empty subject', () => {
    expect(projectName('Rimborso spese')).toBe('Rimborso spese');
    expect(projectName('Info: orari')).toBe('Info: orari');
    expect(projectName('Re: ')).toBe('');
  });
});
