import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import * as path from 'node:path';
import { parseOptions } from '../../preview/options';
import { startPreview, type StartedPreview } from '../../preview/start-preview';

const ROOT = path.join(__dirname, '..', '..');

describe('the preview server', () => {
  let preview: StartedPreview;
  beforeAll(async () => {
    preview = await startPreview(parseOptions(['--port', '0']));
  });
  afterAll(async () => {
    await preview.close();
  });

  const post = (body: unknown) =>
    fetch(`${preview.url}api/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('serves the page, its script and the state of the sample mailbox', async () => {
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('<aside class="sidebar" id="sidebar"');
    const script = await fetch(`${preview.url}app.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    const state = (await (await fetch(`${preview.url}api/state`)).json()) as {
      user: string;
      threads: unknown[];
    };
    expect(state.user).toBe('giulia@studiobianchi.it');
    expect(state.threads).toHaveLength(10);
  });

  it('runs the homepage trigger and answers with Google card JSON', async () => {
    const result = (await (await post({ kind: 'homepage' })).json()) as {
      response: { header?: { title?: string } };
    };
    expect(result.response.header?.title).toBe('Follow-up Coach');
  });

  it('answers a bad request with 400 and a message, not a crash', async () => {
    const unknown = await post({ kind: 'action', function: 'constructor' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/not a function/);
    const notJson = await fetch(`${preview.url}api/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${preview.url}etc/passwd`)).status).toBe(404);
  });
});

/** A request with exactly these headers (fetch would not let a test set Host). */
function raw(
  url: string,
  method: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the preview server’s guard against other web pages', () => {
  let preview: StartedPreview;
  let host: string;
  beforeAll(async () => {
    preview = await startPreview(parseOptions(['--port', '0']));
    host = `127.0.0.1:${preview.port}`;
  });
  afterAll(async () => {
    await preview.close();
  });
  const json = { 'content-type': 'application/json' };

  it('answers the loopback names with its port, and no other Host (DNS rebinding)', async () => {
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
      const ok = await raw(`${preview.url}api/state`, 'GET', { host: `${name}:${preview.port}` });
      expect(ok.status).toBe(200);
    }
    for (const bad of ['evil.example', `evil.example:${preview.port}`, '127.0.0.1', `localhost:1`]) {
      const refused = await raw(`${preview.url}api/state`, 'GET', { host: bad });
      expect({ bad, status: refused.status }).toEqual({ bad, status: 421 });
      expect(refused.text).not.toContain('giulia@');
    }
  });

  it('refuses requests from another origin, and lets its own page through', async () => {
    const evil = await raw(`${preview.url}api/state`, 'GET', { host, origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const sneaky = await raw(`${preview.url}api/messages?thread=x`, 'GET', {
      host,
      'sec-fetch-site': 'cross-site',
    });
    expect(sneaky.status).toBe(403);
    const post = await raw(
      `${preview.url}api/run`,
      'POST',
      { host, ...json, origin: 'null' },
      '{"kind":"homepage"}',
    );
    expect(post.status).toBe(403);
    const own = await raw(
      `${preview.url}api/run`,
      'POST',
      { host, ...json, origin: `http://${host}` },
      '{"kind":"homepage"}',
    );
    expect(own.status).toBe(200);
  });

  it('refuses a POST that is not declared as JSON with 415, before reading it', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await raw(
        `${preview.url}api/run`,
        'POST',
        { host, 'content-type': type },
        '{"kind":"homepage"}',
      );
      expect({ type, status: res.status }).toEqual({ type, status: 415 });
    }
    const none = await raw(`${preview.url}api/run`, 'POST', { host }, '{"kind":"homepage"}');
    expect(none.status).toBe(415);
  });

  it('answers malformed bodies with 400 and a message, never 500', async () => {
    const bodies = [
      'null',
      '[]',
      '"homepage"',
      '{}',
      '{"kind":"open","threadId":null}',
      '{"kind":"open","threadId":{"id":"x"}}',
      '{"kind":"open","threadId":["x"]}',
      '{"kind":"action","function":42}',
      '{"kind":"action","function":"onOpenThread","parameters":{"t":1}}',
      '{"kind":"action","function":"onSaveSettings","formInputs":"x"}',
      '{"kind":"open","threadId":"no-such-thread"}',
      '{"kind":',
    ];
    for (const body of bodies) {
      const res = await raw(`${preview.url}api/run`, 'POST', { host, ...json }, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect((JSON.parse(res.text) as { error: string }).error).not.toBe('');
    }
  });
});

describe('npm start with a missing mbox', () => {
  it('prints one clear line and exits with code 1, without a stack trace', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = spawnSync(
      tsx,
      ['preview/server.ts', '--mbox', '/nowhere/Takeout.mbox', '--me', 'anna@studio.it'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('npm start: Cannot read mail from /nowhere/Takeout.mbox: no such file.');
    expect(run.stdout).toBe('');
  });
});
