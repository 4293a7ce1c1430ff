// Reading the suggested text back from a reminder's description, plain or edited in Calendar (HTML).
import { suggestedTextOf } from '../../../src/core/tracking/suggested-text';

const LINK = 'https://mail.google.com/mail/?authuser=giulia%40studiobianchi.it#all/18f0a1b2c3d4e5f6';

describe('suggestedTextOf', () => {
  it('takes the text between the label line and the thread link, in any language', () => {
    const description = [
      'In attesa di Marco dal 29 apr (7 giorni).',
      'Testo suggerito:\nCiao Marco,\n\nti scrivo per il preventivo.\n\nGiulia',
      `Apri la conversazione: ${LINK}`,
      'Creato da Follow-up Coach.',
    ].join('\n\n');
    expect(suggestedTextOf(description)).toBe('Ciao Marco,\n\nti scrivo per il preventivo.\n\nGiulia');
  });

  it('reads a French label with a space before the colon', () => {
    expect(suggestedTextOf(`État.\n\nTexte suggéré :\nBonjour Anne,\n\nOuvrir : ${LINK}`)).toBe(
      'Bonjour Anne,',
    );
  });

  it('reads the HTML Calendar stores once the user edits the description', () => {
    const html =
      '<p>Waiting on Marco.</p><p>Suggested text:<br>Hi Marco,<br><br>any news on the quote &amp; the dates?</p>' +
      `<p>Open the thread: <a href="${LINK}">${LINK}</a></p>`;
    expect(suggestedTextOf(html)).toBe('Hi Marco,\n\nany news on the quote & the dates?');
  });

  it('decodes the escaped text the add-on writes (Calendar reads descriptions as HTML)', () => {
    const escaped = `Waiting.\n\nSuggested text:\nHi Sarah,\n\nI&#39;m checking &quot;Brand &amp; logo&quot; &lt;v2&gt;.\n\nOpen the thread: ${LINK}`;
    expect(suggestedTextOf(escaped)).toBe('Hi Sarah,\n\nI\'m checking "Brand & logo" <v2>.');
  });

  it('gives null when the description no longer has a suggested text', () => {
    expect(suggestedTextOf('Call Marco about the quote.')).toBeNull();
    expect(suggestedTextOf(`Suggested text:\n\nOpen the thread: ${LINK}`)).toBeNull();
  });
});
