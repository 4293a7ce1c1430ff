import { isMe } from '../../src/core/identity';
import { identity } from './builders';

describe('isMe', () => {
  it('recognises my address and my aliases whatever their case', () => {
    const me = identity({ aliases: ['Giulia.Verdi@gmail.com'] });
    expect(isMe('GIULIA@studioverdi.it', me)).toBe(true);
    expect(isMe('giulia.verdi@gmail.com', me)).toBe(true);
    expect(isMe('marco@ferramenta-rossi.it', me)).toBe(false);
  });

  it('counts colleagues at my organisation (sub-domains too) only when asked', () => {
    expect(isMe('paolo@studioverdi.it', identity())).toBe(false);
    expect(isMe('paolo@studioverdi.it', identity({ colleaguesCountAsMe: true }))).toBe(true);
    expect(isMe('paolo@mail.studioverdi.it', identity({ colleaguesCountAsMe: true }))).toBe(true);
  });

  it('never counts strangers on my public mail domain as colleagues', () => {
    const me = identity({ primary: 'giulia.verdi@gmail.com', colleaguesCountAsMe: true });
    expect(isMe('someone.else@gmail.com', me)).toBe(false);
  });
});
