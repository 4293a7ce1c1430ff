// The only headers the core reads: adapters fetch exactly these, once per message, lower-cased.

/** Headers bulk-mail services stamp (Amazon SES, SendGrid, Mailgun, Mailchimp/Mandrill, campaign tools). */
export const SERVICE_HEADERS = [
  'x-ses-outgoing',
  'x-sg-eid',
  'x-mailgun-sid',
  'x-mc-user',
  'x-mandrill-user',
  'x-campaign',
  'x-campaignid',
  'x-csa-complaints',
] as const;

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
  // Lists (RFC 2369/2919) and old list servers' own headers: a list relayed the message.
  'list-post',
  'list-help',
  'list-subscribe',
  'mailing-list',
  'x-mailing-list',
  // The author of a post whose From a list rewrote to its own address (Google Groups, Mailman 3).
  'x-original-from',
  // Bulk-mail services (RFC 8058 one-click unsubscribe, Amazon SES, SendGrid, Mailgun, Mailchimp …).
  'list-unsubscribe-post',
  'feedback-id',
  ...SERVICE_HEADERS,
  // Programs that name themselves: mailers, loop guards, trackers, forges, CI and cron.
  'x-mailer',
  'x-loop',
  'x-bugzilla-reason',
  'x-github-reason',
  'x-gitlab-project',
  'x-jenkins-job',
  'x-cron-env',
] as const;

export type HeaderName = (typeof HEADER_NAMES)[number];
