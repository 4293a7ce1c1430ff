// The page's calls to the preview server (JSON endpoints of preview/http-server.ts).
import type { MessageView, ReminderView, DraftView, ThreadSummary } from '../views';
import type { RunRequest, RunResult } from '../session';

export type { MessageView, ReminderView, DraftView, ThreadSummary, RunRequest, RunResult };

export interface PreviewState {
  readonly user: string;
  readonly now: number;
  readonly timeZone: string;
  readonly locale: string;
  readonly threads: readonly ThreadSummary[];
  readonly drafts: readonly DraftView[];
  readonly reminders: readonly ReminderView[];
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

export const fetchState = async (): Promise<PreviewState> => json<PreviewState>(await fetch('/api/state'));

export const fetchMessages = async (threadId: string): Promise<MessageView[]> =>
  json<MessageView[]>(await fetch(`/api/messages?thread=${encodeURIComponent(threadId)}`));

export async function runHandler(request: RunRequest): Promise<RunResult> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  };
  return json<RunResult>(await fetch('/api/run', init));
}
