import { importCircles, importGraph, topFolderOf } from './import-graph';

// Which top-level modules each module may import: the add-on's source stands alone, the mail reader
// builds only on the core's types, and the emulator never reaches into scripts/ or preview/.
const ALLOWED: Record<string, readonly string[]> = {
  src: ['src'],
  mail: ['mail', 'src'],
  emulator: ['emulator', 'mail', 'src'],
  preview: ['preview', 'emulator', 'mail', 'src'],
  scripts: ['scripts', 'emulator', 'mail', 'src'],
};

const graph = importGraph(Object.keys(ALLOWED));

describe('module imports', () => {
  it('reads the imports of every module', () => {
    const folders = new Set([...graph.keys()].map(topFolderOf));
    expect([...folders].sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(graph.get('emulator/index.ts')).toContain('mail/parsed-mail.ts');
  });

  it('lets each module import only the modules below it', () => {
    const wrong = [...graph.entries()].flatMap(([file, targets]) =>
      targets
        .filter((t) => !(ALLOWED[topFolderOf(file)] ?? []).includes(topFolderOf(t)))
        .map((t) => `${file} → ${t}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no import circles between files', () => {
    // Type-only imports are erased at build time: a circle through one cannot bite at run time.
    const runtimeGraph = importGraph(Object.keys(ALLOWED), false);
    expect(importCircles(runtimeGraph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('leaves out imports of types alone only from the circle check', () => {
    const runtime = importGraph(['emulator'], false);
    expect(graph.get('emulator/index.ts')).toContain('mail/parsed-mail.ts');
    expect(runtime.get('emulator/index.ts')).not.toContain('mail/parsed-mail.ts');
    expect(runtime.get('emulator/gmail/gmail-message.ts')).toContain('emulator/gmail/drafts.ts');
  });

  it('finds a circle when there is one', () => {
    const circular = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCircles(circular)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
