import { canonicalGmailId, isGmailIdLike } from '../../src/core/gmail-ids';

describe('Gmail ids', () => {
  it('turns the msg-f:/thread-f: decimal of events into the hex getId() returns', () => {
    expect(canonicalGmailId('thread-f:1795364019383720585')).toBe('18ea6a1039e25a89');
    expect(canonicalGmailId('msg-f:1795364019383720585')).toBe('18ea6a1039e25a89');
    expect(canonicalGmailId('thread-f:18446744073709551615')).toBe('ffffffffffffffff');
    expect(canonicalGmailId('msg-f:0')).toBe('0');
  });

  it('keeps hex ids (lower-cased) and leaves any other spelling alone', () => {
    expect(canonicalGmailId('18EA6A1039E25A89')).toBe('18ea6a1039e25a89');
    expect(canonicalGmailId(' r-123 ')).toBe('r-123');
    expect(canonicalGmailId('thread-f:')).toBe('thread-f:');
  });

  it('accepts colons in ids passed as action parameters, and nothing that is not an id', () => {
    expect(isGmailIdLike('thread-f:1795364019383720585')).toBe(true);
    expect(isGmailIdLike('18ea6a1039e25a89')).toBe(true);
    expect(isGmailIdLike('../x')).toBe(false);
    expect(isGmailIdLike('')).toBe(false);
  });
});
