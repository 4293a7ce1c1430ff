import { headerValue, isThreaded } from '../../../src/core/message/header-value';
import { message } from '../builders';

describe('header values', () => {
  it('are trimmed and lower-cased, and empty when the header is absent', () => {
    const msg = message({
      at: '2026-03-02T10:00:00Z',
      from: 'a@b.example',
      headers: { precedence: ' Bulk ' },
    });
    expect(headerValue(msg, 'precedence')).toBe('bulk');
    expect(headerValue(msg, 'list-id')).toBe('');
  });

  it('call a message threaded when it names what it answers, by In-Reply-To or References', () => {
    const at = '2026-03-02T10:00:00Z';
    expect(isThreaded(message({ at, from: 'a@b.example', headers: { references: '<x@y>' } }))).toBe(true);
    expect(isThreaded(message({ at, from: 'a@b.example', headers: { 'in-reply-to': ' ' } }))).toBe(false);
  });
});
