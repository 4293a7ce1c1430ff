// The preview's HTTP server: the static page, the bundled page script, and JSON endpoints over the session.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { bundleClient } from './client-bundle';
import { PreviewError } from './load-mail';
import { refusal } from './request-guard';
import { parseRunRequest } from './run-request';
import type { PreviewSession } from './session';
import { draftViews, reminderViews, threadMessages, threadSummaries } from './views';

export interface RunningPreview {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const PUBLIC = path.join(__dirname, 'public');
const BODY_LIMIT = 1024 * 1024;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new PreviewError('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new PreviewError('Request body is not JSON.');
  }
}

function state(session: PreviewSession) {
  const e = session.emulator;
  return {
    user: session.userEmail,
    now: session.now,
    timeZone: session.timeZone,
    locale: session.locale,
    threads: threadSummaries(e),
    drafts: draftViews(e),
    reminders: reminderViews(e),
  };
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

function routes(session: PreviewSession, script: Promise<string>): Record<string, Route> {
  const file =
    (name: string, type: string): Route =>
    (_req, res) =>
      send(res, 200, type, readFileSync(path.join(PUBLIC, name), 'utf8'));
  return {
    'GET /': file('index.html', 'text/html; charset=utf-8'),
    'GET /style.css': file('style.css', 'text/css; charset=utf-8'),
    'GET /app.js': async (_req, res) => send(res, 200, 'text/javascript; charset=utf-8', await script),
    'GET /api/state': (_req, res) => sendJson(res, 200, state(session)),
    'GET /api/messages': (_req, res, url) =>
      sendJson(res, 200, threadMessages(session.emulator, url.searchParams.get('thread') ?? '')),
    'POST /api/run': async (req, res) =>
      sendJson(res, 200, session.run(parseRunRequest(await readBody(req)))),
  };
}

function handle(table: Record<string, Route>, port: () => number) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const refused = refusal(req, port());
    if (refused) return sendJson(res, refused.status, { error: refused.message });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = table[`${req.method} ${url.pathname}`];
    if (!route) return sendJson(res, 404, { error: `Not found: ${req.method} ${url.pathname}` });
    try {
      await route(req, res, url);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, error instanceof PreviewError ? 400 : 500, { error: message });
    }
  };
}

/** Listens on localhost only: the preview holds the user's mail. Port 0 picks a free port. */
export async function startPreviewServer(session: PreviewSession, port: number): Promise<RunningPreview> {
  const script = bundleClient();
  await script;
  let actual = 0;
  const handler = handle(routes(session, script), () => actual);
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
