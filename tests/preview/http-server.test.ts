import { spawnSync } from 'node:child_process';
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
    const notJson = await fetch(`${preview.url}api/run`, { method: 'POST', body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${preview.url}etc/passwd`)).status).toBe(404);
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
