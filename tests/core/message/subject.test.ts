import { projectName } from '../../../src/core/message/subject';

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
    ['Antwort: Angebot Webshop', 'Angebot Webshop'],
    ['AW: Antwort: WG: Angebot Webshop', 'Angebot Webshop'],
    ['Odp: Oferta sklep', 'Oferta sklep'],
    ['SV: VS: Tilbud nettbutikk', 'Tilbud nettbutikk'],
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

  it.each([
    ['[EXT] Re: Preventivo sito', 'Preventivo sito'],
    ['[EXTERNAL] RE: Quote for the shop', 'Quote for the shop'],
    ['Re: [EXTERNAL] Quote for the shop', 'Quote for the shop'],
    ['RE: [External Email] Re: Quote for the shop', 'Quote for the shop'],
    ['[EXTERN] AW: Angebot Webshop', 'Angebot Webshop'],
    ['EXTERNAL: Re: Quote for the shop', 'Quote for the shop'],
    ['[EXT] Preventivo sito', 'Preventivo sito'],
  ])('drops the external-sender warning tag in %j', (subject, project) => {
    expect(projectName(subject)).toBe(project);
  });

  it('keeps a list tag when an external-sender tag sits next to it', () => {
    expect(projectName('[EXT] Re: [sito-rossi] Re: Bozza home page')).toBe('[sito-rossi] Bozza home page');
  });
});
