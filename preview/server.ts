// `npm start`: serves the local preview of the add-on on localhost; a user error is one line and exit code 1.
import { PreviewError } from './load-mail';
import { parseOptions, UsageError } from './options';
import { openInBrowser, startPreview } from './start-preview';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const preview = await startPreview(options);
  for (const warning of preview.warnings) console.warn(`warning: ${warning}`);
  const source = options.mbox ?? 'the sample threads (preview/samples)';
  const when = new Date(preview.session.now).toISOString();
  console.log(
    `Follow-up Coach preview: ${preview.threadCount} threads from ${source}, as ${preview.session.userEmail}, now ${when} (${preview.session.timeZone})`,
  );
  const url = `http://localhost:${preview.port}/`;
  console.log(`Open ${url}  (Ctrl+C to stop)`);
  // Best effort: the printed URL is the way in when no browser can be started from here.
  openInBrowser(url);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    // Bad usage exits 2, as `npm run analyze` does.
    console.error(`npm start: ${error.message}`);
    process.exitCode = 2;
    return;
  } else if (error instanceof PreviewError) {
    console.error(`npm start: ${error.message}`);
  } else if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error('npm start: the port is already in use; choose another with --port N.');
  } else {
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
