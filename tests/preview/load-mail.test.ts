import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadThreads, PreviewError, readSampleProfile, SAMPLES_DIR } from '../../preview/load-mail';

describe('loadThreads', () => {
  it('groups the shipped samples into ten threads', async () => {
    const { threads, warnings } = await loadThreads(SAMPLES_DIR);
    expect(warnings).toEqual([]);
    expect(threads).toHaveLength(10);
    expect(threads.every((t) => t.messages.length >= 1)).toBe(true);
  });

  it('explains a missing file in one sentence', async () => {
    await expect(loadThreads('/nowhere/Inbox.mbox')).rejects.toThrow(
      new PreviewError('Cannot read mail from /nowhere/Inbox.mbox: no such file.'),
    );
  });

  it('refuses a file with no messages in it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'preview-')), 'empty.mbox');
    writeFileSync(file, 'this is not a mailbox\n');
    await expect(loadThreads(file)).rejects.toThrow(/No messages found/);
  });

  it('declares the sample user, her alias and the fixed date of the samples', () => {
    const profile = readSampleProfile();
    expect(profile.me).toBe('giulia@studiobianchi.it');
    expect(profile.settings['aliases']).toEqual(['info@studiobianchi.it']);
    expect(new Date(profile.now).toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
});
