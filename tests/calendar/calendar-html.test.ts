// Calendar reads an event description as HTML: names and subjects from email never become markup or links.
import { buttonParameters, liveEvents, quoteThread, setup } from '../handlers/reminders-fixtures';

const HOSTILE_SUBJECT = '<a href="https://evil.example/x">Open thread</a>';
const HOSTILE_NAME = '<img src=x onerror=alert(1)> Marco & "Co"';

function hostileEvent() {
  const record = quoteThread({ subject: HOSTILE_SUBJECT, clientName: HOSTILE_NAME });
  const { emulator, click } = setup({ tracked: [record] });
  click('onSetReminder', { parameters: buttonParameters(record) });
  const [event] = liveEvents(emulator);
  return { summary: String(event?.['summary']), description: String(event?.['description']) };
}

describe('a reminder for a thread with a hostile subject and name', () => {
  it('escapes them in the description, so no link or tag reaches Calendar', () => {
    const { description } = hostileEvent();
    expect(description).not.toMatch(/<a\b|<img\b|href="/i);
    expect(description).toContain('&lt;a href=&quot;https://evil.example/x&quot;&gt;Open thread&lt;/a&gt;');
    expect(description).toContain('Waiting on &lt;img src=x onerror=alert(1)&gt; Marco &amp; &quot;C');
  });

  it('keeps every tag out of the title without showing raw entities', () => {
    const { summary } = hostileEvent();
    expect(summary).not.toMatch(/[<>]|&lt;|&amp;/);
    expect(summary).toContain('‹a href="https://evil.example/x"›Open thread‹/a›');
  });

  it('still gives the thread permalink, readable as a link by Calendar', () => {
    const { description } = hostileEvent();
    expect(description).toMatch(
      /https:\/\/mail\.google\.com\/mail\/\?authuser=giulia%40studiobianchi\.it#all\/\w+/,
    );
  });
});
