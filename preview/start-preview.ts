// Everything `npm start` does once the options are parsed: read mail, start the session and the server.
import { spawn } from 'node:child_process';
import type { MailThread } from '../mail/parsed-mail';
import { startPreviewServer, type RunningPreview } from './http-server';
import { loadThreads, readSampleProfile, SAMPLES_DIR } from './load-mail';
import type { PreviewOptions } from './options';
import { PreviewSession } from './session';

export interface StartedPreview extends RunningPreview {
  readonly session: PreviewSession;
  readonly warnings: readonly string[];
  readonly threadCount: number;
}

interface Profile {
  readonly threads: MailThread[];
  readonly warnings: readonly string[];
  readonly userEmail: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly now: number;
  readonly timeZone: string;
  readonly locale: string;
}

async function profileOf(options: PreviewOptions, realNow: () => number): Promise<Profile> {
  if (options.mbox === null) {
    const sample = readSampleProfile();
    const { threads, warnings } = await loadThreads(SAMPLES_DIR);
    return {
      threads,
      warnings,
      userEmail: sample.me,
      settings: sample.settings,
      now: options.now ?? Date.parse(sample.now),
      timeZone: options.timeZone ?? sample.timeZone,
      // The sample user's own language unless --locale chose one.
      locale: options.locale ?? sample.locale ?? 'en',
    };
  }
  const { threads, warnings } = await loadThreads(options.mbox);
  const [userEmail, ...aliases] = options.me as [string, ...string[]];
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = options.locale ?? 'en';
  return {
    threads,
    warnings,
    userEmail,
    settings: { aliases },
    now: options.now ?? realNow(),
    timeZone,
    locale,
  };
}

/** `realNow` is only read for --mbox without --now: the user's own mail is seen as of today. */
export async function startPreview(
  options: PreviewOptions,
  realNow: () => number = Date.now,
): Promise<StartedPreview> {
  const profile = await profileOf(options, realNow);
  const session = new PreviewSession(profile);
  const running = await startPreviewServer(session, options.port);
  return { ...running, session, warnings: profile.warnings, threadCount: profile.threads.length };
}

/**
 * Opens the page in the user's browser when the system can (xdg-open on Linux, open on macOS, start on
 * Windows), quietly: no browser, no display or no opener is never an error (the URL is printed anyway).
 * Returns false when no opener could be started. Set NO_BROWSER=1 to skip it.
 */
export function openInBrowser(url: string, platform: string = process.platform): boolean {
  if (process.env['NO_BROWSER'] === '1' || process.env['CI']) return false;
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
