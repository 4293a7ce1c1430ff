// The labelled development corpus (../shared/fixtures/public/dev): its files, labels and threads, analysed.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeThread } from '../../src/core/analyze-thread';
import { intlLocalDateOf } from '../../src/core/local-date';
import { classifyMessage } from '../../src/core/message/message-kind';
import type { Identity, MailMessage, MessageKind, ThreadState, WorkCalendar } from '../../src/core/types';
import { toMailMessage } from '../../mail/to-mail-message';
import { CORPUS, readCorpusFile } from './corpus-files';

interface FileLabel {
  readonly kind: MessageKind;
  readonly ooo: string | null;
  readonly note: string;
}

interface ThreadLabel {
  readonly me: string;
  readonly state: ThreadState;
  readonly stateAlso?: readonly ThreadState[];
  readonly lastClientReplyAt: string | null;
  readonly messages: number;
}

interface Labels {
  readonly files: Readonly<Record<string, FileLabel>>;
  readonly threads: Readonly<Record<string, ThreadLabel>>;
}

export interface DevVerdict {
  readonly file: string;
  readonly label: MessageKind;
  readonly kind: MessageKind;
  readonly note: string;
}

export interface DevThreadVerdict {
  readonly folder: string;
  readonly expected: ThreadState;
  readonly accepted: readonly ThreadState[];
  readonly state: ThreadState;
  readonly lastClientReplyAt: string | null;
  readonly expectedLastClientReplyAt: string | null;
}

const DEV = path.join(CORPUS, 'dev');
const NOBODY = 'nobody@follow-up-coach.invalid';
const calendar: WorkCalendar = {
  timeZone: 'UTC',
  localDateOf: intlLocalDateOf,
  workingDays: [1, 2, 3, 4, 5],
  holidays: new Set<string>(),
};

export function readLabels(): Labels {
  return JSON.parse(readFileSync(path.join(DEV, 'labels.json'), 'utf8')) as Labels;
}

function identityOf(primary: string): Identity {
  return { primary, aliases: [], colleaguesCountAsMe: false, myName: '' };
}

async function messageOf(file: string): Promise<MailMessage> {
  const [parsed] = await readCorpusFile(`dev/${file}`);
  if (parsed === undefined) throw new Error(`dev/${file} holds no message`);
  return toMailMessage(parsed);
}

/** Each labelled file's kind, judged with the thread's "me" inside thread folders and nobody's elsewhere. */
export async function devVerdicts(labels: Labels = readLabels()): Promise<DevVerdict[]> {
  const out: DevVerdict[] = [];
  for (const [file, label] of Object.entries(labels.files)) {
    const folder = Object.keys(labels.threads).find((t) => file.startsWith(t));
    const me = identityOf(folder ? (labels.threads[folder]?.me ?? NOBODY) : NOBODY);
    out.push({ file, label: label.kind, kind: classifyMessage(await messageOf(file), me), note: label.note });
  }
  return out;
}

/** Each labelled thread analysed as the add-on would, a day after its last message. */
export async function devThreadVerdicts(labels: Labels = readLabels()): Promise<DevThreadVerdict[]> {
  const out: DevThreadVerdict[] = [];
  for (const [folder, label] of Object.entries(labels.threads)) {
    const files = Object.keys(labels.files)
      .filter((f) => f.startsWith(folder))
      .sort();
    const messages = await Promise.all(files.map(messageOf));
    const last = Math.max(...messages.map((m) => m.at));
    const a = analyzeThread({
      thread: { id: folder, subject: messages[0]?.subject ?? '', messages },
      identity: identityOf(label.me),
      calendar,
      now: last + 86_400_000,
    });
    out.push({
      folder,
      expected: label.state,
      accepted: [label.state, ...(label.stateAlso ?? [])],
      state: a.state,
      lastClientReplyAt:
        a.lastClientReplyAt === null
          ? null
          : new Date(a.lastClientReplyAt).toISOString().replace('.000Z', 'Z'),
      expectedLastClientReplyAt: label.lastClientReplyAt,
    });
  }
  return out;
}
