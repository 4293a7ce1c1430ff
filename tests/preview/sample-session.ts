// A preview session over the shipped sample threads, as `npm start` builds it.
import { loadThreads, readSampleProfile, SAMPLES_DIR } from '../../preview/load-mail';
import { PreviewSession } from '../../preview/session';
import { threadSummaries } from '../../preview/views';

export async function sampleSession(now = readSampleProfile().now, locale = 'en'): Promise<PreviewSession> {
  const profile = readSampleProfile();
  const { threads } = await loadThreads(SAMPLES_DIR);
  return new PreviewSession({
    threads,
    userEmail: profile.me,
    settings: profile.settings,
    now: Date.parse(now),
    timeZone: profile.timeZone,
    locale,
  });
}

export const threadIdOf = (session: PreviewSession, subject: string): string =>
  threadSummaries(session.emulator).find((t) => t.subject.includes(subject))?.id ?? '';
