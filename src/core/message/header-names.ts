// The only headers the core reads: adapters fetch exactly these, once per message, lower-cased.
export const HEADER_NAMES = [
  'message-id',
  'in-reply-to',
  'references',
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
  'precedence',
  'list-id',
  'list-unsubscribe',
  'return-path',
  'content-type',
  'x-failed-recipients',
  'content-language',
  'sender',
] as const;

export type HeaderName = (typeof HEADER_NAMES)[number];
