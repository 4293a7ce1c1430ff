// Bundles the page script (preview/client/app.ts) for the browser with esbuild, once per server.
import { build } from 'esbuild';
import * as path from 'node:path';

export async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'client', 'app.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return (result.outputFiles[0] as { text: string }).text;
}
