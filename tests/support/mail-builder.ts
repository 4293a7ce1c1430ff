// Writes small RFC 5322 messages for tests, so each test reads as the conversation it is about.
export interface MailSpec {
  readonly from: string;
  readonly to: string;
  readonly date: string;
  readonly subject: string;
  readonly body: string;
  readonly id: string;
  readonly inReplyTo?: string;
  readonly cc?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export function eml(spec: MailSpec): string {
  const lines = [
    `From: ${spec.from}`,
    `To: ${spec.to}`,
    ...(spec.cc ? [`Cc: ${spec.cc}`] : []),
    `Subject: ${spec.subject}`,
    `Date: ${new Date(spec.date).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${spec.id}@test.example>`,
    ...(spec.inReplyTo
      ? [`In-Reply-To: <${spec.inReplyTo}@test.example>`, `References: <${spec.inReplyTo}@test.example>`]
      : []),
    ...Object.entries(spec.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    spec.body,
    '',
  ];
  return lines.join('\r\n');
}
